/** Observability on its own: alarm wiring to an optional topic, and the dashboard name per stage. */
import { describe, expect, it } from 'vitest';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Observability } from '../../lib/observability.ts';

function build(alarmTopicArn?: string): Template {
  const stack = new Stack(new App(), 'Obs');
  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler=async()=>({})') });
  const queue = new sqs.Queue(stack, 'Q');
  const dlq = new sqs.Queue(stack, 'Dlq');
  const dlqAlarm = new cloudwatch.Alarm(stack, 'DlqAlarm', {
    metric: dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }),
    threshold: 0,
    evaluationPeriods: 1,
  });
  new Observability(stack, 'Obs', { stage: 'qa', ingestFunction: fn, reprocessFunction: fn, queue, deadLetterQueue: dlq, dlqAlarm, alarmTopicArn });
  return Template.fromStack(stack);
}

describe('Observability', () => {
  it('notifies the topic from every alarm when one is given', () => {
    const topic = 'arn:aws:sns:eu-west-1:123456789012:oncall';
    const alarms = Object.values<any>(build(topic).findResources('AWS::CloudWatch::Alarm'));
    expect(alarms).toHaveLength(3);
    for (const a of alarms) expect(a.Properties.AlarmActions).toEqual([topic]);
  });

  it('creates alarms without actions otherwise, and a stage-named dashboard', () => {
    const t = build();
    for (const a of Object.values<any>(t.findResources('AWS::CloudWatch::Alarm'))) expect(a.Properties.AlarmActions).toBeUndefined();
    t.hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardName: 'news-ingest-qa' });
    t.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ApproximateAgeOfOldestMessage', Threshold: 900 });
  });
});
