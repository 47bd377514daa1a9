import { describe, expect, it } from 'vitest';
import { extractQuotes } from '#core/extract/quotes.ts';
import { org, person, seedEntities, seedParagraphs } from './seed.ts';

const smith = person('John Smith', ['Smith']);
const garcia = person('Maria Garcia', ['Garcia']);

describe('quote spans', () => {
  it('reads straight, curly, guillemet and German quotation marks', () => {
    const ents = [smith];
    expect(extractQuotes(['"We will rebuild the bridge," Smith said.'], ents)).toEqual([{ text: 'We will rebuild the bridge', speaker: 'John Smith' }]);
    expect(extractQuotes(['« Nous allons reconstruire le pont », a déclaré Smith.'], ents)).toEqual([{ text: 'Nous allons reconstruire le pont', speaker: 'John Smith' }]);
    expect(extractQuotes(['„Wir werden die Brücke wieder aufbauen“, sagte Smith.'], ents)).toEqual([{ text: 'Wir werden die Brücke wieder aufbauen', speaker: 'John Smith' }]);
  });
  it('reads British single quotes without stopping at apostrophes', () => {
    const q = extractQuotes(['Rishi Sunak visited the site. ‘We won’t let the girls’ schools close for good,’ he said.'], [person('Rishi Sunak', ['Sunak'])]);
    expect(q).toEqual([{ text: 'We won’t let the girls’ schools close for good', speaker: 'Rishi Sunak' }]);
  });
  it('reads Spanish, French and German attributions, with pronouns after the verb', () => {
    const ents = [person('Pedro Sánchez', ['Sánchez']), person('Emmanuel Macron', ['Macron']), person('Olaf Scholz', ['Scholz'])];
    expect(extractQuotes(['«No vamos a permitir que esto vuelva a ocurrir», dijo Sánchez.'], ents)[0]!.speaker).toBe('Pedro Sánchez');
    expect(extractQuotes(['Emmanuel Macron a réagi lundi. « Nous ne céderons rien aux terroristes », a-t-il déclaré.'], ents)[0]!.speaker).toBe('Emmanuel Macron');
    expect(extractQuotes(['Macron a réagi. « Nous ne céderons rien aux terroristes », dit-il.'], ents)[0]!.speaker).toBe('Emmanuel Macron');
    expect(extractQuotes(['Olaf Scholz äußerte sich. „Wir werden alles tun, um die Menschen zu schützen“, sagte er.'], ents)[0]!.speaker).toBe('Olaf Scholz');
    expect(extractQuotes(['El presidente Pedro Sánchez habló.', '“Tenemos que actuar ya, no hay más tiempo”, afirmó el presidente.'], ents)[0]!.speaker).toBe('Pedro Sánchez');
  });
  it('ignores scare quotes and quoted names, keeps short full clauses', () => {
    const q = extractQuotes(['The ministry wants “friendly relations” and said “part” of the staff was “evacuated” under the “New Silk Roads” plan.'], []);
    expect(q).toEqual([]);
    expect(extractQuotes(['“We refuse.” Smith said.'], [smith])).toEqual([{ text: 'We refuse.', speaker: 'John Smith' }]);
  });
  it('keeps a two- or three-word sentence that is attributed right away, but not one mid-sentence', () => {
    expect(extractQuotes(['“It’s over,” Smith said.'], [smith])).toEqual([{ text: 'It’s over', speaker: 'John Smith' }]);
    expect(extractQuotes(['Es war ein langer Tag. „Wir schaffen das“, sagte Smith.'], [smith])).toEqual([{ text: 'Wir schaffen das', speaker: 'John Smith' }]);
    expect(extractQuotes(['Smith called it “Totally unacceptable,” said Garcia.'], [smith, garcia])).toEqual([]);
    expect(extractQuotes(['“Project Phoenix,” the plan is called.'], [smith])).toEqual([]);
  });
  it('runs a quote with no closing mark to the end of its paragraph and continues it in the next', () => {
    const q = extractQuotes(
      ['Smith spoke at length. “We have waited for this day for many years.', '“Now the work begins for all of us,” he said.'],
      [smith],
    );
    expect(q).toEqual([{ text: 'We have waited for this day for many years. Now the work begins for all of us', speaker: 'John Smith' }]);
  });
  it('keeps the comma where a quote breaks across paragraphs', () => {
    const q = extractQuotes(['Kerr urged drivers to stay home. "Do not travel unless you absolutely must,', '"the roads are blocked in dozens of places," he said.'], [person('Will Kerr', ['Kerr'])]);
    expect(q).toEqual([{ text: 'Do not travel unless you absolutely must, the roads are blocked in dozens of places', speaker: 'Will Kerr' }]);
  });
  it('cuts an attribution glued to an unclosed quote', () => {
    const q = extractQuotes(['“We will decide after we see what they do in the coming weeks and months, Smith said.'], [smith]);
    expect(q).toEqual([{ text: 'We will decide after we see what they do in the coming weeks and months', speaker: 'John Smith' }]);
  });
  it('joins a quote split by "he said," within one sentence', () => {
    const q = extractQuotes(['“The river is rising,” Smith said, “and the town must leave tonight.”'], [smith]);
    expect(q).toEqual([{ text: 'The river is rising, and the town must leave tonight.', speaker: 'John Smith' }]);
  });
  it('gives both halves of “A,” he said. “B.” the speaker', () => {
    const q = extractQuotes(['Garcia arrived late.', '“The talks are over for today,” she said. “We will meet again on Friday.”'], [garcia]);
    expect(q).toEqual([
      { text: 'The talks are over for today', speaker: 'Maria Garcia' },
      { text: 'We will meet again on Friday.', speaker: 'Maria Garcia' },
    ]);
  });
});

