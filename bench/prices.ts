/**
 * AWS list prices used by the cost model (us-east-1, on-demand, no free tier), in USD.
 * Check them against the AWS pricing pages before relying on the result; they change.
 */
export const PRICES = {
  /** Lambda, arm64: per GB-second and per request. */
  lambdaArmGbSecond: 0.0000133334,
  lambdaRequest: 0.2 / 1e6,
  /** DynamoDB on-demand: per write request unit (1 KB) and read request unit (4 KB, strongly consistent). */
  dynamoWriteUnit: 0.625 / 1e6,
  dynamoReadUnit: 0.125 / 1e6,
  /** DynamoDB storage per GB-month (not per article: reported separately). */
  dynamoStorageGbMonth: 0.25,
  /** EventBridge custom events, per 64 KB chunk. */
  eventBridgeEvent: 1.0 / 1e6,
  /** SQS standard, per request (a batch of up to 10 messages is one request). */
  sqsRequest: 0.4 / 1e6,
  /** S3 Standard requests. */
  s3Get: 0.0004 / 1000,
  s3Put: 0.005 / 1000,
  /** CloudWatch Logs ingestion per GB. */
  logsIngestGb: 0.5,
} as const;

/** Deployment settings the cost depends on (mirrors lib/ingest-function.ts). */
export const DEPLOYMENT = {
  memoryMb: 1024,
  sqsBatchSize: 10,
  /**
   * Wall time a Lambda spends waiting on AWS per object beyond the core's CPU time: S3 GET, the
   * conditional writes, the entity batch write, PutEvents, the publish mark. Typical in-region
   * latencies; records in a batch are processed concurrently, which this ignores (a pessimistic bound).
   */
  ioMsPerObject: 45,
  /** JSON log bytes written per object (one info line). */
  logBytesPerObject: 600,
} as const;
