/**
 * The local AWS: embedded s3rver (S3) and dynalite (DynamoDB) on 127.0.0.1 with random ports,
 * plus the bucket and table the stack creates in AWS. EventBridge has no emulator: the local bus
 * is a JSON Lines log (FileEventPublisher).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import type { S3EventRecord } from 'aws-lambda';
import { createClients, type AwsClients } from '#adapters/clients.ts';
import { GSI_BY_ENTITY, GSI_BY_PUBLISHER_DAY } from '#adapters/article-table.ts';

export const LOCAL_BUCKET = 'news-ingest-local';
export const LOCAL_TABLE = 'news-ingest-articles';
/** s3rver accepts only these. */
const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface LocalStackOptions {
  /** Where S3 objects and the DynamoDB store persist; null keeps everything in memory/temp and removes it on close. */
  dataDir: string | null;
  bucket?: string;
  table?: string;
}

export interface LocalStack {
  bucket: string;
  table: string;
  clients: AwsClients;
  endpoints: { s3: string; dynamodb: string };
  /** Subscribe to S3 notifications as s3rver emits them (keys NOT URL-encoded, unlike real S3). */
  onS3Event(listener: (record: S3EventRecord) => void): void;
  close(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const bucket = options.bucket ?? LOCAL_BUCKET;
  const table = options.table ?? LOCAL_TABLE;
  const temp = options.dataDir === null ? mkdtempSync(join(tmpdir(), 'news-ingest-')) : null;
  const root = options.dataDir ?? temp!;
  mkdirSync(join(root, 's3'), { recursive: true });

  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: join(root, 's3'),
    configureBuckets: [{ name: bucket }],
  });
  const s3Info = await s3rver.run();

  // dynalite keeps data in LevelDB under the data dir, or in memory for tests.
  const dynamo = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(temp ? {} : { path: join(root, 'dynamodb') }) });
  await new Promise<void>((resolve, reject) => {
    dynamo.once('error', reject);
    dynamo.listen(0, '127.0.0.1', () => resolve());
  });
  const dynamoPort = (dynamo.address() as AddressInfo).port;

  const endpoints = { s3: `http://127.0.0.1:${s3Info.port}`, dynamodb: `http://127.0.0.1:${dynamoPort}` };
  const clients = createClients({
    region: 'us-east-1',
    s3Endpoint: endpoints.s3,
    dynamoEndpoint: endpoints.dynamodb,
    credentials: LOCAL_CREDENTIALS,
  });
  await ensureTable(clients, table);

  return {
    bucket,
    table,
    clients,
    endpoints,
    onS3Event(listener) {
      s3rver.on('event', (event: { Records: S3EventRecord[] }) => event.Records.forEach(listener));
    },
    async close() {
      clients.s3.destroy();
      clients.doc.destroy();
      clients.events.destroy();
      await s3rver.close();
      await new Promise<void>((r) => dynamo.close(() => r()));
      if (temp) rmSync(temp, { recursive: true, force: true });
    },
  };
}

/** Creates the article table with the same keys and indexes as the CDK stack (lib/article-store.ts). */
async function ensureTable(clients: AwsClients, table: string): Promise<void> {
  try {
    await clients.doc.send(new DescribeTableCommand({ TableName: table }));
    return;
  } catch (err) {
    if (!(err instanceof ResourceNotFoundException)) throw err;
  }
  const index = (name: string, pk: string, sk: string) => ({
    IndexName: name,
    KeySchema: [
      { AttributeName: pk, KeyType: 'HASH' as const },
      { AttributeName: sk, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  });
  await clients.doc.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'].map((n) => ({ AttributeName: n, AttributeType: 'S' as const })),
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [index(GSI_BY_PUBLISHER_DAY, 'gsi1pk', 'gsi1sk'), index(GSI_BY_ENTITY, 'gsi2pk', 'gsi2sk')],
    }),
  );
}
