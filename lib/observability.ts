/**
 * Alarms and a dashboard for the ingest path: Lambda invocations/errors/duration, queue depth and
 * age, DLQ depth, and the pipeline's own metrics (Powertools EMF, namespace `NewsIngest`).
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export const METRICS_NAMESPACE = 'NewsIngest';
export const SERVICE_NAME = 'news-ingest';
/** Metric names the handler emits (one per object, summed here). */
export const PIPELINE_METRICS = ['ArticlesStored', 'ArticlesRejected', 'ArticlesDuplicate'] as const;
export const PROCESSING_TIME_METRIC = 'ProcessingTime';

export interface ObservabilityProps {
  stage: string;
  ingestFunction: lambda.IFunction;
  reprocessFunction: lambda.IFunction;
  queue: sqs.IQueue;
  deadLetterQueue: sqs.IQueue;
  /** The DLQ alarm, created with the queue; shown on the dashboard and wired to the topic. */
  dlqAlarm: cloudwatch.IAlarm & { addAlarmAction(...a: cloudwatch.IAlarmAction[]): void };
  /** Optional SNS topic for alarm notifications. */
  alarmTopicArn?: string;
}

/** Function-error and queue-age alarms, plus the `news-ingest-<stage>` dashboard. */
export class Observability extends Construct {
  readonly errorAlarm: cloudwatch.Alarm;
  readonly queueAgeAlarm: cloudwatch.Alarm;
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    const fn = props.ingestFunction;
    const period = Duration.minutes(5);

    this.errorAlarm = new cloudwatch.Alarm(this, 'IngestErrors', {
      alarmDescription: 'The ingest function threw: batches are being retried and may reach the DLQ.',
      metric: fn.metricErrors({ period, statistic: 'Sum' }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.queueAgeAlarm = new cloudwatch.Alarm(this, 'QueueBacklog', {
      alarmDescription: 'The oldest notification has waited 15 minutes: ingest is stalled or under-provisioned.',
      metric: props.queue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' }),
      threshold: 15 * 60,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 2,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    if (props.alarmTopicArn) {
      const action = new cwActions.SnsAction(sns.Topic.fromTopicArn(this, 'AlarmTopic', props.alarmTopicArn));
      for (const alarm of [this.errorAlarm, this.queueAgeAlarm, props.dlqAlarm]) alarm.addAlarmAction(action);
    }

    const pipeline = (name: string, statistic: string) =>
      new cloudwatch.Metric({ namespace: METRICS_NAMESPACE, metricName: name, dimensionsMap: { service: SERVICE_NAME }, statistic, period });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `news-ingest-${props.stage}`,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: [this.errorAlarm, this.queueAgeAlarm, props.dlqAlarm], width: 24, height: 3 }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Articles',
        left: PIPELINE_METRICS.map((m) => pipeline(m, 'Sum')),
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'Processing time per object (ms)',
        left: [pipeline(PROCESSING_TIME_METRIC, 'p50'), pipeline(PROCESSING_TIME_METRIC, 'p99')],
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Ingest function',
        left: [fn.metricInvocations({ period }), fn.metricErrors({ period }), fn.metricThrottles({ period })],
        right: [fn.metricDuration({ period, statistic: 'p99' })],
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'Reprocess function',
        left: [props.reprocessFunction.metricInvocations({ period }), props.reprocessFunction.metricErrors({ period })],
        right: [props.reprocessFunction.metricDuration({ period, statistic: 'p99' })],
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Queue',
        left: [props.queue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' })],
        right: [props.queue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' })],
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'Dead-letter queue',
        left: [props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' })],
        width: 12,
      }),
    );
  }
}
