/** ArticleSubscription: the rule it creates, on the right bus, with the right pattern. */
import { beforeAll, describe, expect, it } from 'vitest';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { ArticleSubscription, subscriptionPattern } from '../../lib/index.ts';

let template: Template;
let busId: string;
let queueId: string;

beforeAll(() => {
  const stack = new Stack(new App(), 'Subscriber');
  const bus = new events.EventBus(stack, 'Bus');
  const queue = new sqs.Queue(stack, 'Desk');
  new ArticleSubscription(stack, 'AfghanistanDesk', {
    bus,
    target: new targets.SqsQueue(queue),
    languages: ['EN', 'fr'],
    entities: ['Taliban', 'Kabul'],
  });
  new ArticleSubscription(stack, 'Rejections', {
    bus,
    target: new targets.SqsQueue(queue),
    detailTypes: ['Article Rejected'],
    source: 'acme.news',
  });
  busId = stack.getLogicalId(bus.node.defaultChild as CfnElement);
  queueId = stack.getLogicalId(queue.node.defaultChild as CfnElement);
  template = Template.fromStack(stack);
});

describe('ArticleSubscription', () => {
  it('creates a rule on the given bus that targets the given queue', () => {
    template.resourceCountIs('AWS::Events::Rule', 2);
    template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: busId },
      EventPattern: {
        source: ['news.ingest'],
        'detail-type': ['Article Ingested', 'Article Updated'],
        detail: {
          language: ['en', 'fr'],
          entityNames: [{ 'equals-ignore-case': 'Taliban' }, { 'equals-ignore-case': 'Kabul' }],
        },
      },
      Targets: [{ Arn: { 'Fn::GetAtt': [queueId, 'Arn'] }, Id: 'Target0' }],
    });
  });

  it('matches everything of the chosen detail types when no filter is given', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['acme.news'], 'detail-type': ['Article Rejected'] },
    });
    const rules = Object.values<any>(template.findResources('AWS::Events::Rule'));
    expect(rules.find((r) => r.Properties.EventPattern.source[0] === 'acme.news').Properties.EventPattern.detail).toBeUndefined();
  });
});

describe('subscriptionPattern', () => {
  it('filters publishers case-insensitively', () => {
    expect(subscriptionPattern({ publishers: [' Reuters '] }).detail).toEqual({ publisher: [{ 'equals-ignore-case': 'Reuters' }] });
  });

  it('selects one event per story, or the articles of given stories, on the fields the events carry', () => {
    expect(subscriptionPattern({ firstInStory: true }).detail).toEqual({ firstInStory: [true] });
    expect(subscriptionPattern({ stories: ['a'.repeat(32)], firstInStory: false }).detail).toEqual({ storyId: ['a'.repeat(32)], firstInStory: [false] });
    expect(() => subscriptionPattern({ stories: [] })).toThrow(/stories/);
  });

  it('refuses empty lists, which would never match', () => {
    expect(() => subscriptionPattern({ entities: [] })).toThrow(/entities must not be empty/);
    expect(() => subscriptionPattern({ languages: [] })).toThrow(/languages/);
    expect(() => subscriptionPattern({ detailTypes: [] })).toThrow(/detailTypes/);
  });
});
