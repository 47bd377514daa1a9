/** Turns SQS message bodies into the S3 objects they notify about. */
import type { S3EventRecord } from 'aws-lambda';
import type { ObjectRef } from './ingest-object.ts';

/**
 * S3 URL-encodes keys in notifications, with `+` for spaces: `incoming/my+file%C3%A9.txt`.
 * @example decodeS3Key('incoming/a+b%2Bc.txt') // 'incoming/a b+c.txt'
 */
export function decodeS3Key(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}

/** The inverse, as S3 writes keys into notifications (slashes kept). */
export function encodeS3Key(key: string): string {
  return key
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/%20/g, '+'))
    .join('/');
}

/** Thrown for a message body that is not an S3 notification: it can never succeed, so it goes to the DLQ. */
export class MalformedNotificationError extends Error {
  override name = 'MalformedNotificationError';
}

/**
 * Parses one SQS body. S3's `s3:TestEvent` (sent when notifications are configured) yields no objects.
 * Only ObjectCreated events are taken.
 */
export function objectsFromMessage(body: string, messageId: string): ObjectRef[] {
  let parsed: { Records?: S3EventRecord[]; Event?: string };
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new MalformedNotificationError(`message ${messageId} is not JSON`);
  }
  if (parsed.Event === 's3:TestEvent') return [];
  if (!Array.isArray(parsed.Records)) throw new MalformedNotificationError(`message ${messageId} has no Records`);
  return parsed.Records.filter((r) => typeof r.eventName === 'string' && r.eventName.startsWith('ObjectCreated:')).map((r) => {
    const key = decodeS3Key(r.s3.object.key);
    const etag = r.s3.object.eTag ?? null;
    return {
      bucket: r.s3.bucket.name,
      key,
      etag: etag ? `"${etag.replace(/"/g, '')}"` : null,
      // The sequencer orders events per key and is the same on a redelivery of the same notification.
      delivery: r.s3.object.sequencer ?? `${r.eventTime}:${etag ?? ''}:${messageId}`,
    };
  });
}
