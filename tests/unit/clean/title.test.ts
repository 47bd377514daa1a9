/** Site names off page titles, both ways round, and headlines left alone. */
import { describe, expect, it } from 'vitest';
import { cleanTitle, headlineLine } from '#core/clean/title.ts';
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

describe("cleanTitle: the page's own headline and the publisher", () => {
  it('keeps a title the text prints whole as a line (its <h1>), kicker and all', () => {
    const lines = ['Menu', 'Update | Storm closes coastal road', 'The road was closed on Friday.'];
    expect(cleanTitle('Update | Storm closes coastal road', null, { lines })).toBe('Update | Storm closes coastal road');
    expect(cleanTitle('Update | Storm closes coastal road', null)).toBe('Storm closes coastal road');
    // The publisher is still cut from a printed title.
    expect(cleanTitle('Storm closes coastal road | Harbour Gazette', 'Harbour Gazette', { lines: ['Storm closes coastal road | Harbour Gazette'] })).toBe('Storm closes coastal road');
  });

  it('matches the publisher on whole words only', () => {
    // A publisher read as "St" is not inside "Arrest".
    expect(cleanTitle('Agents Arrest Island Premier - Governor Calls For Calm', 'St')).toBe('Agents Arrest Island Premier - Governor Calls For Calm');
    expect(cleanTitle('Agents arrest island premier - St Lucia Times', 'Lucia Times')).toBe('Agents arrest island premier');
  });
});

describe('headlineLine: a headline worded apart from the <title>', () => {
  const story = 'The operator of the island ferry will run eight sailings a day instead of twelve from the first week of December, it told passengers in a letter on Monday, blaming fuel and crew.';
  it('takes the headline-shaped line over the story, past a byline and a date, when it shares a word with the title', () => {
    const lines = ['Ferry operator cuts winter timetable | Harbour Gazette', 'Travel', 'Island ferry loses a third of its winter sailings', 'By Owen Pritchard', 'Tuesday, 3 November 2026', story];
    expect(headlineLine(lines, 0)).toBe(2);
  });

  it('takes nothing that shares no word with the title, a caption, or a byline', () => {
    const other = ['Ferry operator cuts winter timetable | Harbour Gazette', 'Lighthouse cottage sold at auction for a record sum', story];
    expect(headlineLine(other, 0)).toBe(-1);
    const caption = ['Ferry operator cuts winter timetable | Harbour Gazette', 'The winter ferry at the pier. Photo: Owen Pritchard', story];
    expect(headlineLine(caption, 0)).toBe(-1);
    const byline = ['Ferry operator cuts winter timetable | Harbour Gazette', 'By Owen Pritchard For The Harbour Gazette Ferry Desk', story];
    expect(headlineLine(byline, 0)).toBe(-1);
  });

  it('leaves a standfirst under a line that is part of the title', () => {
    const lines = ['Kilbrannan road closed - Storm damage - Harbour Gazette', 'Kilbrannan road closed', 'Waves threw rocks across the Kilbrannan lanes overnight', story];
    expect(headlineLine(lines, 0)).toBe(-1);
  });
});

describe('headlineLine: a headline worded apart, over its meta line', () => {
  const story = 'The council voted on Tuesday night to keep the old pier open for another winter, after engineers said the repairs could wait until the spring tides had passed.';
  const title = 'Pier repairs, council: pressure for a quick decision';
  const gap = ['Share', 'Print', 'Photo gallery', 'Comments', 'Listen', 'Weather', 'Traffic', 'Events', 'Jobs'];
  it('takes the headline-shaped line a date, a time ago, a reading time or a byline stands under', () => {
    for (const meta of ['Jane Example3.11.2023', 'Reading time: 2 min', '5 hours ago in Local', 'By Jane Example'])
      expect(headlineLine([title, 'Menu', 'Pier repairs: no end to the debate', meta, ...gap, story], 0)).toBe(2);
    // A short headline of two sentences may end in a full stop.
    expect(headlineLine([title, 'Menu', 'I read the pier repairs report. Here is what it says.', '19 June 2018 | Local', ...gap, story], 0)).toBe(2);
  });
  it('takes no line without a meta line by it, nor one sharing no word with the title', () => {
    expect(headlineLine([title, 'Menu', 'Pier repairs: no end to the debate', 'Local news', ...gap, story], 0)).toBe(-1);
    expect(headlineLine([title, 'Menu', 'Harbour festival draws record crowds', '3.11.2023', ...gap, story], 0)).toBe(-1);
  });
  it('keeps a title line that has its own meta line under it, and never takes a related-story line or a standfirst', () => {
    expect(headlineLine([title, 'By Jane Example', 'Pier repairs: no end to the debate', '3.11.2023', ...gap, story], 0)).toBe(-1);
    expect(headlineLine([title, 'Menu', 'Read also: Pier repairs split the harbour board', 'By Jane Example', ...gap, story], 0)).toBe(-1);
    const standfirst = 'The pier repairs can wait until spring, engineers told the council in a report on Tuesday.';
    expect(headlineLine([title, 'Menu', standfirst, 'By Jane Example', ...gap, story], 0)).toBe(-1);
  });
});

