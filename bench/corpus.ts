/**
 * A generator of varied news articles for benchmarks and the load test: plain scraped text with junk,
 * HTML pages, crawler JSON, JSON Lines batches and Markdown, with a share of bad inputs and duplicates.
 * Deterministic for a seed, so runs compare.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Mulberry32: a tiny seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Maria', 'James', 'Aiko', 'Omar', 'Lena', 'Carlos', 'Priya', 'Daniel', 'Fatima', 'Ivan', 'Grace', 'Tomás', 'Wei', 'Amara', 'Lukas'];
const LAST = ['Okafor', 'Lindqvist', 'Tanaka', 'Haddad', 'Fischer', 'Moreno', 'Raman', 'Kerr', 'Al-Sayed', 'Petrov', 'Mensah', 'García', 'Zhang', 'Novak', 'Schmidt'];
const ORGS = ['the World Health Organization', 'Atlantic Gateway Ports', 'the European Commission', 'Volta Cells', 'the Ministry of Finance', 'Reuters', 'the United Nations', 'Northbay Borough Council', 'Deutsche Bank', 'the Red Cross'];
const PLACES = ['Lisbon', 'Nairobi', 'Osaka', 'Toronto', 'Frankfurt', 'Cairo', 'Santiago', 'Manila', 'Krakow', 'Melbourne', 'Texas', 'Kenya', 'Peru', 'Norway'];
const TOPICS = ['harbour expansion', 'water shortage', 'battery factory', 'rail strike', 'vaccine rollout', 'election result', 'housing law', 'wildfire', 'trade deal', 'school funding', 'bridge repair', 'flood defences'];
const VERBS = ['approved', 'rejected', 'delayed', 'announced', 'criticised', 'defended', 'expanded', 'cut', 'reviewed', 'launched'];
const PUBLISHERS = ['Northbay Gazette', 'Continental Wire', 'Atlas News', 'Tech Daily', 'Metro Herald'];

export interface GeneratedFile {
  name: string;
  body: string | Uint8Array;
  /** Articles this file holds, and how many of them are bad (to be rejected). */
  articles: number;
  bad: number;
  duplicates: number;
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function person(r: () => number): string {
  return `${pick(r, FIRST)} ${pick(r, LAST)}`;
}

/** A unique article: the serial number is woven into the text so no two are alike by accident. */
export function article(r: () => number, serial: number, paragraphs = 6): { title: string; paragraphs: string[]; author: string; publisher: string; date: string } {
  const topic = pick(r, TOPICS);
  const place = pick(r, PLACES);
  const who = person(r);
  const title = `${place} ${pick(r, VERBS)} ${topic} plan number ${serial}`;
  const ps: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const org = pick(r, ORGS);
    const n = Math.floor(r() * 900) + 10;
    const sentences = [
      `Officials in ${place} ${pick(r, VERBS)} the ${topic} proposal on ${pick(r, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}, according to ${org}.`,
      `"We have waited ${n % 30} years for this decision," said ${who}, who has followed case ${serial}-${i} since it began.`,
      `The plan is expected to cost $${(n / 10).toFixed(1)} million and to affect about ${n * 100} people across ${1 + (n % 9)} districts.`,
      `Critics from ${pick(r, ORGS)} said the figures for item ${serial * 7 + i} were too optimistic.`,
    ];
    ps.push(sentences.slice(0, 2 + Math.floor(r() * 3)).join(' '));
  }
  const day = 1 + Math.floor(r() * 28);
  return { title, paragraphs: ps, author: who, publisher: pick(r, PUBLISHERS), date: `2026-0${1 + Math.floor(r() * 9)}-${String(day).padStart(2, '0')}` };
}

function asText(a: ReturnType<typeof article>, r: () => number): string {
  const junk = ['[ad_1]', 'Advertisement', 'Share this article', 'Read more:', 'Source link'];
  const lines = [a.title, '', `By ${a.author}`, ''];
  a.paragraphs.forEach((p, i) => {
    lines.push(p, '');
    if (i === 1 && r() < 0.5) lines.push(pick(r, junk), '');
  });
  lines.push('(With information from AFP)', '', '[ad_2]', 'Source link');
  return lines.join('\n');
}

