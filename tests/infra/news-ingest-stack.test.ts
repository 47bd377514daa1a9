/**
 * NewsIngestStack, as `cdk synth` builds it (same app factory, same cdk-nag plugin).
 * The stack is synthesized once for the whole file: bundling the two functions costs seconds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CfnElement, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { buildApp } from '../../lib/app.ts';
import { CJS_BANNER, MODEL_DATA_BUNDLED, MODEL_DATA_SOURCE, PROJECT_ROOT } from '../../lib/ingest-function.ts';
import type { NewsIngestStack } from '../../lib/news-ingest-stack.ts';
import { ACCEPTED_SUFFIXES } from '../../lib/notification-filters.ts';
import { asArray, flattenJoin, one, policyStatements, resourcesOf } from './template-helpers.ts';

let stack: NewsIngestStack;
let template: Template;
let assemblyDir: string;
const id = (c: IConstruct) => Stack.of(c).getLogicalId(c.node.defaultChild as CfnElement);
/** A function's code as staged in the assembly: asset.<hash>, the hash being its S3 key without .zip. */
const asset = (fn: IConstruct) => `asset.${String(template.toJSON().Resources[id(fn)].Properties.Code.S3Key).replace(/\.zip$/, '')}`;

beforeAll(() => {
  const built = buildApp({ context: { stage: 'dev' } });
  stack = built.stack;
  // Synthesizes the app: cdk-nag runs here and throws on any unacknowledged error.
  assemblyDir = built.app.synth().directory;
  template = Template.fromStack(stack);
});

