/**
 * Builds the CDK app: the stack, the feature flags it relies on, and cdk-nag on every synth.
 * bin/app.ts and the infra tests share this, so tests check exactly what `cdk synth` produces.
 */
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { NewsIngestStack } from './news-ingest-stack.ts';

/**
 * Feature flags this stack depends on. Set as app defaults (not only in cdk.json) so tests, which
 * do not read cdk.json, synthesize the same template; cdk.json or `-c` can still override them.
 */
export const FEATURE_FLAGS: Record<string, unknown> = {
  // Grant S3 server access log delivery through a bucket policy instead of the legacy LogDeliveryWrite ACL.
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
};

export interface BuiltApp {
  app: App;
  stack: NewsIngestStack;
}

/** Creates the app with `NewsIngestStack` and registers the AwsSolutions checks. */
export function buildApp(props: AppProps = {}): BuiltApp {
  const app = new App({ ...props, context: { ...FEATURE_FLAGS, ...props.context } });
  const stage = String(app.node.tryGetContext('stage') ?? 'dev');
  const stack = new NewsIngestStack(app, 'NewsIngestStack', {
    stackName: `news-ingest-${stage}`,
    description: `news-ingest (${stage}): S3 → SQS → Lambda → DynamoDB + EventBridge`,
    // Environment-agnostic: deploys to the account and region of the CLI credentials, and the
    // template (and the cdk-nag finding ids acknowledged in it) do not depend on the machine.
    tags: { project: 'news-ingest', stage },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}