describe('a site name matched to the host it is known by', () => {
  it('cuts "| Town Crier" when the publisher is towncrier.example, and keeps a part that only shares letters', () => {
    expect(cleanTitle('Pool stays open | Town Crier', 'towncrier.example')).toBe('Pool stays open');
    expect(cleanTitle('Pool stays open | Town Crier', null)).toBe('Pool stays open | Town Crier');
    expect(cleanTitle('Pool stays open | Town Criers', 'towncrier.example')).toBe('Pool stays open | Town Criers');
  });
});

describe('cleanTitle and headlineLine: site names printed alone, domains, breadcrumb trails, kickers', () => {
  const story = 'The operator of the island ferry will run eight sailings a day instead of twelve from the first week of December, it told passengers in a letter on Monday, blaming fuel and crew.';
  it('takes the part printed lower down when both parts of the title are lines of the text (the site name heads the page)', () => {
    const lines = ['Garden Notes Wiki', 'Menu', 'Frost Spell', story];
    expect(cleanTitle('Frost Spell - Garden Notes Wiki', null, { lines })).toBe('Frost Spell');
    // Printed the other way round, the upper part is the name: nothing is cut on that ground.
    expect(cleanTitle('Frost Spell - Garden Notes Wiki', null, { lines: ['Frost Spell', 'Garden Notes Wiki', story] })).toBe('Frost Spell - Garden Notes Wiki');
  });

  it('cuts a domain before a two-word headline, but not a short one', () => {
    expect(cleanTitle('harbourgazette.example - Das Leuchtturm-Phantom', null)).toBe('Das Leuchtturm-Phantom');
    expect(cleanTitle('harbourgazette.example - Ferry news', null)).toBe('harbourgazette.example - Ferry news');
  });

  it('takes no breadcrumb trail for the headline, spaced slashes or a home link first', () => {
    const trail = ['Ferry operator cuts winter timetable | Harbour Gazette', 'Startseite/Island ferry loses a third of its winter sailings', 'Island ferry loses a third of its winter sailings', story];
    expect(headlineLine(trail, 0)).toBe(2);
    const title = 'Ferry operator cuts winter timetable - harbourgazette.example';
    const slashes = [title, 'home / Travel / Ferry operator cuts winter timetable now', story];
    expect(headlineLine(slashes, 0)).toBe(-1);
    // A headline with a slash of its own is still one.
    const own = ['Rail and ferry / bus strike called off | Harbour Gazette', 'Rail and ferry / bus strike is called off', story];
    expect(headlineLine(own, 0)).toBe(1);
  });

  it('takes no line that opens in lower case for the headline when the title does not', () => {
    const lines = ['Honey Cake Muffins Recipe | Example Kitchen Club', 'Honey Cake Muffins', 'for the recipe Honey Cake Muffins', story];
    expect(headlineLine(lines, 0)).toBe(-1);
    expect(headlineLine(['Honey Cake Muffins Recipe | Example Kitchen Club', 'For the recipe Honey Cake Muffins', story], 0)).toBe(1);
  });

  it('leaves the title to cleanTitle when a line is its headline part after a kicker, unless a colon joins them', () => {
    const title = 'Retention of title: what buyers should know - tradejournal.example';
    expect(headlineLine([title, 'Avoiding bad debts Retention of title: what buyers should know', story], 0)).toBe(-1);
    const colon = 'The ten most common mistakes new gardeners make | Example Garden';
    expect(headlineLine([colon, 'Buggy borders: The ten most common mistakes new gardeners make', story], 0)).toBe(1);
  });

  it('keeps the title when a line is the whole title with a kicker run in before it or a standfirst run on after it', () => {
    const title = 'Harbour board in trouble - accounts and adviser contract';
    expect(headlineLine([title, 'Port finances Harbour board in trouble – accounts and adviser contract', story], 0)).toBe(-1);
    expect(headlineLine([title, 'Harbour board in trouble – accounts and adviser contract Why the port may need a loan before spring', story], 0)).toBe(-1);
    // A line worded apart, sharing most words, is still the page's headline.
    expect(headlineLine([title, 'Harbour board in trouble over accounts and adviser contract', story], 0)).toBe(1);
    // The kicker's line shows the dash is the headline's own: no part is cut as a site's name.
    expect(cleanTitle(title, null, { lines: ['Menu', 'Port finances Harbour board in trouble – accounts and adviser contract', story] })).toBe(title);
    expect(cleanTitle('Harbour board in trouble over its accounts - Harbour Times', null, { lines: ['Menu', 'Port finances Harbour board in trouble', story] })).toBe('Harbour board in trouble over its accounts');
  });
});

