/**
 * AWS clients, created once per container and passed to the adapters. Endpoint overrides let
 * the local run and the tests point the same code at the embedded emulators.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { S3Client } from '@aws-sdk/client-s3';

export interface ClientOptions {
  region?: string;
  s3Endpoint?: string;
  dynamoEndpoint?: string;
  eventsEndpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface AwsClients {
  s3: S3Client;
  doc: DynamoDBDocumentClient;
  events: EventBridgeClient;
}

export function createClients(opts: ClientOptions = {}): AwsClients {
  const base = { region: opts.region ?? process.env.AWS_REGION ?? 'us-east-1', ...(opts.credentials ? { credentials: opts.credentials } : {}) };
  const s3 = new S3Client({
    ...base,
    ...(opts.s3Endpoint
      ? {
          endpoint: opts.s3Endpoint,
          forcePathStyle: true,
          // s3rver stores aws-chunked framing inside objects unless checksums are only sent when required.
          requestChecksumCalculation: 'WHEN_REQUIRED' as const,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }
      : {}),
  });
  const dynamo = new DynamoDBClient({ ...base, ...(opts.dynamoEndpoint ? { endpoint: opts.dynamoEndpoint } : {}) });
  const doc = DynamoDBDocumentClient.from(dynamo, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
  const events = new EventBridgeClient({ ...base, ...(opts.eventsEndpoint ? { endpoint: opts.eventsEndpoint } : {}) });
  return { s3, doc, events };
}