describe('raw bucket', () => {
  it('blocks public access, encrypts with SSE-S3, versions, and logs to the log bucket', () => {
    const bucketId = id(stack.intake.bucket);
    const logId = id(stack.intake.logBucket);
    const raw = template.toJSON().Resources[bucketId];
    expect(raw.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(raw.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    expect(raw.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(raw.Properties.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: logId });
    expect(logId).not.toBe(bucketId);
  });

  it('expires noncurrent versions', () => {
    const rules = template.toJSON().Resources[id(stack.intake.bucket)].Properties.LifecycleConfiguration.Rules;
    expect(rules.some((r: any) => r.Status === 'Enabled' && r.NoncurrentVersionExpiration?.NoncurrentDays > 0)).toBe(true);
  });

  it('denies non-TLS access on both buckets', () => {
    for (const bucket of [stack.intake.bucket, stack.intake.logBucket]) {
      const policies = resourcesOf(template, 'AWS::S3::BucketPolicy').filter(([, r]) => r.Properties!.Bucket.Ref === id(bucket));
      expect(policies).toHaveLength(1);
      const statements = policies[0]![1].Properties!.PolicyDocument.Statement;
      expect(statements).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('the log bucket is encrypted, private and TLS-only too', () => {
    const log = template.toJSON().Resources[id(stack.intake.logBucket)];
    expect(log.Properties.PublicAccessBlockConfiguration.BlockPublicPolicy).toBe(true);
    expect(log.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
  });
});

describe('S3 notifications', () => {
  const queueConfigs = () => {
    const [, r] = one(template, 'Custom::S3BucketNotifications', '');
    expect(r.Properties!.BucketName).toEqual({ Ref: id(stack.intake.bucket) });
    return r.Properties!.NotificationConfiguration.QueueConfigurations as any[];
  };
  const rules = (c: any) => Object.fromEntries(c.Filter.Key.FilterRules.map((f: any) => [f.Name.toLowerCase(), f.Value]));

  it('one filter per accepted suffix, plain and .gz, all under incoming/', () => {
    const configs = queueConfigs();
    const suffixes = configs.map((c) => rules(c).suffix).sort();
    const expected = ACCEPTED_SUFFIXES.flatMap((s) => [s, `${s}.gz`]).sort();
    expect(suffixes).toEqual(expected);
    for (const c of configs) {
      expect(rules(c).prefix).toBe('incoming/');
      expect(c.Events).toEqual(['s3:ObjectCreated:*']);
    }
  });

  it('every filter targets the intake queue', () => {
    for (const c of queueConfigs()) expect(c.QueueArn).toEqual({ 'Fn::GetAtt': [id(stack.intake.queue), 'Arn'] });
  });

  it('no two filters overlap (S3 would reject the configuration)', () => {
    const suffixes = queueConfigs().map((c) => rules(c).suffix as string);
    for (const a of suffixes) for (const b of suffixes) if (a !== b) expect(a.endsWith(b), `${a} ends with ${b}`).toBe(false);
  });

  it('nothing the pipeline writes can trigger it', () => {
    for (const c of queueConfigs()) {
      expect(rules(c).prefix.startsWith('records/')).toBe(false);
      expect(rules(c).prefix.startsWith('quarantine/')).toBe(false);
      expect(rules(c).prefix).toBeTruthy();
    }
  });
});

describe('queue and DLQ', () => {
  it('the queue is SSE-SQS encrypted and redrives to the DLQ after 5 receives', () => {
    const q = template.toJSON().Resources[id(stack.intake.queue)];
    expect(q.Properties.SqsManagedSseEnabled).toBe(true);
    expect(q.Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [id(stack.intake.deadLetterQueue), 'Arn'] },
      maxReceiveCount: 5,
    });
  });

  it('the visibility timeout is at least six times the function timeout', () => {
    const q = template.toJSON().Resources[id(stack.intake.queue)];
    const fn = template.toJSON().Resources[id(stack.ingest.fn)];
    expect(fn.Properties.Timeout).toBeGreaterThan(0);
    expect(q.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * fn.Properties.Timeout);
  });

  it('the DLQ is encrypted and keeps messages 14 days', () => {
    const dlq = template.toJSON().Resources[id(stack.intake.deadLetterQueue)];
    expect(dlq.Properties.SqsManagedSseEnabled).toBe(true);
    expect(dlq.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
  });

  it('both queues deny non-TLS access', () => {
    for (const q of [stack.intake.queue, stack.intake.deadLetterQueue]) {
      const policies = resourcesOf(template, 'AWS::SQS::QueuePolicy').filter(([, r]) => r.Properties!.Queues.some((x: any) => x.Ref === id(q)));
      const statements = policies.flatMap(([, r]) => r.Properties!.PolicyDocument.Statement);
      expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    }
  });

  it('S3 may send to the queue only from the raw bucket', () => {
    const policies = resourcesOf(template, 'AWS::SQS::QueuePolicy').filter(([, r]) => r.Properties!.Queues.some((x: any) => x.Ref === id(stack.intake.queue)));
    const statements = policies.flatMap(([, r]) => r.Properties!.PolicyDocument.Statement);
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Condition: { ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [id(stack.intake.bucket), 'Arn'] } } },
      }),
    );
  });
});

