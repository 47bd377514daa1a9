import { describe, expect, it } from 'vitest';
import { summarize } from '#core/extract/summary.ts';
import { splitSentences } from '#core/text/sentences.ts';

describe('splitSentences', () => {
  it('keeps titles, month and number abbreviations inside the sentence', () => {
    expect(splitSentences('Mr. Smith met Dr. Jones on Jan. 5 at No. 10 Downing St. in London. They talked.')).toEqual([
      'Mr. Smith met Dr. Jones on Jan. 5 at No. 10 Downing St. in London.',
      'They talked.',
    ]);
  });
  it('does not split decimals or initials', () => {
    expect(splitSentences('Growth was 4.5 percent. J. K. Rowling agreed.')).toEqual(['Growth was 4.5 percent.', 'J. K. Rowling agreed.']);
  });
  it('keeps "U.S." mid-sentence but splits before a clear sentence starter', () => {
    expect(splitSentences('The U.S. Army left. It went to the U.S. The war ended.')).toEqual([
      'The U.S. Army left.',
      'It went to the U.S.',
      'The war ended.',
    ]);
  });
  it('ends after a closing quote and keeps "e.g." inside', () => {
    expect(splitSentences('He said “we will go.” Then he left, e.g. Monday. “Fine,” she said.')).toEqual([
      'He said “we will go.”',
      'Then he left, e.g. Monday.',
      '“Fine,” she said.',
    ]);
  });
  it('handles ellipses, ? and !, and CJK terminators', () => {
    expect(splitSentences('Wait... what? Yes! Then… nothing.')).toEqual(['Wait... what?', 'Yes!', 'Then… nothing.']);
    expect(splitSentences('他来了。她走了！')).toEqual(['他来了。', '她走了！']);
  });
  it('is linear on a long run of periods and never throws', () => {
    expect(splitSentences('.'.repeat(200_000) + ' A').length).toBeGreaterThan(0);
    expect(splitSentences('')).toEqual([]);
  });
});

describe('summarize', () => {
  it('takes the first sentences of the first real paragraph, skipping a dateline', () => {
    const s = summarize(['KABUL, Afghanistan (AP) —', 'Taliban fighters entered the capital on Sunday. The president fled. Crowds gathered at the airport. Flights stopped.']);
    expect(s).toBe('Taliban fighters entered the capital on Sunday. The president fled. Crowds gathered at the airport.');
  });
  it('strips a dateline prefix and skips a very short kicker', () => {
    const s = summarize(['Updated', 'LONDON (Reuters) - The Bank of England raised rates to 5.25 percent on Thursday, its fourteenth rise in a row.']);
    expect(s).toBe('The Bank of England raised rates to 5.25 percent on Thursday, its fourteenth rise in a row.');
  });
  it('strips agency and mixed-case datelines in several styles', () => {
    expect(summarize(['MADRID, 16 ago (EFE).- El Gobierno aprobó este martes el nuevo plan de vivienda para jóvenes.'])).toBe('El Gobierno aprobó este martes el nuevo plan de vivienda para jóvenes.');
    expect(summarize(['Berlin (dpa) - Die Bundesregierung hat am Mittwoch den Haushalt für 2024 beschlossen.'])).toBe('Die Bundesregierung hat am Mittwoch den Haushalt für 2024 beschlossen.');
    expect(summarize(['Kyiv, Ukraine – Russian forces launched a wave of drone attacks overnight, officials said.'])).toBe('Russian forces launched a wave of drone attacks overnight, officials said.');
  });
  it('strips colon datelines (Indian style), but not a lower-case label', () => {
    expect(summarize(['NEW DELHI: The Union Cabinet on Wednesday approved a Rs 12,000 crore extension of the Pune metro.'])).toBe('The Union Cabinet on Wednesday approved a Rs 12,000 crore extension of the Pune metro.');
    expect(summarize(['New Delhi, Jan 15 (PTI): The Supreme Court on Wednesday stayed the order of the high court.'])).toBe('The Supreme Court on Wednesday stayed the order of the high court.');
    expect(summarize(['Lucknow, Jan. 15: Police arrested three men after the clash in the old city on Tuesday.'])).toBe('Police arrested three men after the clash in the old city on Tuesday.');
    expect(summarize(['Note: the figures below were revised on Monday after the ministry corrected its data.'])).toBe('Note: the figures below were revised on Monday after the ministry corrected its data.');
  });
  it('skips notes to the reader and strips a broadcaster credit', () => {
    expect(summarize(['Editor’s note: This story has been updated to correct the spelling of a name.', 'The city council approved a new budget on Tuesday, raising property taxes by 3 percent.'])).toBe(
      'The city council approved a new budget on Tuesday, raising property taxes by 3 percent.',
    );
    expect(summarize(['(CNN) — A powerful storm is expected to bring heavy snow to the Northeast this weekend.'])).toBe('A powerful storm is expected to bring heavy snow to the Northeast this weekend.');
  });
  it('skips bylines and timestamps', () => {
    expect(summarize(['By JANE DOE, Associated Press', 'Updated 5:32 PM EST, Tue March 5, 2024', 'WASHINGTON (AP) — The Senate voted 60-40 on Tuesday to advance the bill. Democrats cheered.'])).toBe(
      'The Senate voted 60-40 on Tuesday to advance the bill. Democrats cheered.',
    );
  });
  it('adds the next paragraph when the lede is one short sentence', () => {
    const s = summarize(['Prices rose again in March across the euro area.', 'Energy costs led the increase. Food followed.', 'Third paragraph.']);
    expect(s).toBe('Prices rose again in March across the euro area. Energy costs led the increase. Food followed.');
  });
  it('does not run into a quotation paragraph', () => {
    expect(summarize(['The central bank held rates on Wednesday.', '“We are patient,” the governor said.'])).toBe('The central bank held rates on Wednesday.');
  });
  it('stays within 500 characters with whole sentences', () => {
    const sentence = 'This sentence is about eighty characters long and it keeps going for a while ok. ';
    const s = summarize([sentence.repeat(10)]);
    expect(s.length).toBeLessThanOrEqual(500);
    expect(s.endsWith('ok.')).toBe(true);
  });
  it('cuts one overlong first sentence at a word boundary with an ellipsis', () => {
    const s = summarize(['word '.repeat(200) + 'end.']);
    expect(s.length).toBeLessThanOrEqual(500);
    expect(s.endsWith('word…')).toBe(true);
  });
  it('returns an empty string when there is nothing', () => {
    expect(summarize([])).toBe('');
  });
});