describe('speaker attribution', () => {
  it('reads "X said", "said X", "X says", "X added", "X wrote", "X told reporters"', () => {
    const ents = [smith];
    const speakerOf = (p: string) => extractQuotes([p], ents)[0]?.speaker;
    expect(speakerOf('“Prices will keep rising this year,” said Smith.')).toBe('John Smith');
    expect(speakerOf('“Prices will keep rising this year,” Smith says.')).toBe('John Smith');
    expect(speakerOf('“Prices will keep rising this year,” Smith added.')).toBe('John Smith');
    expect(speakerOf('“Prices will keep rising this year,” Smith wrote on social media.')).toBe('John Smith');
    expect(speakerOf('Smith told reporters that “prices will keep rising this year”.')).toBe('John Smith');
    expect(speakerOf('Smith said: “Prices will keep rising this year.”')).toBe('John Smith');
    expect(speakerOf('“Prices will keep rising this year,” according to Smith.')).toBe('John Smith');
  });
  it('prefers the person to a place named in the apposition', () => {
    const iowa = { name: 'Iowa', aliases: [], type: 'location' as const, mentions: 1, countryCode: 'US' };
    const q = extractQuotes(['“We lost half the harvest this year,” Smith, 45, a farmer from Iowa, told reporters.'], [smith, iowa]);
    expect(q[0]!.speaker).toBe('John Smith');
  });
  it('reads an appositive title between name and verb', () => {
    const q = extractQuotes(['“The border stays open for trade,” Garcia, the spokeswoman, said.'], [garcia, smith]);
    expect(q[0]!.speaker).toBe('Maria Garcia');
  });
  it('resolves a pronoun to the most recent person outside quotes', () => {
    const q = extractQuotes(
      ['Maria Garcia met John Smith in Madrid on Tuesday.', 'Later, Smith spoke to the press. “I told Garcia that we cannot accept this deal,” he said.'],
      [smith, garcia],
    );
    expect(q[0]!.speaker).toBe('John Smith');
  });
  it('resolves a pronoun to the last speaking subject rather than the last name', () => {
    const biden = person('Joe Biden', ['Biden']);
    const harris = person('Kamala Harris', ['Harris']);
    const q = extractQuotes(
      [
        'Biden said he was "confident that we can get this done before the end of the year," adding that Harris would lead the talks.',
        '"I have full confidence in her and in the whole team," he told reporters.',
      ],
      [biden, harris],
    );
    expect(q.map((x) => x.speaker)).toEqual(['Joe Biden', 'Joe Biden']);
  });
  it('keeps short plain sentences that start with a capital', () => {
    expect(extractQuotes(['"This is not the end," a senior official said.'], [])).toEqual([{ text: 'This is not the end', speaker: null }]);
    // An unnamed subject does not inherit the previous speaker.
    const q = extractQuotes(['Smith said it would "never accept any interference in these talks."', '"This is not the end," a senior official said.'], [smith]);
    expect(q[1]).toEqual({ text: 'This is not the end', speaker: null });
  });
  it('keeps a short quote introduced by a speech verb and a colon, or opening a split quote after a dash', () => {
    expect(extractQuotes(['Garcia was furious. She wrote on Twitter: “Shame on them”. Garcia later deleted the post.'], [smith, garcia])).toEqual([
      { text: 'Shame on them', speaker: 'Maria Garcia' },
    ]);
    const q = extractQuotes(['— “We are ready,” Smith said, “to fight for every single vote in this state.”'], [smith]);
    expect(q).toHaveLength(1);
    expect(q[0]!.text.startsWith('We are ready')).toBe(true);
    expect(q[0]!.text.endsWith('in this state.')).toBe(true);
    expect(extractQuotes(['The plan, known as: “Project Phoenix”, was scrapped.'], [smith])).toEqual([]);
  });
  it('records joint speakers as the first one named', () => {
    const q = extractQuotes(['"There is no evidence of fraud in this election," Smith and Garcia said in a joint statement.'], [smith, garcia]);
    expect(q[0]!.speaker).toBe('John Smith');
  });
  it('resolves a pronoun to the last sentence subject when nobody was speaking', () => {
    const q = extractQuotes(['Garcia met Smith on Tuesday.', '"He told me the plan was dead and buried," she said.'], [smith, garcia]);
    expect(q[0]!.speaker).toBe('Maria Garcia');
    const r = extractQuotes(['Garcia met the minister. Later Smith arrived.', '"We will not give up on this project," he said.'], [smith, garcia]);
    expect(r[0]!.speaker).toBe('John Smith');
  });
  it('resolves a title to the person it introduced', () => {
    const hua = person('Hua Chunying', ['Hua']);
    const q = extractQuotes(
      ['Foreign ministry spokeswoman Hua Chunying spoke on Monday, after Minister John Smith left.', '“The embassy will continue to operate normally,” the spokeswoman said.'],
      [hua, smith],
    );
    expect(q[0]!.speaker).toBe('Hua Chunying');
  });
  it('resolves "the company" to the organisation named before', () => {
    const q = extractQuotes(
      ['Lufthansa cancelled 200 flights on Friday.', '“Safety is our first priority at all times,” the airline said in a statement.'],
      [org('Lufthansa')],
    );
    expect(q[0]!.speaker).toBe('Lufthansa');
  });
  it('matches a surname to the full name even without aliases', () => {
    const q = extractQuotes(['“We expect a long winter ahead,” Petrov said.'], [person('Ivan Petrov')]);
    expect(q[0]!.speaker).toBe('Ivan Petrov');
  });
  it('gives organisations as speakers and null when nobody is named', () => {
    expect(extractQuotes(['“All flights are suspended until further notice,” the airline said.'], [])[0]!.speaker).toBeNull();
    expect(extractQuotes(['“All flights are suspended until further notice,” Lufthansa said.'], [org('Lufthansa')])[0]!.speaker).toBe('Lufthansa');
  });
  it('never names a speaker that is not an entity', () => {
    expect(extractQuotes(['“The storm will pass by the weekend,” Jones said.'], [smith])[0]!.speaker).toBeNull();
  });
  it('survives junk input', () => {
    expect(extractQuotes(['“'.repeat(50_000), '"'.repeat(50_000), ''], [smith])).toBeInstanceOf(Array);
    expect(extractQuotes([], [])).toEqual([]);
  });
});

