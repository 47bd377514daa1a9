/**
 * Hostile and broken input through the real handler: each gets a clear one-line reason, a quarantined
 * copy and an `Article Rejected` event — or, where the input is only dirty, a clean stored record —
 * and the good article delivered in the same batch is always stored.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRejectedDetail } from '#contracts/events.ts';
import { DetailType } from '#contracts/events.ts';
import type { ArticleRecord } from '#contracts/record.ts';
import { startHarness, type Harness } from './harness.ts';

const GOOD = (n: number) =>
  `Library extends opening hours ${n}\n\nThe central library will open until 10pm on weekdays from next month, the city said on Tuesday, after a petition signed by ${n} students.\n\nLibrarians welcomed the change but asked for more staff.\n`;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(3000, 7)]);
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n' + 'x'.repeat(2000), 'latin1');
function randomBytes(n: number, seed = 1): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

interface Case {
  name: string;
  key: string;
  body: string | Uint8Array;
  /** 'rejected' with this code, or 'stored' (dirty but readable). */
  expect: { rejected: string } | 'stored';
}

const nested = '<!DOCTYPE html><html><head><title>Deep</title></head><body>' + '<div>'.repeat(100_000) + '<p>Deep text.</p>' + '</div>'.repeat(100_000) + '</body></html>';
const hostileHtml = `<!DOCTYPE html><html><head><title>Council approves budget</title><script>alert("x")</script><style>p{color:red}</style></head>
<body><article><h1>Council approves budget</h1>
<p onclick="steal()">The council approved the budget on Monday after a short debate about road repairs in the north of the city.</p>
<script>document.write("<p>injected</p>")</script><p>Members voted <b>nine</b> to two, with <a href="javascript:evil()">one</a> abstention.</p>
<img src=x onerror="alert(1)"><iframe src="https://ads.example/"></iframe><noscript>Enable JavaScript</noscript></article></body></html>`;

