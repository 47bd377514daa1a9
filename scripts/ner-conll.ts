/** CoNLL-2003 reading helpers shared by scripts/train-ner.ts and scripts/eval-ner.ts. */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ConllDoc {
  sentences: { tokens: string[]; tags: string[] }[];
}

/** Read a CoNLL file (TOKEN … NER per line) into documents; IOB1 tags are converted to BIO. */
export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [] };
  let toks: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (toks.length) doc.sentences.push({ tokens: toks, tags: toBio(tags) });
    toks = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    const parts = line.trim().split(/\s+/);
    if (parts.length < 2 || parts[0] === '') {
      flush();
      continue;
    }
    toks.push(parts[0]!);
    tags.push(parts[parts.length - 1]!);
  }
  flush();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

/** IOB1 → BIO: an I-X that does not continue an X span starts one. */
export function toBio(tags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t.startsWith('I-')) {
      const prev = out[i - 1] ?? 'O';
      out.push(prev.slice(2) === t.slice(2) ? t : `B-${t.slice(2)}`);
    } else out.push(t);
  }
  return out;
}

/** Spans [type, start, end) from BIO tags. */
export function spans(tags: string[]): [string, number, number][] {
  const out: [string, number, number][] = [];
  let cur: [string, number, number] | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = tags[i] ?? 'O';
    if (cur && !(t.startsWith('I-') && t.slice(2) === cur[0])) {
      cur[2] = i;
      out.push(cur);
      cur = null;
    }
    if (t.startsWith('B-') || (t.startsWith('I-') && !cur)) cur = [t.slice(2), i, i];
  }
  return out;
}

/** Join CoNLL tokens back into ordinary prose ("Germany 's" → "Germany's", "( AP )" → "(AP)"). */
export function detokenize(tokens: string[]): string {
  let out = '';
  let quoteOpen = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let glueLeft = false;
    if (/^[.,;:!?%)\]}]$/.test(t) || /^'([sdm]|re|ve|ll)$/i.test(t) || t === "n't" || t === "'") glueLeft = true;
    if (t === '"') {
      glueLeft = quoteOpen;
      quoteOpen = !quoteOpen;
    }
    const prev = tokens[i - 1];
    const prevOpens = prev === '(' || prev === '[' || prev === '$' || (prev === '"' && quoteOpen && t !== '"');
    if (i > 0 && !glueLeft && !prevOpens) out += ' ';
    out += t;
  }
  return out;
}

/**
 * The validation split, held out of the CoNLL train file by document: documents 0, 5, 10, … (file
 * order, `index % HOLDOUT_EVERY === 0`) are validation, the rest are fitted on. Features, rules and
 * thresholds are tuned on validation; dev is looked at once per change, as the unseen check.
 */
export const HOLDOUT_EVERY = 5;

export function splitTrain(docs: ConllDoc[]): { fit: ConllDoc[]; val: ConllDoc[] } {
  return {
    fit: docs.filter((_, i) => i % HOLDOUT_EVERY !== 0),
    val: docs.filter((_, i) => i % HOLDOUT_EVERY === 0),
  };
}

/** Where `train:ner -- --holdout` writes the model trained without the validation documents. */
export function holdoutModelPath(): string {
  return join(tmpdir(), 'news-ingest-ner-holdout.bin');
}

/**
 * The annotated data lives outside the project (e.g. ../shared/data/conll2003, which is never
 * copied in): say which file is missing and exit instead of failing deep inside a reader.
 */
export function requireFile(path: string, what: string): void {
  if (existsSync(path)) return;
  console.error(`${what} not found at ${path}. These scripts read CoNLL-format data from outside the project (e.g. --data ../shared/data/conll2003); npm test never needs it.`);
  process.exit(2);
}

/** Where the held-out model's word clusters go (learnt without the validation documents' text). */
export function holdoutClustersPath(): string {
  return join(tmpdir(), 'news-ingest-ner-holdout-clusters.txt');
}