describe('the seed article', () => {
  const quotes = extractQuotes(seedParagraphs, seedEntities);
  it('attributes Kabulov’s quote to Zamir Kabulov', () => {
    const q = quotes.find((x) => x.text.startsWith('Our ambassador is in contact'));
    expect(q?.speaker).toBe('Zamir Kabulov');
    const unclosed = quotes.find((x) => x.text.startsWith('We will take a close look'));
    expect(unclosed?.speaker).toBe('Zamir Kabulov');
    expect(unclosed?.text.endsWith('the necessary conclusions')).toBe(true);
  });
  it('attributes the embassy quote to Dmitry Zhirnov through "he"', () => {
    expect(quotes.find((x) => x.text.startsWith('The Taliban are already guarding our embassy'))?.speaker).toBe('Dmitry Zhirnov');
  });
  it('keeps no scare quotes', () => {
    for (const s of ['part', 'evacuated', 'settle', 'public order', 'law and order', 'New Silk Roads', 'friendly relations', 'hopes', 'kept']) {
      expect(quotes.map((q) => q.text)).not.toContain(s);
    }
  });
});

describe('roles and names of works', () => {
  const carter = person('Helen Carter', ['Carter']);
  const pike = person('Graham Pike', ['Pike']);
  it('a role before a name belongs to that name only, not to a name after the verb', () => {
    const q = extractQuotes(['Judge Helen Carter said Pike had lied. "You took money from grieving families," the judge said.'], [carter, pike]);
    expect(q[0]!.speaker).toBe('Helen Carter');
  });
  it('"the minister" names the last person introduced with another office; an indefinite one does not', () => {
    const alex = person('Heidi Alexander', ['Alexander']);
    expect(extractQuotes(['The Transport Secretary, Heidi Alexander, spoke in Leeds. Asked about costs, the minister said: “We have learned the lessons of the past.”'], [alex])[0]!.speaker).toBe('Heidi Alexander');
    expect(extractQuotes(['The Transport Secretary, Heidi Alexander, spoke in Leeds. “We have learned nothing from the past,” a minister said.'], [alex])[0]!.speaker).toBeNull();
  });
  it('a quoted title after "titled", "called", "the book" is no quote; a spoken sentence after them still is', () => {
    expect(extractQuotes(['The study, titled "Ocean-driven retreat of a Greenland outlet glacier", was published.'], [])).toEqual([]);
    expect(extractQuotes(['Her campaign, called “Clean rivers for every town in England”, starts today.'], [])).toEqual([]);
    expect(extractQuotes(['Smith called it a disgrace: “We were lied to by everyone in charge.”'], [smith])[0]!.speaker).toBe('John Smith');
  });
  it('"affirmed X" and "declared the minister" attribute', () => {
    const conti = person('Giorgio Conti', ['Conti']);
    expect(extractQuotes(['"It is a first step, but it is not sufficient," affirmed Conti.'], [conti])[0]!.speaker).toBe('Giorgio Conti');
  });
});

