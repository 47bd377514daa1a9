/**
 * Markdown → blocks and page metadata: front matter, headings, paragraphs, lists, quotes and images
 * (their alt text is a caption). Inline markup is reduced to its text.
 */
import type { Block, PageMeta } from '../types.ts';
import { EMPTY_META } from '../types.ts';
import { collapseSpaces } from '../decode/normalize.ts';
import { MAX_BLOCK_CHARS } from './text.ts';
import { hostName } from './html/meta.ts';
import { RELATED_HEADER, bylineNames } from './junk.ts';
import { isoDate, languageCode, splitPeople } from './meta.ts';

const MAX_LINES = 20_000;

export function segmentMarkdown(text: string): { meta: PageMeta; blocks: Block[] } {
  let lines = text.split('\n', MAX_LINES);
  const meta: PageMeta = { ...EMPTY_META, authors: [] };
  // YAML front matter between "---" lines, or TOML (Hugo) between "+++" lines.
  const fenceLine = lines[0]?.trim();
  if (fenceLine === '---' || fenceLine === '+++') {
    const end = lines.findIndex((l, k) => k > 0 && l.trim() === fenceLine);
    if (end > 0 && end < 200) {
      readFrontMatter(lines.slice(1, end), meta);
      lines = lines.slice(end + 1);
    }
  }

  // A reader service's header: "Title: …", "URL Source: …", "Published Time: …", then "Markdown Content:".
  if (/^Title: /.test(lines[0] ?? '')) {
    const marker = lines.findIndex((l, k) => k < 40 && /^Markdown Content:/.test(l));
    if (marker > 0) {
      for (const l of lines.slice(0, marker)) {
        const m = /^(Title|URL Source|Published Time|Description|Author|Byline|Language):\s*(\S.*)$/.exec(l.trim());
        if (m) setField(meta, READER_FIELDS[m[1]!]!, m[2]!.trim());
      }
      // The page's <title> carries the site's name; its host is the publisher when nothing better is stated.
      meta.publisher ??= hostName(meta.url);
      const rest = lines[marker]!.replace(/^Markdown Content:\s*/, '');
      lines = [rest, ...lines.slice(marker + 1)];
    }
  }

  const blocks: Block[] = [];
  let para: string[] = [];
  let fence = false;
  let standfirst: Block | null = null;
  const flush = () => {
    if (para.length) {
      const raw = para.join(' ');
      const block: Block = { kind: 'paragraph', text: inline(raw) };
      const href = mainLink(raw, block.text);
      if (href) block.href = href;
      // A wholly emphasised paragraph straight under the headline is the standfirst.
      if (blocks.length === 1 && blocks[0]!.kind === 'title' && /^([*_])[^*_]{10,300}\1$/.test(raw) && !bylineNames(block.text)) standfirst = block;
      // An image's alt text printed again as the caption under it: keep the printed one (it carries the credit).
      const prev = blocks.at(-1);
      if (prev?.kind === 'caption' && prev.text.length >= 12 && block.text.startsWith(prev.text)) blocks.pop();
      blocks.push(block);
    }
    para = [];
  };
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line.startsWith('```') || line.startsWith('~~~')) {
      flush();
      fence = !fence;
      continue;
    }
    if (fence) continue; // code blocks are not article text
    if (!line) {
      flush();
      continue;
    }
    // Setext headings: the paragraph line(s) above "====" (level 1) or "----" (level 2).
    if (para.length > 0 && para.length <= 3 && /^(=+|-+)$/.test(line) && line.length >= 2) {
      const text = inline(para.join(' '));
      para = [];
      const isTitle = line[0] === '=' && !blocks.some((b) => b.kind === 'title' || b.kind === 'paragraph');
      if (isTitle && !meta.title) meta.title = text;
      blocks.push({ kind: isTitle ? 'title' : 'heading', text });
      continue;
    }
    // Link reference definitions ("[1]: https://…") are markup, not text.
    if (/^\[[^\]]{1,100}\]:\s*\S/.test(line)) continue;
    // Table rows: one block per row, cells joined; the |---|---| rule row is dropped.
    if (line.length > 2 && line.startsWith('|') && line.endsWith('|')) {
      flush();
      const cells = line.slice(1, -1).split('|').map((c) => inline(c)).filter(Boolean);
      if (cells.length && !cells.every((c) => /^:?-+:?$/.test(c))) blocks.push({ kind: 'paragraph', text: cells.join('; ') });
      continue;
    }
    const heading = /^(#{1,6})\s+(\S.*)$/.exec(line);
    if (heading) {
      flush();
      const text = inline(withoutClosingHashes(heading[2]!));
      const isTitle = heading[1]!.length === 1 && !blocks.some((b) => b.kind === 'title' || b.kind === 'paragraph');
      if (isTitle) {
        if (!meta.title) meta.title = text;
        blocks.push({ kind: 'title', text });
      } else {
        blocks.push({ kind: 'heading', text });
      }
      continue;
    }
    const image = /^!\[([^\]]{0,500})\]\(([^)\s]{0,2000})(?:\s+"([^"]{0,500})")?\)$/.exec(line);
    if (image) {
      flush();
      // Reader exports number the alt texts: "Image 3: Crowds at the station".
      const caption = (image[3] || image[1] || '').trim().replace(/^Image \d{1,3}:\s*/, '');
      if (caption) blocks.push({ kind: 'caption', text: inline(caption) });
      continue;
    }
    if (/^([-*_])(\s*\1){2,}$/.test(line)) {
      flush(); // horizontal rule
      continue;
    }
    const item = /^(?:[-*+]|\d{1,3}[.)])\s+(\S.*)$/.exec(line);
    if (item) {
      flush();
      const text = inline(item[1]!);
      const href = mainLink(item[1]!, text);
      const block: Block = href ? { kind: 'list-item', text, href } : { kind: 'list-item', text };
      if (href && /^\[[^\]]{1,500}\]\([^)\s]{1,2000}(?:\s+"[^"]{0,500}")?\)$/.test(item[1]!.trim())) block.linkDensity = 1;
      blocks.push(block);
      continue;
    }
    const quote = /^>\s?(.*)$/.exec(line);
    if (quote) {
      flush();
      if (quote[1]!.trim()) blocks.push({ kind: 'paragraph', text: inline(quote[1]!) });
      continue;
    }
    para.push(line);
  }
  flush();
  markLinkMenus(blocks);
  if (meta.title && !blocks.some((b) => b.kind === 'title')) blocks.unshift({ kind: 'title', text: meta.title });
  if (standfirst && !meta.subtitle) {
    meta.subtitle = (standfirst as Block).text;
    blocks.splice(blocks.indexOf(standfirst), 1);
  }
  return { meta, blocks };
}

