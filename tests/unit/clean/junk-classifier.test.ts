/** The learned junk-line classifier on scraped text: the shipped model, its wiring, its safeguards. */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanObject } from '#core/clean/index.ts';
import { copiesTogether } from '#core/clean/junk-classifier.ts';
import { JunkModelDataError, decodeJunkModel, encodeJunkModel, junkModel, scoreLines, useJunkModel } from '#core/clean/junk-model.ts';
import { DEFAULT_LIMITS, type CleanArticle } from '#core/types.ts';

const clean = (text: string): CleanArticle => {
  const bytes = Buffer.from(text, 'utf8');
  const r = cleanObject(bytes, { bucket: 'b', key: 'incoming/a.txt', etag: null, size: bytes.length }, DEFAULT_LIMITS);
  expect(r.rejections).toEqual([]);
  return r.articles[0]!;
};
const body = (a: CleanArticle) => a.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs]);

const STORY = [
  'Library extends opening hours over the winter',
  'Home',
  'Local',
  'What’s on',
  'Library extends opening hours over the winter',
  'The central library will stay open until nine in the evening on weekdays from November, the town council said on Thursday, after a survey of readers asked for later closing times.',
  'The change will be paid for from the council’s culture budget and will not need new staff, a spokesperson said, because volunteers have offered to run the evening desk.',
  'Readers who took part in the survey said they wanted somewhere warm and quiet to study after work, and several asked for the reading room to stay open at weekends as well.',
  'Send us your news: newsroom@towncrier.example or @TownCrierNews',
  'Most read',
  'Man fined after dog attack in park…',
  'New bakery opens on the high street…',
];

afterEach(() => useJunkModel(null));

describe('the shipped junk-line model', () => {
  it('loads, and scores a chrome line high and a story sentence low', () => {
    const model = junkModel();
    expect(model.lines.length).toBeGreaterThan(1000);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    const scores = scoreLines(STORY, STORY[0]!);
    expect(scores[9]).toBeGreaterThan(0.9); // "Most read"
    expect(scores[5]).toBeLessThan(0.2);
    expect(scores[6]).toBeLessThan(0.2);
  });

  it('round-trips through its file format and refuses a file that is not one', () => {
    const model = junkModel();
    const again = decodeJunkModel(encodeJunkModel(model));
    expect(again.threshold).toBe(model.threshold);
    expect(Math.abs(again.lines[7]! - model.lines[7]!)).toBeLessThan(1e-3);
    expect(() => decodeJunkModel({ format: 'nope' } as never)).toThrow(JunkModelDataError);
  });
});

