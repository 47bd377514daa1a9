/**
 * A Node.js Lambda for the ingest code: CommonJS bundle with the AWS SDK inside (no runtime SDK lookup
 * at cold start), arm64, its own log group, and its own role that can only write to that log group.
 * Data-plane permissions are added separately and explicitly (see ingest-permissions.ts).
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** The repository root: lib/ sits directly under it. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const INGEST_MEMORY_MB = 1024;
export const INGEST_TIMEOUT = Duration.seconds(60);

/**
 * ESM bundles have no `require`; CommonJS dependencies bundled into them still call it, so the
 * banner defines one from `import.meta.url`.
 */
export const ESM_REQUIRE_BANNER = "import { createRequire as __nrq } from 'node:module'; const require = __nrq(import.meta.url);";

/**
 * The Lambda bundles are CommonJS: Node loads a CommonJS file of 800 KB about 10% faster than the
 * same code as an ES module (no module-record linking, a native UTF-8 read instead of the ESM
 * loader's decode), measured as the bundle's import in a fresh process (bench/bundle.ts). The code
 * is ESM; the one thing it uses that CommonJS lacks is `import.meta.url` (model-file.ts finds its
 * data folder beside the bundle with it), which the bundles define as the file's own URL. The banner
 * opens with the strict-mode directive, since esbuild's own comes after it and would not count.
 */
export const CJS_BANNER = "'use strict'; const __bundle_url = require('node:url').pathToFileURL(__filename).href;";
export const CJS_DEFINE: Record<string, string> = { 'import.meta.url': '__bundle_url' };

/**
 * esbuild aliases for every bundle of the core. `htmlparser2` is its parser module alone: the
 * package's index also re-exports DomUtils, whose serializer brings a second, older copy of
 * `entities` (HTML decode and encode tables, about 80 KB minified, 8% of a handler bundle) that
 * nothing here uses and that esbuild cannot drop (its tables are built at module load). Resolved
 * from the working directory, the project root, past the package's `exports`; without the alias
 * the code still works, only the bundle is bigger.
 */
export const CORE_BUNDLE_ALIASES: Record<string, string> = {
  htmlparser2: './node_modules/htmlparser2/dist/esm/Parser.js',
};

/**
 * The Lambda bundles' aliases: the core's, plus the SDK's default credential chain replaced by its
 * first link, the environment variables Lambda sets (lambdas/adapters/lambda-credentials.ts says why:
 * about 110 KB less for every cold start to compile). Only for code that runs in Lambda: the CLI
 * keeps the whole chain, so profiles and SSO work from a laptop.
 */
export const LAMBDA_BUNDLE_ALIASES: Record<string, string> = {
  ...CORE_BUNDLE_ALIASES,
  '@aws-sdk/credential-provider-node': './lambdas/adapters/lambda-credentials.ts',
};

/**
 * The entity extractor's data (tagger weights, gazetteer, word clusters and the junk-line model, 3.7 MB): files read on first use, not
 * strings inside the bundle that every cold start would parse. The folder is copied to `model/`
 * beside the bundle, where the extractor looks for it (lambdas/core/extract/entities/model-file.ts).
 */
export const MODEL_DATA_SOURCE = 'lambdas/core/extract/entities/model';
export const MODEL_DATA_BUNDLED = 'model';

export interface IngestFunctionProps {
  /** Handler module, relative to the repository root, e.g. `lambdas/ingest/handler.ts`. */
  entry: string;
  description: string;
  environment: Record<string, string>;
  memorySize?: number;
  timeout?: Duration;
  reservedConcurrentExecutions?: number;
  logRetention?: logs.RetentionDays;
  ephemeral: boolean;
}

/** One bundled ingest Lambda with its log group and a role scoped to that log group. */
export class IngestFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: IngestFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      removalPolicy: props.ephemeral ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });

    // A role of our own instead of AWSLambdaBasicExecutionRole, whose log permissions cover every
    // log group in the account: this one may only write streams of its own group.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role for ${props.entry}`,
    });
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );

    this.fn = new NodejsFunction(this, 'Function', {
      entry: path.join(PROJECT_ROOT, props.entry),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      description: props.description,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? INGEST_MEMORY_MB,
      timeout: props.timeout ?? INGEST_TIMEOUT,
      role: this.role,
      logGroup: this.logGroup,
      // Powertools metrics and logs are enough; X-Ray would add cost and a wildcard-resource policy.
      tracing: lambda.Tracing.DISABLED,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      environment: props.environment,
      bundling: {
        format: OutputFormat.CJS,
        target: 'node24',
        platform: 'node',
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: false,
        // Bundle the AWS SDK v3 clients we pinned: tree-shaken, and no resolution of the runtime's copy.
        externalModules: [],
        banner: CJS_BANNER,
        define: CJS_DEFINE,
        esbuildArgs: Object.fromEntries(Object.entries(LAMBDA_BUNDLE_ALIASES).map(([name, target]) => [`--alias:${name}`, target])),
        // Never fall back to Docker: synth must work offline on a plain machine.
        forceDockerBundling: false,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir: string, outputDir: string) => [
            `cp -R "${path.posix.join(inputDir, MODEL_DATA_SOURCE)}" "${path.posix.join(outputDir, MODEL_DATA_BUNDLED)}"`,
          ],
        },
      },
    });
  }
}
