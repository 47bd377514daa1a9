/**
 * The ingest Lambda as deployed: the handler bundled as the stack bundles it (bench/bundle.ts's
 * `bundle`: esbuild, the SDK inside, LAMBDA_BUNDLE_ALIASES, the model folder beside it), imported by
 * a fresh Node process that gets only what Lambda gives a function: credentials and settings in
 * environment variables. It reads an article from the local S3, stores it in the local DynamoDB and
 * publishes its event. That proves the bundle's environment-only credential provider
 * (lambdas/adapters/lambda-credentials.ts) signs real requests: s3rver refuses other keys. The
 * EventBridge endpoint is a small HTTP server answering PutEvents, since no EventBridge emulator
 * runs without Docker; it records what it was sent.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../bench/bundle.ts';
import { startLocalStack, type LocalStack } from '../../local/local-stack.ts';
import { getById } from '../../local/queries.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'lambda-bundle-run-'));
let stack: LocalStack;
let events: Server;
const received: Array<{ target: string; body: { Entries: Array<{ DetailType: string; Detail: string }> } }> = [];

const PROBE = `
// Lambda's Node runtime loads a CommonJS handler file, as the stack deploys it (index.js).
const { handler } = await import('./index.js');
const context = { functionName: 'news-ingest', awsRequestId: 'r1', getRemainingTimeInMillis: () => 60000 };
const out = await handler(JSON.parse(process.env.PROBE_EVENT), context);
console.log(JSON.stringify(out));`;

beforeAll(async () => {
  const [built] = await Promise.all([
    bundle('lambdas/ingest/handler.ts', join(dir, 'index.js'), false),
    startLocalStack({ dataDir: null }).then((s) => (stack = s)),
  ]);
  expect(built.bytes).toBeGreaterThan(0);
  writeFileSync(join(dir, 'probe.mjs'), PROBE);
  events = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const parsed = JSON.parse(body) as (typeof received)[number]['body'];
      received.push({ target: String(req.headers['x-amz-target']), body: parsed });
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      res.end(JSON.stringify({ FailedEntryCount: 0, Entries: parsed.Entries.map((_, i) => ({ EventId: `e${i}` })) }));
    });
  });
  await new Promise<void>((r) => events.listen(0, '127.0.0.1', () => r()));
}, 120_000);

afterAll(async () => {
  await stack?.close();
  await new Promise<void>((r) => (events ? events.close(() => r()) : r()));
  rmSync(dir, { recursive: true, force: true });
});

function s3Event(bucket: string, key: string, size: number) {
  const record = {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    eventName: 'ObjectCreated:Put',
    eventTime: new Date().toISOString(),
    s3: { bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` }, object: { key, size, sequencer: '0001' } },
  };
  return { Records: [{ messageId: 'm1', receiptHandle: 'h1', body: JSON.stringify({ Records: [record] }), attributes: { ApproximateReceiveCount: '1' }, messageAttributes: {}, eventSource: 'aws:sqs' }] };
}

function lambdaEnv(accessKeyId: string, event: unknown): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_SESSION_TOKEN: 'session',
    AWS_ENDPOINT_URL_S3: stack.endpoints.s3,
    AWS_ENDPOINT_URL_DYNAMODB: stack.endpoints.dynamodb,
    AWS_ENDPOINT_URL_EVENTBRIDGE: `http://127.0.0.1:${(events.address() as AddressInfo).port}`,
    // s3rver keeps aws-chunked framing inside objects unless checksums are sent only when required.
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    TABLE_NAME: stack.table,
    EVENT_BUS_NAME: 'news-bus',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    PROBE_EVENT: JSON.stringify(event),
  };
}

describe('the bundled ingest Lambda', () => {
  it('ingests an article with the credentials Lambda puts in the environment', async () => {
    const key = 'incoming/bundle-run/harbour.txt';
    const text =
      'Harbour board approves expansion\n\nPORTSMOUTH, England - Mayor Alice Whitcombe said on Monday that the harbour authority would build a new quay for ferries.\n\nThe work starts next spring and should take two years, the board said in a statement.';
    await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: text }));
    const { stdout } = await run(process.execPath, ['probe.mjs'], { cwd: dir, env: lambdaEnv('S3RVER', s3Event(stack.bucket, key, text.length)) });
    expect(JSON.parse(stdout.trim().split('\n').pop()!)).toEqual({ batchItemFailures: [] });
    const ingested = received.flatMap((r) => r.body.Entries).filter((e) => e.DetailType === 'Article Ingested');
    expect(received.every((r) => r.target === 'AWSEvents.PutEvents')).toBe(true);
    expect(ingested).toHaveLength(1);
    const { id, title } = JSON.parse(ingested[0]!.Detail) as { id: string; title: string };
    expect(title).toBe('Harbour board approves expansion');
    expect((await getById(stack, id)).article?.title).toBe('Harbour board approves expansion');
  }, 60_000);

  it('fails the message, not the article, when the environment holds no usable credentials', async () => {
    const key = 'incoming/bundle-run/refused.txt';
    await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: 'Title\n\nSome text of an article.' }));
    const { stdout } = await run(process.execPath, ['probe.mjs'], { cwd: dir, env: lambdaEnv('NOT-S3RVER', s3Event(stack.bucket, key, 28)) });
    // s3rver refuses the signature: the message goes back to the queue for a retry (and, in the end, the DLQ).
    expect(JSON.parse(stdout.trim().split('\n').pop()!)).toEqual({ batchItemFailures: [{ itemIdentifier: 'm1' }] });
  }, 60_000);
});