describe('functions', () => {
  const fnProps = (c: IConstruct) => template.toJSON().Resources[id(c)].Properties;

  it.each([
    ['ingest', () => stack.ingest.fn, 60],
    ['reprocess', () => stack.reprocessFunction.fn, 300],
  ])('%s: nodejs24.x, arm64, ESM handler, 1024 MB, bounded timeout', (_name, get, timeout) => {
    const p = fnProps(get());
    expect(p.Runtime).toBe('nodejs24.x');
    expect(p.Architectures).toEqual(['arm64']);
    expect(p.Handler).toBe('index.handler');
    expect(p.MemorySize).toBe(1024);
    expect(p.Timeout).toBe(timeout);
    expect(p.TracingConfig?.Mode ?? 'PassThrough').toBe('PassThrough');
  });

  it('both read the configuration the handlers expect', () => {
    for (const fn of [stack.ingest.fn, stack.reprocessFunction.fn]) {
      expect(fnProps(fn).Environment.Variables).toEqual({
        TABLE_NAME: { Ref: id(stack.store.table) },
        EVENT_BUS_NAME: { Ref: id(stack.events.bus) },
        EVENT_SOURCE: 'news.ingest',
        INCOMING_PREFIX: 'incoming/',
        RECORDS_PREFIX: 'records/',
        QUARANTINE_PREFIX: 'quarantine/',
        MAX_OBJECT_BYTES: String(5 * 1024 * 1024),
        MAX_DECOMPRESSED_BYTES: String(50 * 1024 * 1024),
        POWERTOOLS_SERVICE_NAME: 'news-ingest',
        POWERTOOLS_METRICS_NAMESPACE: 'NewsIngest',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      });
    }
  });

  it('each logs to its own group with a retention', () => {
    for (const f of [stack.ingest, stack.reprocessFunction]) {
      expect(fnProps(f.fn).LoggingConfig.LogGroup).toEqual({ Ref: id(f.logGroup) });
      expect(template.toJSON().Resources[id(f.logGroup)].Properties.RetentionInDays).toBe(30);
    }
  });

  it('the SQS event source reports partial batch failures and bounds concurrency', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: id(stack.ingest.fn) },
      EventSourceArn: { 'Fn::GetAtt': [id(stack.intake.queue), 'Arn'] },
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 10 },
    });
    expect(resourcesOf(template, 'AWS::Lambda::EventSourceMapping')).toHaveLength(1);
  });

  it('bundles are built from the handler entries (CommonJS, import.meta.url defined as the file, SDK inside)', () => {
    for (const fn of [stack.ingest.fn, stack.reprocessFunction.fn]) {
      const code = readFileSync(join(assemblyDir, asset(fn), 'index.js'), 'utf8');
      expect(code.startsWith(CJS_BANNER)).toBe(true);
      expect(code).not.toContain('import.meta');
      expect(code).toContain('handler');
    }
    expect(readFileSync(join(assemblyDir, asset(stack.ingest.fn), 'index.js'), 'utf8')).toContain('PutEvents');
  });

  it('ships the entity model and gazetteer as data files beside each bundle, byte for byte, not inside the code', () => {
    const files = readdirSync(join(PROJECT_ROOT, MODEL_DATA_SOURCE));
    expect(files).toEqual(expect.arrayContaining(['ner-model.bin', 'gazetteer.json']));
    for (const fn of [stack.ingest.fn, stack.reprocessFunction.fn]) {
      const dir = join(assemblyDir, asset(fn));
      for (const f of files) {
        expect(readFileSync(join(dir, MODEL_DATA_BUNDLED, f)).equals(readFileSync(join(PROJECT_ROOT, MODEL_DATA_SOURCE, f)))).toBe(true);
      }
      // The code itself stays small: the weights are not inlined (they were once a 2 MB string).
      expect(statSync(join(dir, 'index.js')).size).toBeLessThan(1024 * 1024);
    }
  });
});

describe('article table', () => {
  it('is on-demand with PITR, pk/sk keys and both GSIs', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: Match.arrayWith([
        {
          IndexName: 'byPublisherDay',
          KeySchema: [
            { AttributeName: 'gsi1pk', KeyType: 'HASH' },
            { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['title', 'url', 'publishedAt', 'language', 'publisher'] },
        },
        {
          IndexName: 'byEntity',
          KeySchema: [
            { AttributeName: 'gsi2pk', KeyType: 'HASH' },
            { AttributeName: 'gsi2sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['title', 'url', 'publishedAt', 'publisher', 'language'] },
        },
      ]),
    });
    const attrs = template.toJSON().Resources[id(stack.store.table)].Properties.AttributeDefinitions;
    expect(attrs.every((a: any) => a.AttributeType === 'S')).toBe(true);
  });

  it('dev: no deletion protection, destroyed with the stack', () => {
    const t = template.toJSON().Resources[id(stack.store.table)];
    expect(t.Properties.DeletionProtectionEnabled).toBe(false);
    expect(t.DeletionPolicy).toBe('Delete');
  });
});

