/**
 * Reprocess: a Step Functions state machine that lists objects under a prefix with a Distributed
 * Map and feeds them, in batches, to the reprocess function (the same ingest code as the queue path).
 * Use it after an extractor upgrade or to backfill objects that predate the notifications.
 *
 * Start it with `{}` (everything under `incoming/`) or `{ "prefix": "incoming/2026/11/" }`. Prefixes
 * outside `incoming/` fail fast: the function may only read there.
 * Each child receives `{ Items: [{Key, Size, Etag, LastModified}], BatchInput: { bucket } }`.
 */
import { CfnElement, CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { INCOMING_PREFIX } from './notification-filters.ts';

export interface ReprocessProps {
  stage: string;
  bucket: s3.IBucket;
  fn: lambda.IFunction;
  /** Child workflows running at once; bounds the load on the table and the bus. */
  maxConcurrency: number;
  /** Objects per reprocess invocation. */
  itemsPerBatch?: number;
  ephemeral: boolean;
}

export const REPROCESS_ITEMS_PER_BATCH = 10;
/** Map Run label: names the child executions `<execution>/Reprocess:<id>`. */
const MAP_LABEL = 'Reprocess';

/** The reprocess state machine and its log group. */
export class Reprocess extends Construct {
  readonly stateMachine: sfn.StateMachine;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ReprocessProps) {
    super(scope, id);

    const defaults = new sfn.Pass(this, 'Defaults', {
      comment: 'The execution input may omit prefix',
      parameters: { prefix: INCOMING_PREFIX },
      resultPath: '$.defaults',
    });
    const merge = new sfn.Pass(this, 'MergeInput', {
      parameters: {
        args: sfn.JsonPath.jsonMerge(sfn.JsonPath.objectAt('$.defaults'), sfn.JsonPath.objectAt('$$.Execution.Input')),
      },
    });
    const refuse = new sfn.Fail(this, 'PrefixOutsideIncoming', {
      error: 'InvalidPrefix',
      cause: `prefix must start with ${INCOMING_PREFIX}`,
    });

    const invoke = new tasks.LambdaInvoke(this, 'ReprocessBatch', {
      lambdaFunction: props.fn,
      payloadResponseOnly: true,
      retryOnServiceExceptions: true,
    });
    // Infrastructure hiccups (throttling on the table, a timeout) are worth one more try per batch.
    invoke.addRetry({ errors: ['States.TaskFailed', 'States.Timeout'], maxAttempts: 2, interval: Duration.seconds(10), backoffRate: 2 });

    const map = new sfn.DistributedMap(this, 'ReprocessObjects', {
      itemReader: new sfn.S3ObjectsItemReader({ bucket: props.bucket, prefix: sfn.JsonPath.stringAt('$.args.prefix') }),
      itemBatcher: new sfn.ItemBatcher({
        maxItemsPerBatch: props.itemsPerBatch ?? REPROCESS_ITEMS_PER_BATCH,
        batchInput: { bucket: props.bucket.bucketName },
      }),
      maxConcurrency: props.maxConcurrency,
      // Standard children: a batch may run longer than the 5-minute Express limit with retries.
      mapExecutionType: sfn.StateMachineType.STANDARD,
      // Results are in the table and on the bus; keeping them would only hit the 256 KB state limit.
      resultPath: sfn.JsonPath.DISCARD,
      toleratedFailurePercentage: 5,
      label: MAP_LABEL,
    });
    map.itemProcessor(invoke);

    const definition = defaults
      .next(merge)
      .next(new sfn.Choice(this, 'PrefixUnderIncoming').when(sfn.Condition.stringMatches('$.args.prefix', `${INCOMING_PREFIX}*`), map).otherwise(refuse));

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      // The vendedlogs prefix keeps Step Functions from growing the account's logs resource policy.
      logGroupName: `/aws/vendedlogs/states/news-ingest-${props.stage}-reprocess`,
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: props.ephemeral ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });

    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(definition),
      comment: 'Re-run objects under incoming/ through the ingest code',
      logs: { destination: this.logGroup, level: sfn.LogLevel.ALL, includeExecutionData: true },
      tracingEnabled: true,
      timeout: Duration.hours(24),
    });

    new CfnOutput(Stack.of(this), 'ReprocessStateMachineArn', { value: this.stateMachine.stateMachineArn });
    this.acknowledgeFindings(props.fn);
  }

  /** Wildcards that Step Functions requires and cdk-nag reports, each with why it cannot be narrower. */
  private acknowledgeFindings(fn: lambda.IFunction): void {
    const stack = Stack.of(this);
    const smId = stack.getLogicalId(this.stateMachine.node.defaultChild as CfnElement);
    // The Distributed Map's own policy: describe/stop the child executions it starts (their
    // names are generated, so only `<execution prefix>:*` can name them).
    const mapPolicy = this.stateMachine.node.tryFindChild('DistributedMapPolicy');
    if (mapPolicy) {
      const executions = `arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:{"Fn::Select":[6,{"Fn::Split":[":",{"Ref":"${smId}"}]}]}`;
      for (const suffix of [':*', `/${MAP_LABEL}:*`]) {
        Validations.of(mapPolicy).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${executions}${suffix}]`,
          reason: 'Child executions of the Distributed Map get generated names under this state machine; the wildcard covers only them.',
        });
      }
    }
    const policy = this.stateMachine.role.node.tryFindChild('DefaultPolicy');
    if (!policy) return;
    const fnRef = stack.resolve(fn.functionArn) as { 'Fn::GetAtt'?: [string, string] };
    const fnId = fnRef['Fn::GetAtt']?.[0];
    if (fnId) {
      Validations.of(policy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${fnId}.Arn>:*]`,
        reason: 'Invoking the function by qualified ARN (version/alias) is the same function; CDK grants ARN and ARN:*.',
      });
    }
    Validations.of(policy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Log delivery (logs:CreateLogDelivery, PutResourcePolicy, DescribeLogGroups...) and X-Ray (PutTraceSegments, PutTelemetryRecords) actions do not support resource-level permissions.',
    });
  }
}