describe('cleanTitle: the headline part printed alone, far down or above a footer copy of the title', () => {
  const story = 'The operator of the island ferry will run eight sailings a day instead of twelve from the first week of December, it told passengers in a letter on Monday, blaming fuel and crew.';
  const title = 'Island ferry cuts its winter sailings by a third - portnotes';
  it('takes the part when the whole title is printed again only below it (a footer or share box)', () => {
    const lines = ['Menu', 'Island ferry cuts its winter sailings by a third', story, 'Imprint', title, 'Subscribe'];
    expect(cleanTitle(title, null, { lines })).toBe('Island ferry cuts its winter sailings by a third');
  });
  it('keeps the whole title when the page prints it whole above the part', () => {
    const lines = ['Menu', title, story, 'Island ferry cuts its winter sailings by a third'];
    expect(cleanTitle(title, null, { lines })).toBe(title);
  });
  it('finds the headline part under a menu of more than 400 lines, but not a site-like part that far down', () => {
    const menu = Array.from({ length: 450 }, (_, i) => `Section ${i + 1}`);
    const lines = [...menu, 'Island ferry cuts its winter sailings by a third', story];
    expect(cleanTitle(title, null, { lines })).toBe('Island ferry cuts its winter sailings by a third');
    // "Harbour Notes | Ferry cuts …": the site's name printed alone in a footer far down is not the headline.
    const footer = [...menu, story, 'Harbour Notes'];
    expect(cleanTitle('Harbour Notes | Island ferry cuts its winter sailings by a third', null, { lines: footer })).toBe('Island ferry cuts its winter sailings by a third');
  });
  it('takes the longest part printed alone, a menu item of its first words not cutting it short', () => {
    const notes = 'Release Notes - Notes 2.14.1 - Winter Fixes Build | Example Game Forums';
    const lines = ['News', 'Release Notes', 'Forums', 'Release Notes Notes 2.14.1 - Winter Fixes Build', story];
    expect(cleanTitle(notes, null, { lines })).toBe('Release Notes - Notes 2.14.1 - Winter Fixes Build');
    // Only the menu item printed: the first part is the one the text shows.
    expect(cleanTitle(notes, null, { lines: ['News', 'Release Notes', 'Forums', story] })).toBe('Release Notes');
  });
});

describe('cleanTitle: an organisation by its legal form, a CJK site name without spaces', () => {
  it('cuts a name closing in a legal form after a longer headline, and keeps a headline that only names one', () => {
    expect(cleanTitle('Wind farm plans for the valley go to the council - Naturschutzbund Lindental in Bayern e.V.', null)).toBe('Wind farm plans for the valley go to the council');
    expect(cleanTitle('Harbour Works GmbH wins contract for the new pier', null)).toBe('Harbour Works GmbH wins contract for the new pier');
  });
  it('cuts a short CJK site name joined with an unspaced dash or underscore, and leaves a CJK title without one', () => {
    expect(cleanTitle('渡轮冬季时刻表缩减三分之一-港口日报', null)).toBe('渡轮冬季时刻表缩减三分之一');
    expect(cleanTitle('渡轮冬季时刻表缩减三分之一_港口日报', null)).toBe('渡轮冬季时刻表缩减三分之一');
    expect(cleanTitle('渡轮冬季时刻表缩减三分之一', null)).toBe('渡轮冬季时刻表缩减三分之一');
    // A number after the dash is the headline's own (a score, a year).
    expect(cleanTitle('港口队主场胜客队比分为三比一-2026', null)).toBe('港口队主场胜客队比分为三比一-2026');
  });
});
