/**
 * NewsIngestStack: S3 `incoming/` → SQS → ingest Lambda → DynamoDB + EventBridge, with a Step
 * Functions reprocess path over the same bucket. Composition only; each part lives in its own file.
 */
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { ArticleEvents } from './events.ts';
import { ArticleStore } from './article-store.ts';
import { IngestFunction, INGEST_TIMEOUT } from './ingest-function.ts';
import { grantIngestAccess } from './ingest-permissions.ts';
import { Intake } from './intake.ts';
import { INCOMING_PREFIX, QUARANTINE_PREFIX, RECORDS_PREFIX } from './notification-filters.ts';
import { Observability, METRICS_NAMESPACE, SERVICE_NAME } from './observability.ts';
import { Reprocess } from './reprocess.ts';
import { settingsFromContext, type StackSettings } from './settings.ts';

/** SQS batch: up to 10 notifications, collected for at most 5 s. */
export const SQS_BATCH_SIZE = 10;
export const SQS_BATCHING_WINDOW = Duration.seconds(5);
/** Reprocess batches run longer than a queue batch: up to 10 objects each. */
export const REPROCESS_TIMEOUT = Duration.minutes(5);

export interface NewsIngestStackProps extends StackProps {
  /** Overrides the context flags (tests); normally read from `-c stage=...` etc. */
  settings?: Partial<StackSettings>;
}

/** The whole pipeline in one stack. */
export class NewsIngestStack extends Stack {
  readonly settings: StackSettings;
  readonly intake: Intake;
  readonly store: ArticleStore;
  readonly events: ArticleEvents;
  readonly ingest: IngestFunction;
  readonly reprocessFunction: IngestFunction;
  readonly reprocess: Reprocess;
  readonly observability: Observability;

  constructor(scope: Construct, id: string, props: NewsIngestStackProps = {}) {
    super(scope, id, props);
    const settings = { ...settingsFromContext(this.node), ...props.settings };
    this.settings = settings;
    const { stage, ephemeral } = settings;

    this.intake = new Intake(this, 'Intake', { consumerTimeout: INGEST_TIMEOUT, consumerBatchingWindow: SQS_BATCHING_WINDOW, ephemeral });
    this.store = new ArticleStore(this, 'ArticleStore', { deletionProtection: settings.deletionProtection, ephemeral });
    this.events = new ArticleEvents(this, 'Events', { stage, eventSource: settings.eventSource });

    const environment: Record<string, string> = {
      TABLE_NAME: this.store.table.tableName,
      EVENT_BUS_NAME: this.events.bus.eventBusName,
      EVENT_SOURCE: settings.eventSource,
      INCOMING_PREFIX,
      RECORDS_PREFIX,
      QUARANTINE_PREFIX,
      MAX_OBJECT_BYTES: String(5 * 1024 * 1024),
      MAX_DECOMPRESSED_BYTES: String(50 * 1024 * 1024),
      POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      POWERTOOLS_LOG_LEVEL: 'INFO',
    };
    const access = { bucket: this.intake.bucket, table: this.store.table, indexNames: this.store.indexNames, bus: this.events.bus };

    this.ingest = new IngestFunction(this, 'Ingest', {
      entry: 'lambdas/ingest/handler.ts',
      description: `news-ingest ${stage}: S3 notifications from SQS → articles`,
      environment,
      timeout: INGEST_TIMEOUT,
      reservedConcurrentExecutions: settings.reservedConcurrency,
      ephemeral,
    });
    grantIngestAccess(this.ingest.role, access);
    // Adds the SQS consume actions (Receive/Delete/ChangeVisibility/GetAttributes) on this queue only.
    this.ingest.fn.addEventSource(
      new SqsEventSource(this.intake.queue, {
        batchSize: SQS_BATCH_SIZE,
        maxBatchingWindow: SQS_BATCHING_WINDOW,
        reportBatchItemFailures: true,
        maxConcurrency: settings.maxConcurrency,
      }),
    );

    this.reprocessFunction = new IngestFunction(this, 'ReprocessFn', {
      entry: 'lambdas/ingest/reprocess.ts',
      description: `news-ingest ${stage}: re-run listed objects through ingest (Step Functions)`,
      environment,
      timeout: REPROCESS_TIMEOUT,
      ephemeral,
    });
    grantIngestAccess(this.reprocessFunction.role, access);

    this.reprocess = new Reprocess(this, 'Reprocess', {
      stage,
      bucket: this.intake.bucket,
      fn: this.reprocessFunction.fn,
      maxConcurrency: settings.maxConcurrency,
      ephemeral,
    });

    this.observability = new Observability(this, 'Observability', {
      stage,
      ingestFunction: this.ingest.fn,
      reprocessFunction: this.reprocessFunction.fn,
      queue: this.intake.queue,
      deadLetterQueue: this.intake.deadLetterQueue,
      dlqAlarm: this.intake.dlqAlarm,
      alarmTopicArn: settings.alarmTopicArn,
    });

    new CfnOutput(this, 'BucketName', { value: this.intake.bucket.bucketName, description: `Drop articles under s3://<bucket>/${INCOMING_PREFIX}` });
    new CfnOutput(this, 'QueueUrl', { value: this.intake.queue.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.intake.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'TableName', { value: this.store.table.tableName });
  }
}