describe('events', () => {
  it('a custom bus named per stage with an archive of the pipeline source', () => {
    template.hasResourceProperties('AWS::Events::EventBus', { Name: 'news-ingest-dev' });
    template.hasResourceProperties('AWS::Events::Archive', {
      SourceArn: { 'Fn::GetAtt': [id(stack.events.bus), 'Arn'] },
      EventPattern: { source: ['news.ingest'] },
      RetentionDays: 30,
    });
  });

  it('exports the bus name and ARN', () => {
    template.hasOutput('EventBusName', { Value: { Ref: id(stack.events.bus) }, Export: { Name: 'news-ingest-dev-event-bus-name' } });
    template.hasOutput('EventBusArn', { Value: { 'Fn::GetAtt': [id(stack.events.bus), 'Arn'] }, Export: { Name: 'news-ingest-dev-event-bus-arn' } });
  });

  it('outputs bucket, queues, table and state machine', () => {
    template.hasOutput('BucketName', { Value: { Ref: id(stack.intake.bucket) } });
    template.hasOutput('QueueUrl', { Value: { Ref: id(stack.intake.queue) } });
    template.hasOutput('DeadLetterQueueUrl', { Value: { Ref: id(stack.intake.deadLetterQueue) } });
    template.hasOutput('TableName', { Value: { Ref: id(stack.store.table) } });
    template.hasOutput('ReprocessStateMachineArn', { Value: { Ref: id(stack.reprocess.stateMachine) } });
  });
});

describe('IAM least privilege', () => {
  it('no wildcard actions anywhere', () => {
    for (const { policy, statement } of policyStatements(template)) {
      for (const a of asArray(statement.Action)) expect(a, `${policy}: ${a}`).not.toMatch(/\*/);
    }
    for (const [rid, r] of resourcesOf(template, 'AWS::IAM::Role')) {
      for (const p of r.Properties!.Policies ?? []) for (const s of p.PolicyDocument.Statement) for (const a of asArray(s.Action)) expect(a, rid).not.toMatch(/\*/);
    }
  });

  it('Resource "*" only for log delivery and X-Ray, which have no resource-level permissions', () => {
    for (const { policy, statement } of policyStatements(template)) {
      if (!asArray(statement.Resource).includes('*')) continue;
      for (const a of asArray(statement.Action)) expect(a, policy).toMatch(/^(logs:(CreateLogDelivery|GetLogDelivery|UpdateLogDelivery|DeleteLogDelivery|ListLogDeliveries|PutResourcePolicy|DescribeResourcePolicies|DescribeLogGroups)|xray:\w+)$/);
    }
  });

  it.each([
    ['ingest', () => stack.ingest.role],
    ['reprocess', () => stack.reprocessFunction.role],
  ])('%s role: exact S3, DynamoDB and EventBridge grants', (_name, getRole) => {
    const role = getRole();
    const roleId = id(role);
    expect(template.toJSON().Resources[roleId].Properties.ManagedPolicyArns).toBeUndefined();
    const statements = policyStatements(template)
      .filter((s) => s.roles.some((r: any) => r.Ref === roleId))
      .map((s) => s.statement);
    const bucketArn = `<${id(stack.intake.bucket)}.Arn>`;
    const grantsOn = (action: string) =>
      statements.filter((s) => asArray(s.Action).includes(action)).flatMap((s) => asArray(s.Resource).map(flattenJoin));

    expect(grantsOn('s3:GetObject')).toEqual([`${bucketArn}/incoming/*`]);
    expect(grantsOn('s3:GetObjectVersion')).toEqual([`${bucketArn}/incoming/*`]);
    expect(grantsOn('s3:PutObject').sort()).toEqual([`${bucketArn}/quarantine/*`, `${bucketArn}/records/*`]);
    expect(grantsOn('s3:ListBucket')).toEqual([bucketArn]);
    const s3Actions = statements.flatMap((s) => asArray(s.Action)).filter((a) => a.startsWith('s3:'));
    expect(new Set(s3Actions)).toEqual(new Set(['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', 's3:ListBucket']));

    const tableArn = `<${id(stack.store.table)}.Arn>`;
    const ddbActions = statements.flatMap((s) => asArray(s.Action)).filter((a) => a.startsWith('dynamodb:'));
    expect(new Set(ddbActions)).toEqual(new Set(['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem', 'dynamodb:Query']));
    for (const a of ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem']) expect(grantsOn(a)).toEqual([tableArn]);
    expect(grantsOn('dynamodb:Query').sort()).toEqual([tableArn, `${tableArn}/index/byEntity`, `${tableArn}/index/byPublisherDay`]);

    // Every DynamoDB command the ingest adapters send is granted (a new one must not fail only in AWS).
    for (const file of readdirSync('lambdas/adapters').filter((f) => f.endsWith('.ts'))) {
      const sent = readFileSync(join('lambdas/adapters', file), 'utf8').matchAll(/new (Get|BatchGet|Put|Update|BatchWrite|Query|Scan|Delete)Command\(/g);
      for (const m of sent) {
        const action = m[1] === 'Query' || m[1] === 'Scan' ? `dynamodb:${m[1]}` : `dynamodb:${m[1]}Item`;
        expect(ddbActions, `${file} sends ${m[1]}Command`).toContain(action);
      }
    }

    expect(grantsOn('events:PutEvents')).toEqual([`<${id(stack.events.bus)}.Arn>`]);
    expect(grantsOn('logs:PutLogEvents')).toHaveLength(1);
    for (const s of statements) for (const r of asArray(s.Resource)) expect(r).not.toBe('*');
  });

  it('only the ingest role consumes the queue, and only this queue', () => {
    const receive = policyStatements(template).filter((s) => asArray(s.statement.Action).includes('sqs:ReceiveMessage'));
    expect(receive).toHaveLength(1);
    expect(receive[0]!.roles).toEqual([{ Ref: id(stack.ingest.role) }]);
    expect(receive[0]!.statement.Resource).toEqual({ 'Fn::GetAtt': [id(stack.intake.queue), 'Arn'] });
  });
});

describe('observability', () => {
  it('alarms as soon as the DLQ holds a message', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [id(stack.intake.deadLetterQueue), 'QueueName'] } }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('alarms on ingest function errors', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Errors',
      Namespace: 'AWS/Lambda',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: id(stack.ingest.fn) } }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('the dashboard shows Lambda, queue, DLQ and pipeline metrics', () => {
    const [, dash] = one(template, 'AWS::CloudWatch::Dashboard', '');
    expect(dash.Properties!.DashboardName).toBe('news-ingest-dev');
    const body = flattenJoin(dash.Properties!.DashboardBody);
    for (const m of ['Invocations', 'Errors', 'Duration', 'ApproximateNumberOfMessagesVisible', 'ApproximateAgeOfOldestMessage']) expect(body).toContain(`"${m}"`);
    for (const m of ['ArticlesStored', 'ArticlesRejected', 'ArticlesDuplicate', 'ProcessingTime']) {
      expect(body).toContain(`["NewsIngest","${m}","service","news-ingest"`);
    }
    expect(body).toContain(`<${id(stack.intake.deadLetterQueue)}.QueueName>`);
    expect(body).toContain(`<${id(stack.intake.queue)}.QueueName>`);
    expect(body).toContain(`<Ref:${id(stack.ingest.fn)}>`);
  });
});