const READER_FIELDS: Record<string, string> = {
  Title: 'title',
  'URL Source': 'url',
  'Published Time': 'published',
  Description: 'description',
  Author: 'author',
  Byline: 'byline',
  Language: 'language',
};

/** Longest label a menu entry has ("Home", "Business", "Facebook"); a list of headlines is longer. */
const MENU_LABEL = 40;

/**
 * Menus and share bars flattened into Markdown: two or more list items in a row, each only a short link.
 * Under a "Related stories" header such a list is the related list, which the cleaner reads (and keeps as
 * `related`); anywhere else it is navigation. Items with words around their link are the story's own list.
 */
function markLinkMenus(blocks: Block[]): void {
  const menuItem = (b: Block) => b.kind === 'list-item' && b.href !== undefined && b.text.length <= MENU_LABEL && b.linkDensity === 1;
  for (let i = 0; i < blocks.length; ) {
    if (!menuItem(blocks[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < blocks.length && menuItem(blocks[j]!)) j++;
    const header = i > 0 ? blocks[i - 1]!.text : '';
    if (j - i >= 2 && !RELATED_HEADER.test(header)) for (let k = i; k < j; k++) blocks[k]!.drop = { reason: 'navigation' };
    i = j;
  }
}

/** The target of the one link that makes up most of a block ("Related: [Headline](url)"), or null. */
function mainLink(raw: string, text: string): string | null {
  const links = [...raw.slice(0, 5000).matchAll(/(?<!!)\[([^\]]{1,500})\]\(([^)\s]{1,2000})(?:\s+"[^"]{0,500}")?\)/g)];
  if (links.length !== 1) return null;
  const [, label, url] = links[0]!;
  return inline(label!).length >= text.length * 0.5 && /^(https?:\/\/|\/)/.test(url!) ? url! : null;
}

/** Inline Markdown → plain text: links and images to their text, emphasis and code marks dropped. */
export function inline(s: string): string {
  return collapseSpaces(
    s
      .slice(0, MAX_BLOCK_CHARS)
      .replace(/!\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
      .replace(/\[([^\]]{1,500})\]\([^)]{0,2000}\)/g, '$1')
      .replace(/\[([^\]]{1,500})\]\[[^\]]{0,100}\]/g, '$1')
      .replace(/(\*\*|__)([^*_]{1,2000})\1/g, '$2')
      .replace(/(^|[\s(])[*_]([^*_\s][^*_]{0,2000})[*_](?=[\s).,;:!?]|$)/g, '$1$2')
      .replace(/`([^`]{1,2000})`/g, '$1')
      .replace(/<\/?[a-z][^<>]{0,500}>/gi, ' ')
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1'),
  );
}

function readFrontMatter(lines: string[], meta: PageMeta): void {
  let listKey: string | null = null; // a YAML key whose values follow as "- item" lines
  for (const l of lines) {
    const item = /^\s*-\s+(\S.*)$/.exec(l);
    if (item && listKey) {
      setField(meta, listKey, item[1]!.trim().replace(/^["']|["']$/g, ''));
      continue;
    }
    const m = /^([A-Z_][\w-]{0,40})\s*[:=]\s*(\S.*)?$/i.exec(l.trim());
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = (m[2] ?? '').trim().replace(/^["']|["']$/g, '');
    listKey = value ? null : key;
    if (value) setField(meta, key, value);
  }
}

function setField(meta: PageMeta, key: string, value: string): void {
  if (key === 'title' || key === 'headline') meta.title = value;
  else if (key === 'author' || key === 'authors' || key === 'byline') {
    for (const name of splitPeople(value.replace(/^\[|\]$/g, '').replace(/["']/g, ''))) if (!meta.authors.includes(name)) meta.authors.push(name);
  } else if (key === 'date' || key === 'published' || key === 'publishdate' || key === 'pubdate' || key === 'published_at') {
    meta.publishedAt = isoDate(value);
    meta.publishedAtSource = 'front-matter';
  }
  else if (key === 'publisher' || key === 'source' || key === 'site' || key === 'site_name') meta.publisher = value;
  else if (key === 'url' || key === 'canonical' || key === 'canonical_url' || key === 'link') meta.url = value;
  else if (key === 'description' || key === 'subtitle' || key === 'summary' || key === 'dek') meta.subtitle = value;
  else if (key === 'lang' || key === 'language' || key === 'locale') meta.language = languageCode(value);
}

/** "Title ##" -> "Title": an ATX heading's optional closing hashes and the spaces around them, by a scan. */
function withoutClosingHashes(s: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === '#') end--;
  // Hashes glued to a word ("C#") are part of it; closing hashes follow a space or fill the heading.
  if (end < s.length && end > 0 && !/\s/.test(s[end - 1]!)) end = s.length;
  return s.slice(0, end).trimEnd();
}
