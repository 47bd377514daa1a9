/**
 * Intake: the raw-object bucket, its access-log bucket, the notification queue and its DLQ.
 * Objects dropped under `incoming/` with an accepted suffix notify the queue; nothing the pipeline
 * writes (`records/`, `quarantine/`) can, because every filter carries the `incoming/` prefix.
 */
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { intakeFilters } from './notification-filters.ts';

export interface IntakeProps {
  /** Timeout of the function consuming the queue; the visibility timeout is derived from it. */
  consumerTimeout: Duration;
  /** The consumer's batching window, added to the visibility timeout as AWS recommends. */
  consumerBatchingWindow: Duration;
  /** Destroy buckets and queues with the stack (dev) instead of retaining them. */
  ephemeral: boolean;
}

/** AWS guidance: visibility timeout at least six times the function timeout (plus the batching window). */
export const VISIBILITY_TIMEOUT_FACTOR = 6;
/** Receives before a message is moved to the DLQ. */
export const MAX_RECEIVE_COUNT = 5;

/** The raw bucket, queue and DLQ, wired with S3 event notifications. */
export class Intake extends Construct {
  readonly bucket: s3.Bucket;
  readonly logBucket: s3.Bucket;
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  /** Fires as soon as one message lands in the DLQ. */
  readonly dlqAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: IntakeProps) {
    super(scope, id);
    const removalPolicy = props.ephemeral ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    this.logBucket = new s3.Bucket(this, 'AccessLogs', {
      // Server access log delivery only supports SSE-S3 on the target bucket.
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(90) }],
      removalPolicy,
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the server access log bucket itself; logging it to itself would loop and another log bucket would only move the problem.',
    });

    this.bucket = new s3.Bucket(this, 'Raw', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'raw/',
      lifecycleRules: [
        // Versioning protects against overwrites; old versions are only kept long enough to recover.
        { id: 'expire-noncurrent', noncurrentVersionExpiration: Duration.days(30), noncurrentVersionsToRetain: 1 },
        { id: 'abort-multipart', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
      removalPolicy,
    });

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy,
    });

    const visibilityTimeout = Duration.seconds(
      VISIBILITY_TIMEOUT_FACTOR * props.consumerTimeout.toSeconds() + props.consumerBatchingWindow.toSeconds(),
    );
    // SSE-SQS (not KMS): S3 can publish to it without a key policy, and it is encrypted at rest.
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
      removalPolicy,
    });

    const destination = new s3n.SqsDestination(this.queue);
    for (const filter of intakeFilters()) {
      this.bucket.addEventNotification(s3.EventType.OBJECT_CREATED, destination, filter);
    }

    acknowledgeNotificationHandler(this);

    this.dlqAlarm = new cloudwatch.Alarm(this, 'DeadLetterQueueNotEmpty', {
      alarmDescription: 'An S3 notification failed ingest 5 times and is in the DLQ: inspect it, fix, then redrive.',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }
}

/**
 * `addEventNotification` deploys CDK's singleton BucketNotificationsHandler (a custom resource
 * that calls PutBucketNotificationConfiguration, since CloudFormation cannot set notifications on a
 * bucket whose queue policy references the bucket). Its role uses the basic execution policy.
 */
function acknowledgeNotificationHandler(scope: Construct): void {
  const stack = Stack.of(scope);
  for (const child of stack.node.children) {
    if (!child.node.id.startsWith('BucketNotificationsHandler')) continue;
    const role = child.node.tryFindChild('Role');
    if (!role) continue;
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'CDK-owned custom resource that only runs at deploy time to set the bucket notifications; its role and policy are not configurable.',
    });
  }
}