describe('reprocess state machine', () => {
  const definition = () => {
    const sm = template.toJSON().Resources[id(stack.reprocess.stateMachine)];
    return { props: sm.Properties, asl: JSON.parse(flattenJoin(sm.Properties.DefinitionString)) };
  };

  it('lists the bucket with a Distributed Map and batches items to the reprocess function', () => {
    const { asl } = definition();
    const map = Object.values<any>(asl.States).find((s) => s.Type === 'Map');
    expect(map.ItemProcessor.ProcessorConfig.Mode).toBe('DISTRIBUTED');
    expect(map.ItemReader.Resource).toMatch(/:states:::s3:listObjectsV2$/);
    expect(map.ItemReader.Parameters.Bucket).toBe(`<Ref:${id(stack.intake.bucket)}>`);
    expect(map.ItemReader.Parameters['Prefix.$']).toBe('$.args.prefix');
    expect(map.ItemBatcher.MaxItemsPerBatch).toBe(10);
    expect(map.ItemBatcher.BatchInput).toEqual({ bucket: `<Ref:${id(stack.intake.bucket)}>` });
    expect(map.MaxConcurrency).toBe(10);
    const task = Object.values<any>(map.ItemProcessor.States)[0];
    expect(task.Resource).toBe(`<${id(stack.reprocessFunction.fn)}.Arn>`);
  });

  it('defaults the prefix to incoming/ and refuses prefixes outside it', () => {
    const { asl } = definition();
    const defaults = Object.values<any>(asl.States).find((s) => s.Type === 'Pass' && s.Parameters?.prefix);
    expect(defaults.Parameters.prefix).toBe('incoming/');
    const choice = Object.values<any>(asl.States).find((s) => s.Type === 'Choice');
    expect(choice.Choices[0]).toMatchObject({ Variable: '$.args.prefix', StringMatches: 'incoming/*' });
    expect(asl.States[choice.Default].Type).toBe('Fail');
  });

  it('logs everything and traces', () => {
    const { props } = definition();
    expect(props.LoggingConfiguration.Level).toBe('ALL');
    expect(props.LoggingConfiguration.Destinations[0].CloudWatchLogsLogGroup.LogGroupArn).toEqual({ 'Fn::GetAtt': [id(stack.reprocess.logGroup), 'Arn'] });
    expect(props.TracingConfiguration).toEqual({ Enabled: true });
  });
});