function asHtml(a: ReturnType<typeof article>): string {
  const nav = Array.from({ length: 12 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const comments = Array.from({ length: 5 }, (_, i) => `<div class="comment"><p>Reader comment ${i}: interesting story.</p></div>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${a.title} | ${a.publisher}</title>
<meta property="og:title" content="${a.title}"><meta property="og:site_name" content="${a.publisher}">
<meta property="article:published_time" content="${a.date}T08:00:00Z"><meta name="author" content="${a.author}">
<script>var tracking = { id: 42 };</script><style>body { font-family: serif; }</style></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>${a.title}</h1><p class="byline">By ${a.author}</p>
${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<div class="share-buttons"><a href="#">Share on Facebook</a><a href="#">Share on X</a></div></article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another story</a></li></ul></aside></main>
<section id="comments">${comments}</section><footer>© 2026 ${a.publisher}. All rights reserved.</footer></body></html>`;
}

function asJson(a: ReturnType<typeof article>): object {
  return { title: a.title, body: a.paragraphs.join('\n\n'), author: a.author, datePublished: a.date, publisher: a.publisher, url: `https://news.example/${encodeURIComponent(a.title)}` };
}

function asMarkdown(a: ReturnType<typeof article>): string {
  return `---\ntitle: "${a.title}"\nauthor: ${a.author}\ndate: ${a.date}\n---\n\n# ${a.title}\n\n${a.paragraphs.join('\n\n')}\n`;
}

export interface CorpusOptions {
  /** Number of articles to generate (a JSON Lines batch holds several). */
  articles: number;
  seed?: number;
  badShare?: number;
  duplicateShare?: number;
}

/**
 * Generates files totalling `articles` articles. Bad inputs are whole files (empty, binary, malformed
 * JSON) or single bad lines inside JSON Lines batches; duplicates are earlier articles under new keys.
 */
export function generateCorpus(opts: CorpusOptions): GeneratedFile[] {
  const r = rng(opts.seed ?? 42);
  const badShare = opts.badShare ?? 0.02;
  const dupShare = opts.duplicateShare ?? 0.05;
  const files: GeneratedFile[] = [];
  const seen: GeneratedFile[] = [];
  let made = 0;
  let serial = 0;
  while (made < opts.articles) {
    const roll = r();
    const left = opts.articles - made;
    if (roll < badShare) {
      const kind = Math.floor(r() * 4);
      if (kind === 0) files.push({ name: `bad-${made}.txt`, body: '', articles: 1, bad: 1, duplicates: 0 });
      else if (kind === 1) files.push({ name: `bad-${made}.txt`, body: new Uint8Array(Array.from({ length: 2048 }, () => Math.floor(r() * 256)).concat([0x89, 0x50, 0x4e, 0x47])), articles: 1, bad: 1, duplicates: 0 });
      else if (kind === 2) files.push({ name: `bad-${made}.json`, body: '{"title": "unterminated', articles: 1, bad: 1, duplicates: 0 });
      else if (left >= 3) {
        const good = [article(r, ++serial), article(r, ++serial)].map((a) => JSON.stringify(asJson(a)));
        files.push({ name: `batch-bad-${made}.jsonl`, body: [good[0], '{not json', good[1]].join('\n') + '\n', articles: 3, bad: 1, duplicates: 0 });
        made += 2;
      } else {
        files.push({ name: `bad-${made}.txt`, body: '', articles: 1, bad: 1, duplicates: 0 });
      }
      made++;
      continue;
    }
    if (roll < badShare + dupShare && seen.length > 0) {
      const orig = pick(r, seen);
      files.push({ ...orig, name: `dup-${made}-${orig.name}`, duplicates: orig.articles, bad: 0 });
      made += orig.articles;
      continue;
    }
    const fmt = r();
    let f: GeneratedFile;
    if (fmt < 0.55) f = { name: `a-${made}.txt`, body: asText(article(r, ++serial), r), articles: 1, bad: 0, duplicates: 0 };
    else if (fmt < 0.7) f = { name: `a-${made}.html`, body: asHtml(article(r, ++serial)), articles: 1, bad: 0, duplicates: 0 };
    else if (fmt < 0.82) f = { name: `a-${made}.json`, body: JSON.stringify(asJson(article(r, ++serial))), articles: 1, bad: 0, duplicates: 0 };
    else if (fmt < 0.92 && left >= 5) {
      const n = 5;
      f = { name: `batch-${made}.jsonl`, body: Array.from({ length: n }, () => JSON.stringify(asJson(article(r, ++serial)))).join('\n') + '\n', articles: n, bad: 0, duplicates: 0 };
    } else f = { name: `a-${made}.md`, body: asMarkdown(article(r, ++serial)), articles: 1, bad: 0, duplicates: 0 };
    files.push(f);
    seen.push(f);
    made += f.articles;
  }
  return files;
}

export function writeCorpus(dir: string, files: GeneratedFile[]): void {
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.body);
}

export function expectedCounts(files: GeneratedFile[]) {
  const articles = files.reduce((s, f) => s + f.articles, 0);
  const rejected = files.reduce((s, f) => s + f.bad, 0);
  const duplicates = files.reduce((s, f) => s + f.duplicates, 0);
  return { objects: files.length, articles, rejected, duplicates, stored: articles - rejected - duplicates };
}
