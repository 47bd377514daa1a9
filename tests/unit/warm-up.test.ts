/**
 * The first object of a process is not charged for the process's start: the models are parsed
 * before that object's time budget starts.
 */
import { describe, expect, it } from 'vitest';
import { processObject } from '#core/pipeline.ts';
import { isWarm, warmUpOnce } from '#core/warm-up.ts';

const meta = (key: string, size: number) => ({ bucket: 'b', key, etag: null, size });

describe('warm-up before the first budget', () => {
  it('starts the first object’s budget clock only after the warm-up ran', () => {
    expect(isWarm()).toBe(false);
    const warmWhenClockRead: boolean[] = [];
    const clock = () => {
      warmWhenClockRead.push(isWarm());
      return 0;
    };
    const body = Buffer.from('Ferry service resumes\n\nThe island ferry resumed service on Friday after storms kept it in port for a week.\n');
    const out = processObject(body, meta('incoming/a.txt', body.length), { clock });
    expect(out.records).toHaveLength(1);
    expect(warmWhenClockRead.length).toBeGreaterThan(0);
    expect(warmWhenClockRead.every(Boolean)).toBe(true);
  });

  it('warms once per process: later calls do nothing', () => {
    let loads = 0;
    warmUpOnce(() => loads++);
    expect(loads).toBe(0);
  });
});
