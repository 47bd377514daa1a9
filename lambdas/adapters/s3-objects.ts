/** The object store on S3: bounded reads, JSON and byte writes, server-side copies. */
import type { S3Client } from '@aws-sdk/client-s3';
import { CopyObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand } from '@aws-sdk/client-s3';
import { sourceUrlFromMetadata } from '#core/clean/source-url.ts';
import type { FetchResult, ObjectStore } from '../ingest/ports.ts';

export class S3ObjectStore implements ObjectStore {
  constructor(private readonly s3: S3Client) {}

  async get(bucket: string, key: string, maxBytes: number): Promise<FetchResult> {
    let out;
    try {
      out = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    } catch (err) {
      if (err instanceof NoSuchKey || (err as { name?: string }).name === 'NoSuchKey' || httpStatus(err) === 404) {
        return { kind: 'not-found' };
      }
      throw err;
    }
    const etag = out.ETag ?? null;
    const declared = out.ContentLength ?? 0;
    if (declared > maxBytes) {
      // Do not read a body we will refuse: abort the stream.
      (out.Body as { destroy?: () => void } | undefined)?.destroy?.();
      return { kind: 'too-large', size: declared, etag };
    }
    const bytes = await readBounded(out.Body as AsyncIterable<Uint8Array>, maxBytes);
    if (bytes === null) return { kind: 'too-large', size: declared, etag };
    return { kind: 'ok', object: { bytes, etag, size: bytes.byteLength, contentType: out.ContentType ?? null, sourceUrl: sourceUrlFromMetadata(out.Metadata) } };
  }

  async putJson(bucket: string, key: string, value: unknown): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: JSON.stringify(value), ContentType: 'application/json' }),
    );
  }

  async putBytes(bucket: string, key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType }));
  }

  async copy(bucket: string, fromKey: string, toKey: string): Promise<void> {
    // encodeURI form: S3 wants the source URL-encoded, and s3rver rejects %2F/%2B forms.
    await this.s3.send(new CopyObjectCommand({ Bucket: bucket, Key: toKey, CopySource: encodeURI(`${bucket}/${fromKey}`) }));
  }
}

/** Reads a body stream, stopping (and returning null) as soon as it passes `max` bytes. */
async function readBounded(body: AsyncIterable<Uint8Array> | undefined, max: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > max) {
      (body as { destroy?: () => void }).destroy?.();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function httpStatus(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}