describe('cdk-nag', () => {
  it('AwsSolutions reported no unacknowledged findings on the synth', () => {
    // cdk-nag 3 is a policy-validation plugin: an in-memory synth throws on an error, and the
    // report in the assembly lists every remaining violation (none expected, warnings included).
    const report = JSON.parse(readFileSync(join(assemblyDir, 'validation-report.json'), 'utf8'));
    const violations = report.pluginReports.flatMap((p: any) => p.violations.map((v: any) => `${p.pluginName}: ${v.ruleName}`));
    expect(violations).toEqual([]);
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
  });

  it('buildApp really applies AwsSolutions: an unencrypted, non-TLS queue fails the synth', () => {
    // Bundling skipped: this synth is only about the plugin.
    const { app, stack: s } = buildApp({ context: { stage: 'dev', 'aws:cdk:bundling-stacks': [] } });
    new sqs.Queue(s, 'Careless', { encryption: sqs.QueueEncryption.UNENCRYPTED });
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS[34]/);
  });
});

describe('a non-dev stage from context flags', () => {
  // Bundling skipped: only the wiring of the flags into resources is under test here.
  let prod: NewsIngestStack;
  let t: Template;
  beforeAll(() => {
    prod = buildApp({ context: { stage: 'prod', reservedConcurrency: '40', maxConcurrency: '20', eventSource: 'acme.news', 'aws:cdk:bundling-stacks': [] } }).stack;
    t = Template.fromStack(prod);
  });
  const res = (c: IConstruct) => t.toJSON().Resources[id(c)];

  it('protects and retains the stateful resources', () => {
    expect(res(prod.store.table).Properties.DeletionProtectionEnabled).toBe(true);
    for (const c of [prod.store.table, prod.intake.bucket, prod.intake.logBucket, prod.intake.queue, prod.intake.deadLetterQueue, prod.ingest.logGroup]) {
      expect(res(c).DeletionPolicy, c.node.path).toBe('Retain');
    }
    expect(prod.stackName).toBe('news-ingest-prod');
  });

  it('names the bus and exports per stage, and uses the configured source and concurrency', () => {
    t.hasResourceProperties('AWS::Events::EventBus', { Name: 'news-ingest-prod' });
    t.hasOutput('EventBusArn', { Export: { Name: 'news-ingest-prod-event-bus-arn' } });
    t.hasResourceProperties('AWS::Events::Archive', { EventPattern: { source: ['acme.news'] } });
    expect(res(prod.ingest.fn).Properties.Environment.Variables.EVENT_SOURCE).toBe('acme.news');
    expect(res(prod.ingest.fn).Properties.ReservedConcurrentExecutions).toBe(40);
    t.hasResourceProperties('AWS::Lambda::EventSourceMapping', { ScalingConfig: { MaximumConcurrency: 20 } });
    const sm = JSON.parse(flattenJoin(res(prod.reprocess.stateMachine).Properties.DefinitionString));
    expect(Object.values<any>(sm.States).find((s) => s.Type === 'Map').MaxConcurrency).toBe(20);
  });
});