describe('the classifier in the text path', () => {
  it('removes the lines no rule knows with reason classifier and its score, and keeps the story', () => {
    const a = clean(STORY.join('\n'));
    const text = body(a);
    for (const k of [5, 6, 7]) expect(text).toContain(STORY[k]);
    for (const junk of ['Most read', 'Send us your news: newsroom@towncrier.example or @TownCrierNews', 'Man fined after dog attack in park…']) expect(text).not.toContain(junk);
    const byClassifier = a.removed.filter((r) => r.reason === 'classifier');
    expect(byClassifier.length).toBeGreaterThan(0);
    for (const r of byClassifier) {
      expect(r.score).toBeGreaterThanOrEqual(junkModel().threshold);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    // Rules keep their own reasons; only classifier removals carry a score.
    expect(a.removed.find((r) => r.text === 'Home')?.reason).toBe('navigation');
    expect(a.removed.filter((r) => r.reason !== 'classifier').every((r) => r.score === undefined)).toBe(true);
  });

  it('takes a tag list after the story and a run of cut teasers as runs, with their own reasons', () => {
    const a = clean([...STORY.slice(0, 8), 'winter', 'opening hours', 'libraries', 'council budget'].join('\n'));
    for (const tag of ['winter', 'opening hours', 'libraries']) expect(a.removed.find((r) => r.text === tag)?.reason).toBe('boilerplate');
    const b = clean(STORY.join('\n'));
    expect(b.removed.find((r) => r.text === 'New bakery opens on the high street…')?.reason).toBe('related-block');
  });

  it('keeps a one-line quote, dialogue, a list inside the story and a subheading', () => {
    const text = [
      'Ferry crew end their strike',
      'The ferry crews voted on Monday to accept the new pay offer, ending a strike that had kept the island cut off from the mainland for eleven days.',
      '“We got what we asked for,” said the union’s branch secretary.',
      '“And the timetable?” a passenger asked at the quay.',
      '“Back to normal by Friday.”',
      'What happens next',
      'The operator said the first sailings would leave at six in the morning, and listed what passengers should know before they travel this week:',
      '- tickets bought for cancelled sailings stay valid',
      '- the car deck will be booked out on Wednesday',
      'The island’s council said it would review how the strike had affected deliveries of food and medicine, and report back to residents next month.',
    ];
    const kept = body(clean(text.join('\n')));
    for (const line of text.slice(1)) expect(kept.some((k) => k === line || k.endsWith(line.slice(2)))).toBe(true);
  });

  it('never empties an article, even when the model calls every line junk', () => {
    const model = junkModel();
    const all = new Float32Array(model.lines.length).fill(5);
    useJunkModel({ ...model, lines: all, context: new Float32Array(model.context.length).fill(5), threshold: 0.5, strongThreshold: 0.6 });
    const a = clean(STORY.join('\n'));
    const kept = body(a).join(' ');
    expect(kept.length).toBeGreaterThan(300);
    expect(a.removed.some((r) => r.reason === 'classifier')).toBe(true);
  });
});

describe('a line printed several times', () => {
  it('is one decision: a doubted copy of a line whose copies score junk on average goes with them', () => {
    const lines = ['Share this story', 'A paragraph of the story.', 'Share this story', 'Another paragraph.', 'Share this story', 'Quoted twice', 'Quoted twice'];
    const scores = Float64Array.from([0.99, 0.1, 0.7, 0.2, 0.98, 0.9, 0.3]);
    copiesTogether(lines, scores, 0.85);
    expect(scores[2]).toBeGreaterThanOrEqual(0.85);
    expect(scores[0]).toBe(0.99);
    // Copies whose mean stays under the threshold keep their own scores.
    expect([scores[5], scores[6]]).toEqual([0.9, 0.3]);
    expect(scores[1]).toBe(0.1);
  });
});

describe('lines opening alike', () => {
  it('are one decision when three or more open with the same ten characters and score junk on average', () => {
    const lines = ['Press officer of the harbour board, Ann Lee', 'Press officer of the ferry union, Tom Hale', 'Press officer of the town council, Sam Ray', 'The ferry will run eight sailings a day from December.'];
    const scores = Float64Array.from([0.99, 0.98, 0.8, 0.1]);
    copiesTogether(lines, scores, 0.85);
    expect(scores[2]).toBeGreaterThanOrEqual(0.85);
    expect(scores[3]).toBe(0.1);
  });
  it('are left alone when only two open alike, or when their mean stays under the threshold', () => {
    const two = ['Press officer of the harbour board, Ann Lee', 'Press officer of the ferry union, Tom Hale'];
    const s2 = Float64Array.from([0.99, 0.8]);
    copiesTogether(two, s2, 0.85);
    expect(s2[1]).toBe(0.8);
    const steps = ['Step one: grease the tin with butter.', 'Step one: heat the oven to 180 degrees.', 'Step one: mix the flour and the cocoa.'];
    const s3 = Float64Array.from([0.9, 0.3, 0.4]);
    copiesTogether(steps, s3, 0.85);
    expect([...s3]).toEqual([0.9, 0.3, 0.4]);
  });
});

describe('a heading-like line printed under every picture', () => {
  const steps = [
    'Grease the base of the tin with a little butter so that the cake comes out cleanly once it has been baked and cooled on the rack.',
    'Heat the oven to 180 degrees before you start on the batter, so that it is hot by the time the batter is ready to go in the tin.',
    'Mix the flour with the baking powder and the cocoa in a large bowl, then add the sugar and stir everything together with a spoon.',
    'Beat the butter and the eggs into the dry mix for two minutes until the batter is smooth, then pour it into the tin and level it.',
  ];
  it('is no subheading: its copies the model calls junk go, though each sits between two paragraphs', () => {
    const a = clean(['Chocolate mole cake', ...steps.flatMap((p) => [p, 'Show picture Close picture'])].join('\n'));
    expect(a.removed.filter((r) => r.text === 'Show picture Close picture' && r.reason === 'classifier').length).toBeGreaterThanOrEqual(3);
    for (const p of steps) expect(body(a)).toContain(p);
  });
  it('while a subheading printed once between two paragraphs stays', () => {
    const a = clean(['Chocolate mole cake', steps[0], steps[1], 'What the oven does', steps[2], steps[3]].join('\n'));
    expect(body(a)).toContain('What the oven does');
  });
});

describe('fixtures written for the classifier', () => {
  it('are plain UTF-8 text of the scraped kind', () => {
    expect(readFileSync('tests/fixtures/text/scraped-courier-bridge.txt', 'utf8').split('\n').length).toBeGreaterThan(30);
  });
});
