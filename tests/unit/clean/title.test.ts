/** Site names off page titles, both ways round, and headlines left alone. */
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '#core/clean/title.ts';
import { cleanTitle as fromBlocks } from '#core/clean/blocks.ts';

describe('cleanTitle', () => {
  it('strips a site name after the headline', () => {
    expect(cleanTitle('Harbour bridge to close for repairs - The Valley Courier', null)).toBe('Harbour bridge to close for repairs');
    expect(cleanTitle('Markets slide as oil jumps | Reuters', null)).toBe('Markets slide as oil jumps');
    expect(cleanTitle('Freibad öffnet früher als geplant | Stadtanzeiger Lindental', null)).toBe('Freibad öffnet früher als geplant');
    expect(cleanTitle('Council approves budget – examplenews.com', null)).toBe('Council approves budget');
  });

  it('strips a site name before the headline when the publisher or the text says so', () => {
    expect(cleanTitle('Valley Courier: Harbour bridge to close for repairs', 'Valley Courier')).toBe('Harbour bridge to close for repairs');
    expect(cleanTitle('Town Crier | Library extends its winter opening hours', null)).toBe('Library extends its winter opening hours');
    expect(cleanTitle('Lindental Live - Freibad öffnet früher als geplant', null, { lines: ['Freibad öffnet früher als geplant', 'Text.'] })).toBe('Freibad öffnet früher als geplant');
  });

  it('keeps the headline when the site name is a line of the text too (its header)', () => {
    expect(cleanTitle('Frost warning | Garden Notes Blog', null, { lines: ['Garden Notes Blog', 'Frost warning', 'Cover the roses tonight.'] })).toBe('Frost warning');
    expect(cleanTitle('Rain at last. | The Allotment Diary', null, { lines: ['The Allotment Diary', 'Rain at last.', 'It rained.'] })).toBe('Rain at last.');
  });

  it('leaves a headline whose own colon or dash is part of it', () => {
    expect(cleanTitle('Rovers 3-1 Athletic: Okonkwo double sends Rovers top', null)).toBe('Rovers 3-1 Athletic: Okonkwo double sends Rovers top');
    expect(cleanTitle('Ukraine: talks resume in Geneva', null)).toBe('Ukraine: talks resume in Geneva');
    expect(cleanTitle('A short one', null)).toBe('A short one');
    expect(cleanTitle(null, null)).toBeNull();
  });

  it('is still callable from blocks.ts with the old signature', () => {
    expect(fromBlocks('Markets slide as oil jumps | Reuters', null)).toBe('Markets slide as oil jumps');
  });
});