const CASES: Case[] = [
  { name: 'empty file', key: 'incoming/h/empty.txt', body: '', expect: { rejected: 'empty' } },
  { name: 'whitespace only', key: 'incoming/h/blank.txt', body: ' \n\t\r\n \u00a0 \n', expect: { rejected: 'empty' } },
  { name: 'PNG named .txt', key: 'incoming/h/photo.txt', body: PNG, expect: { rejected: 'binary' } },
  { name: 'PDF named .txt', key: 'incoming/h/report.txt', body: PDF, expect: { rejected: 'binary' } },
  { name: 'random bytes', key: 'incoming/h/noise.txt', body: randomBytes(4096), expect: { rejected: 'binary' } },
  { name: 'malformed JSON', key: 'incoming/h/bad.json', body: '{"title": "Budget", "body": "unterminated', expect: { rejected: 'malformed-json' } },
  { name: 'nothing but junk', key: 'incoming/h/junk.txt', body: '[ad_1]\n\nAdvertisement\n\nShare this article\n\n[ad_2]\nSource link\n', expect: { rejected: 'no-article' } },
  { name: 'gzip bomb', key: 'incoming/h/bomb.txt.gz', body: gzipSync(Buffer.alloc(80 * 1024 * 1024, 0x41)), expect: { rejected: 'too-large' } },
  { name: 'NUL bytes inside text', key: 'incoming/h/nul.txt', body: GOOD(1).replace('library will', 'library\u0000 will').replace('petition', 'peti\u0000tion'), expect: 'stored' },
  { name: 'UTF-16 LE without BOM', key: 'incoming/h/utf16.txt', body: Buffer.from(GOOD(2), 'utf16le'), expect: 'stored' },
  { name: 'invalid UTF-8 (Windows-1252)', key: 'incoming/h/cp1252.txt', body: Buffer.from(GOOD(3).replace('said', '\u201csaid\u201d caf\u00e9'), 'latin1'), expect: 'stored' },
  { name: '100,000 nested elements', key: 'incoming/h/nested.html', body: nested, expect: 'stored' },
  { name: 'script, style and event handlers', key: 'incoming/h/xss.html', body: hostileHtml, expect: 'stored' },
  { name: 'a 2 MB line without a newline', key: 'incoming/h/oneline.txt', body: 'word '.repeat(400_000), expect: 'stored' },
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** Every string anywhere in a value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

describe('hostile and broken input', () => {
  it.each(CASES)('$name', async (c) => {
    const before = h.bus.events.length;
    const bad = await h.put(c.key, c.body);
    const good = await h.put(`${c.key}.good.txt`, GOOD(1000 + CASES.indexOf(c)));
    // Prepare/Act: the hostile object and a good one in the same batch.
    expect(await h.deliver(bad, good)).toEqual([]);
    const events = h.bus.events.slice(before);
    const goodEvent = events.find((e) => e.detailType === DetailType.ArticleIngested && (e.detail as { source: { key: string } }).source.key === `${c.key}.good.txt`);
    expect(goodEvent, 'the good article in the same batch is stored').toBeDefined();
    const own = events.filter((e) => (e.detail as { source: { key: string } }).source.key === c.key);
    if (c.expect === 'stored') {
      expect(own.map((e) => e.detailType)).toEqual([DetailType.ArticleIngested]);
      const stored = await h.get((own[0]!.detail as { id: string }).id);
      const record = stored.article as ArticleRecord;
      for (const s of strings(record)) {
        expect(s).not.toMatch(/[\u0000-\u0008\v\f\u000e-\u001f\u007f]/);
        expect(s).not.toMatch(/<\s*(script|style|iframe|img|[pba])\b|on(click|error)\s*=|javascript:|alert\(|document\.write/i);
      }
    } else {
      expect(own.map((e) => e.detailType)).toEqual([DetailType.ArticleRejected]);
      const detail = own[0]!.detail as ArticleRejectedDetail;
      expect(detail.code).toBe(c.expect.rejected);
      expect(detail.reason).toMatch(/^[^\n]{5,300}$/);
      expect(detail.quarantine?.key).toBe(c.key.replace('incoming/', 'quarantine/'));
      expect(await h.readObject(`${detail.quarantine!.key}.rejection.json`)).toContain(c.expect.rejected);
    }
  });

  it('rejects objects over the raw size limit without reading them', async () => {
    await h.close();
    h = await startHarness({ limits: { maxRawBytes: 1024 * 1024, maxDecompressedBytes: 10 * 1024 * 1024, maxArticlesPerObject: 100 } });
    const msg = await h.put('incoming/h/huge.txt', Buffer.alloc(3 * 1024 * 1024, 0x61));
    expect(await h.deliver(msg)).toEqual([]);
    const detail = h.bus.events[0]!.detail as ArticleRejectedDetail;
    expect(detail.code).toBe('too-large');
    expect(detail.reason).toMatch(/3145728 bytes, over the 1048576-byte limit/);
    expect(await h.readObject('quarantine/h/huge.txt.rejection.json')).toContain('too-large');
  });

  it('quarantines and announces an object that outruns its time budget, as a timeout', async () => {
    await h.close();
    // A budget no work fits in stands in for a slow rule: the core gives up at its first checkpoint.
    h = await startHarness({ timeBudget: { baseMs: 0, perMbMs: 0 } });
    const msg = await h.put('incoming/h/slow.txt', GOOD(7));
    expect(await h.deliver(msg)).toEqual([]);
    const detail = h.bus.events.find((e) => e.detailType === DetailType.ArticleRejected)!.detail as ArticleRejectedDetail;
    expect(detail.code).toBe('timeout');
    expect(detail.reason).toMatch(/^time budget of 0 ms exceeded after \d+ ms, at [^\n]+$/);
    expect(await h.readObject('quarantine/h/slow.txt.rejection.json')).toContain('timeout');
    expect(h.outcomes.at(-1)!.articles.map((a) => a.code)).toEqual(['timeout']);
    await h.close();
    h = await startHarness({ limits: { maxRawBytes: 1024 * 1024, maxDecompressedBytes: 10 * 1024 * 1024, maxArticlesPerObject: 100 } });
  });

  it('rejects only the bad lines of a JSON Lines batch', async () => {
    const line = (t: string) => JSON.stringify({ title: t, body: `${t}. The harbour board met on Friday and agreed a new schedule for the ferries to the islands.` });
    const msg = await h.put('incoming/h/batch.jsonl', [line('First ferry story'), '{broken', line('Second ferry story'), '', '[1,2]', line('Third ferry story')].join('\n'));
    const before = h.bus.events.length;
    expect(await h.deliver(msg)).toEqual([]);
    const events = h.bus.events.slice(before);
    expect(events.filter((e) => e.detailType === DetailType.ArticleIngested)).toHaveLength(3);
    const rejected = events.filter((e) => e.detailType === DetailType.ArticleRejected).map((e) => e.detail as ArticleRejectedDetail);
    expect(rejected.map((r) => r.source.line).sort()).toEqual([2, 5]);
    expect(rejected.every((r) => r.reason.length > 0 && !r.reason.includes('\n'))).toBe(true);
  });
});