describe('speakers after the verb and pronouns within a paragraph', () => {
  it('"said <organisation> forecaster <person>" is the person', () => {
    const q = extractQuotes(['“Drink plenty of water and stay out of the sun,” said Met Office forecaster Greg Dewhurst.'], [org('Met Office'), person('Greg Dewhurst', ['Dewhurst'])]);
    expect(q[0]!.speaker).toBe('Greg Dewhurst');
  });
  it('"he" after a subject introduced in the same paragraph is that subject, not the speaker of the paragraph before', () => {
    const q = extractQuotes(
      ['“This is a historic day,” Chuck Schumer said.', 'Sen. Rob Portman of Ohio, who led the talks, said the bill showed the parties could work together. “It’s not perfect,” he said.'],
      [person('Chuck Schumer', ['Schumer']), person('Rob Portman', ['Portman'])],
    );
    expect(q.map((x) => x.speaker)).toEqual(['Chuck Schumer', 'Rob Portman']);
  });
});

describe('a quote after its subject’s sentence', () => {
  it('an unattributed quote after a sentence whose subject is a person is theirs, in the same or the previous paragraph', () => {
    expect(extractQuotes(['Smith was defiant. “We will never give up on this town.”'], [smith, garcia])[0]!.speaker).toBe('John Smith');
    expect(extractQuotes(['Garcia criticised Smith for the delay.', '“It is simply not good enough for the families.”'], [smith, garcia])[0]!.speaker).toBe('Maria Garcia');
  });
  it('not after a possessor, an unnamed speaker or a sentence with its own quote', () => {
    expect(extractQuotes(['Smith’s lawyer was defiant. “We will never give up on this case.”'], [smith])[0]!.speaker).toBeNull();
    expect(extractQuotes(['One engineer told me: “I have my life back now.” “And my evenings too.”'], [smith])[1]!.speaker).toBeNull();
  });
});

describe('epithets', () => {
  const raducanu = person('Emma Raducanu', ['Raducanu']);
  const murray = person('Andy Murray', ['Murray']);
  it('"the 21-year-old said", "the Briton told reporters", "the Scot said" refer back like a pronoun', () => {
    expect(extractQuotes(['Emma Raducanu beat the seventh seed on Tuesday. "I felt really good out there today," the 21-year-old said.'], [raducanu])[0]!.speaker).toBe('Emma Raducanu');
    expect(extractQuotes(['Raducanu was in tears. "This means everything to me and my team," the Briton told reporters.'], [raducanu])[0]!.speaker).toBe('Emma Raducanu');
    expect(extractQuotes(['Murray praised Raducanu. "She has the game to win here again," the Scot said.'], [raducanu, murray])[0]!.speaker).toBe('Andy Murray');
  });
  it('unnamed groups stay unknown', () => {
    expect(extractQuotes(['"We will appeal this decision in the strongest terms," prosecutors said.'], [raducanu])[0]!.speaker).toBeNull();
  });
});

describe('calling something a quoted phrase', () => {
  it('"X called it “…”" is X speaking; "critics called it" is unnamed', () => {
    const biden = person('Joe Biden', ['Biden']);
    expect(extractQuotes(['President Joe Biden called it "a blue-collar blueprint to rebuild America".'], [biden])[0]!.speaker).toBe('Joe Biden');
    expect(extractQuotes(['Critics called it "a masterpiece of its time and place".'], [biden])[0]!.speaker).toBeNull();
  });
});
