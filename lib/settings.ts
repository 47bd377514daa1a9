/**
 * Deployment settings read from CDK context (`cdk synth -c stage=prod -c maxConcurrency=20`).
 * CLI context arrives as strings, cdk.json context as JSON values: both are accepted.
 */
import type { Node } from 'constructs';
import { DEFAULT_EVENT_SOURCE } from '#contracts/events.ts';

export interface StackSettings {
  /** Deployment stage, used in resource names (`news-ingest-<stage>`). */
  stage: string;
  /** DynamoDB deletion protection. Defaults to false for `dev`, true otherwise. */
  deletionProtection: boolean;
  /** True for `dev`: stateful resources are destroyed with the stack instead of retained. */
  ephemeral: boolean;
  /** The `source` the pipeline puts on its events. */
  eventSource: string;
  /** Upper bound on concurrent ingest invocations (SQS event source) and on reprocess map children. */
  maxConcurrency: number;
  /** Optional reserved concurrency for the ingest function; must not be below maxConcurrency. */
  reservedConcurrency: number | undefined;
  /** Optional SNS topic ARN that alarms notify. */
  alarmTopicArn: string | undefined;
}

/** SQS event sources accept a maximum concurrency between 2 and 1000. */
const MIN_MAX_CONCURRENCY = 2;
const MAX_MAX_CONCURRENCY = 1000;
const DEFAULT_MAX_CONCURRENCY = 10;

/**
 * Reads and validates the context flags; throws with a readable message on a bad value so a typo
 * fails the synth instead of deploying something unintended.
 */
export function settingsFromContext(node: Node): StackSettings {
  const stage = stringFlag(node, 'stage') ?? 'dev';
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) {
    throw new Error(`context stage must be lowercase letters, digits and dashes (max 20), got "${stage}"`);
  }
  const ephemeral = stage === 'dev';
  const deletionProtection = boolFlag(node, 'deletionProtection') ?? !ephemeral;
  const eventSource = stringFlag(node, 'eventSource') ?? DEFAULT_EVENT_SOURCE;
  const maxConcurrency = intFlag(node, 'maxConcurrency') ?? DEFAULT_MAX_CONCURRENCY;
  if (maxConcurrency < MIN_MAX_CONCURRENCY || maxConcurrency > MAX_MAX_CONCURRENCY) {
    throw new Error(`context maxConcurrency must be between ${MIN_MAX_CONCURRENCY} and ${MAX_MAX_CONCURRENCY}, got ${maxConcurrency}`);
  }
  const reservedConcurrency = intFlag(node, 'reservedConcurrency');
  if (reservedConcurrency !== undefined && reservedConcurrency < maxConcurrency) {
    // A reserve below the event source's concurrency makes Lambda throttle the poller.
    throw new Error(`context reservedConcurrency (${reservedConcurrency}) must be >= maxConcurrency (${maxConcurrency})`);
  }
  const alarmTopicArn = stringFlag(node, 'alarmTopicArn');
  if (alarmTopicArn !== undefined && !/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[\w-]{1,256}$/.test(alarmTopicArn)) {
    throw new Error(`context alarmTopicArn must be an SNS topic ARN, got "${alarmTopicArn}"`);
  }
  return {
    stage,
    deletionProtection,
    ephemeral,
    eventSource,
    maxConcurrency,
    reservedConcurrency,
    alarmTopicArn,
  };
}

function stringFlag(node: Node, key: string): string | undefined {
  const v: unknown = node.tryGetContext(key);
  if (v === undefined || v === null || v === '') return undefined;
  return String(v);
}

function boolFlag(node: Node, key: string): boolean | undefined {
  const v: unknown = node.tryGetContext(key);
  if (v === undefined || v === null || v === '') return undefined;
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  throw new Error(`context ${key} must be true or false, got "${String(v)}"`);
}

function intFlag(node: Node, key: string): number | undefined {
  const v: unknown = node.tryGetContext(key);
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(String(v));
  if (!Number.isInteger(n)) throw new Error(`context ${key} must be an integer, got "${String(v)}"`);
  return n;
}
