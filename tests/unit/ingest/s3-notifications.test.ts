import { describe, expect, it } from 'vitest';
import { decodeS3Key, encodeS3Key, MalformedNotificationError, objectsFromMessage } from '../../../lambdas/ingest/s3-notifications.ts';
import { isAcceptedKey } from '../../../lambdas/ingest/intake.ts';

const record = (key: string, extra: Record<string, unknown> = {}) => ({
  eventName: 'ObjectCreated:Put',
  eventTime: '2026-01-01T00:00:00.000Z',
  s3: { bucket: { name: 'raw' }, object: { key, eTag: 'abc', size: 1, sequencer: '0A1B', ...extra } },
});

describe('S3 notifications in SQS messages', () => {
  it('decodes keys as S3 encodes them: + for space, percent-escapes for the rest', () => {
    expect(decodeS3Key('incoming/news+desk/Z%C3%BCrich+a%2Bb.txt')).toBe('incoming/news desk/Zürich a+b.txt');
    expect(encodeS3Key('incoming/news desk/Zürich a+b.txt')).toBe('incoming/news+desk/Z%C3%BCrich+a%2Bb.txt');
  });

  it('yields one object per ObjectCreated record, with the quoted ETag and the sequencer as delivery id', () => {
    const body = JSON.stringify({ Records: [record('incoming/a+b.txt'), { ...record('incoming/c.txt'), eventName: 'ObjectRemoved:Delete' }] });
    expect(objectsFromMessage(body, 'm1')).toEqual([{ bucket: 'raw', key: 'incoming/a b.txt', etag: '"abc"', delivery: '0A1B' }]);
  });

  it('ignores the s3:TestEvent S3 sends when notifications are configured', () => {
    expect(objectsFromMessage(JSON.stringify({ Event: 's3:TestEvent', Bucket: 'raw' }), 'm1')).toEqual([]);
  });

  it('rejects bodies that are not S3 notifications with a named error', () => {
    expect(() => objectsFromMessage('not json', 'm1')).toThrow(MalformedNotificationError);
    expect(() => objectsFromMessage('{"hello":1}', 'm1')).toThrow(/no Records/);
  });

  it('accepts only the article suffixes under incoming/, optionally gzipped', () => {
    expect(isAcceptedKey('incoming/a/b.JSONL.gz', 'incoming/')).toBe(true);
    expect(isAcceptedKey('incoming/page.htm', 'incoming/')).toBe(true);
    expect(isAcceptedKey('incoming/photo.png', 'incoming/')).toBe(false);
    expect(isAcceptedKey('quarantine/a.txt', 'incoming/')).toBe(false);
    expect(isAcceptedKey('records/x.json', 'incoming/')).toBe(false);
  });
});
