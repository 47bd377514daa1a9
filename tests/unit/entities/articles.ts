/**
 * Short articles written for the entity tests and bench/ner.ts, in several site styles:
 * wire politics, business, sports, local news, an obituary, a listicle-style blog and a
 * title-cased headline. `expect` lists entities each must contain (name, type, country code).
 */
import type { EntityInput } from '../../../lambdas/core/extract/entities/index.ts';

export interface ExpectedEntity {
  name: string;
  type: 'person' | 'organization' | 'location';
  countryCode?: string | null;
  aliases?: string[];
}

export interface TestArticle {
  id: string;
  input: EntityInput;
  expect: ExpectedEntity[];
  /** Names that must not appear as entities (titles, weekdays, photo credits). */
  absent: string[];
}

export const ARTICLES: TestArticle[] = [
  {
    id: 'politics-wire',
    input: {
      title: "Merkel's successor faces coalition test as SPD wavers",
      paragraphs: [
        'BERLIN (Reuters) - German Chancellor Olaf Scholz on Tuesday urged his coalition partners to back a new budget, as the Social Democratic Party (SPD) struggled to contain a revolt over spending cuts.',
        '"We cannot afford another crisis," Scholz told reporters in Berlin after meeting Finance Minister Christian Lindner.',
        "Lindner, whose Free Democrats have threatened to quit the government, said Germany's debt brake must be respected. The SPD leadership will meet again in March.",
        'Former chancellor Angela Merkel declined to comment.',
      ],
      captions: ['Olaf Scholz speaks at the Bundestag in Berlin, Germany, June 4. REUTERS/Lisi Niesner'],
    },
    expect: [
      { name: 'Olaf Scholz', type: 'person', aliases: ['Scholz'] },
      { name: 'Christian Lindner', type: 'person', aliases: ['Lindner'] },
      { name: 'Angela Merkel', type: 'person' },
      { name: 'Berlin', type: 'location', countryCode: 'DE' },
      { name: 'Germany', type: 'location', countryCode: 'DE' },
      { name: 'Social Democratic Party', type: 'organization', aliases: ['SPD'] },
    ],
    absent: ['Tuesday', 'March', 'Chancellor Olaf Scholz', 'Finance Minister Christian Lindner'],
  },
  {
    id: 'business',
    input: {
      title: 'Apple shares slip after EU fine; Microsoft gains',
      paragraphs: [
        'Shares of Apple Inc. fell 2% on Monday after the European Commission fined the iPhone maker 1.8 billion euros for abusing its dominance in music streaming.',
        'The fine follows a complaint by Spotify, the Swedish streaming company, five years ago. Apple said it would appeal to the General Court in Luxembourg.',
        '"Today\'s decision ignores the facts," Apple spokeswoman Mary Smith said in a statement. Analysts at Goldman Sachs said the hit to earnings would be small.',
        'Microsoft, which reports results on Thursday, rose 1.2% in New York trading. Chief executive Satya Nadella is expected to talk about artificial intelligence.',
      ],
      captions: [],
    },
    expect: [
      { name: 'Apple', type: 'organization' },
      { name: 'European Commission', type: 'organization' },
      { name: 'Goldman Sachs', type: 'organization' },
      { name: 'Microsoft', type: 'organization' },
      { name: 'Satya Nadella', type: 'person' },
      { name: 'Mary Smith', type: 'person' },
      { name: 'New York', type: 'location', countryCode: 'US' },
      { name: 'Luxembourg', type: 'location', countryCode: 'LU' },
    ],
    absent: ['Monday', 'Thursday', 'Today'],
  },
  {
    id: 'sports',
    input: {
      title: 'Kane double sends Bayern Munich top as Dortmund stumble',
      paragraphs: [
        'Harry Kane scored twice as Bayern Munich beat VfB Stuttgart 3-1 at the Allianz Arena on Saturday to move two points clear at the top of the Bundesliga.',
        'The England captain opened the scoring after 12 minutes and added a penalty late on. Coach Thomas Tuchel praised his striker: "Harry is a machine."',
        "Borussia Dortmund were held 1-1 at Union Berlin, with Niclas Fuellkrug's equaliser coming in stoppage time.",
      ],
      captions: ['Harry Kane celebrates with Leroy Sane. (Getty Images)'],
    },
    expect: [
      { name: 'Harry Kane', type: 'person', aliases: ['Kane'] },
      { name: 'Bayern Munich', type: 'organization' },
      { name: 'Thomas Tuchel', type: 'person' },
      { name: 'Borussia Dortmund', type: 'organization' },
      { name: 'Leroy Sane', type: 'person' },
      { name: 'Bundesliga', type: 'organization' },
    ],
    absent: ['Saturday', 'Getty Images', 'Coach Thomas Tuchel'],
  },
  {
    id: 'local-news',
    input: {
      title: 'Council approves new library for Riverside district',
      paragraphs: [
        'The Springfield City Council voted 7-2 on Wednesday night to approve a $12 million library on Maple Street, ending a two-year debate.',
        'Mayor Linda Alvarez called the vote "a win for every family in this town." Councilman Tom Becker, who voted against the plan, said taxpayers in Springfield deserved a referendum.',
        'Construction by Hartwell Builders is expected to start in April, according to the city\'s planning department. Residents can comment at a public meeting at Lincoln High School.',
      ],
      captions: [],
    },
    expect: [
      { name: 'Springfield City Council', type: 'organization' },
      { name: 'Linda Alvarez', type: 'person' },
      { name: 'Tom Becker', type: 'person' },
      { name: 'Springfield', type: 'location' },
    ],
    absent: ['Wednesday', 'April', 'Mayor Linda Alvarez'],
  },
  {
    id: 'obituary',
    input: {
      title: 'Margaret Ellison, pioneering surgeon, dies at 91',
      paragraphs: [
        'Margaret Ellison, who became the first woman to lead the surgery department at Johns Hopkins Hospital, died on Sunday at her home in Baltimore. She was 91.',
        'Her death was confirmed by her son, David Ellison.',
        'Born in Dublin, Ireland, in 1932, Dr. Ellison moved to the United States after medical school and joined Johns Hopkins in 1961. She later advised the World Health Organization (WHO) on surgical training in Africa.',
        'Ellison is survived by her son, two daughters and six grandchildren.',
      ],
      captions: [],
    },
    expect: [
      { name: 'Margaret Ellison', type: 'person' },
      { name: 'David Ellison', type: 'person' },
      { name: 'Baltimore', type: 'location', countryCode: 'US' },
      { name: 'Dublin', type: 'location', countryCode: 'IE' },
      { name: 'Ireland', type: 'location', countryCode: 'IE' },
      { name: 'United States', type: 'location', countryCode: 'US' },
      { name: 'World Health Organization', type: 'organization', aliases: ['WHO'] },
    ],
    absent: ['Sunday', 'Dr. Ellison'],
  },
  {
    id: 'diplomacy-blog',
    input: {
      title: 'India And Pakistan Agree To Resume Talks After Border Clashes',
      paragraphs: [
        "India's External Affairs Minister S. Jaishankar and Pakistan's Foreign Minister Ishaq Dar met in Islamabad on Friday, the first such visit in nine years.",
        'The two sides agreed to resume talks on trade and on the disputed region of Kashmir, a statement from the Ministry of External Affairs said.',
        'U.S. Secretary of State Antony Blinken welcomed the meeting. The United Nations has long urged both countries to settle their differences peacefully.',
        'Jaishankar later flew to Beijing for talks with Chinese officials.',
      ],
      captions: [],
    },
    expect: [
      { name: 'India', type: 'location', countryCode: 'IN' },
      { name: 'Pakistan', type: 'location', countryCode: 'PK' },
      { name: 'Ishaq Dar', type: 'person' },
      { name: 'Antony Blinken', type: 'person' },
      { name: 'Islamabad', type: 'location', countryCode: 'PK' },
      { name: 'Kashmir', type: 'location' },
      { name: 'Beijing', type: 'location', countryCode: 'CN' },
      { name: 'United Nations', type: 'organization' },
    ],
    absent: ['Friday', 'Agree', 'Talks'],
  },
  {
    id: 'us-politics-titlecase',
    input: {
      title: 'Biden Signs Sweeping Climate Bill Into Law',
      paragraphs: [
        'WASHINGTON — President Joe Biden on Tuesday signed the Inflation Reduction Act, the largest climate investment in U.S. history, at a White House ceremony attended by Senate Majority Leader Chuck Schumer and Sen. Joe Manchin of West Virginia.',
        '"This is a big deal," Biden said. Manchin, a Democrat who had blocked earlier versions, called the law a compromise.',
        'The Centers for Disease Control and Prevention (CDC) was not involved. Republicans in Congress opposed the bill.',
      ],
      captions: ['President Joe Biden signs the bill as Sen. Joe Manchin looks on. (AP Photo/Susan Walsh)'],
    },
    expect: [
      { name: 'Joe Biden', type: 'person', aliases: ['Biden'] },
      { name: 'Joe Manchin', type: 'person', aliases: ['Manchin'] },
      { name: 'Chuck Schumer', type: 'person' },
      { name: 'Washington', type: 'location', countryCode: 'US' },
      { name: 'West Virginia', type: 'location', countryCode: 'US' },
      { name: 'Centers for Disease Control and Prevention', type: 'organization', aliases: ['CDC'] },
      { name: 'Congress', type: 'organization' },
    ],
    absent: ['Senate Majority Leader Chuck Schumer', 'Sen. Joe Manchin', 'WASHINGTON', 'Susan Walsh', 'AP Photo', 'Tuesday', 'Signs'],
  },
  {
    id: 'tech-business',
    input: {
      title: 'Nvidia unveils new AI chip as rivals close in',
      paragraphs: [
        "Nvidia Corp. Chief Executive Jensen Huang on Monday unveiled the Blackwell chip at the company's developer conference in San Jose, California.",
        'The chipmaker, whose shares have tripled in the past year, faces growing competition from Advanced Micro Devices and Intel. Huang said demand from Microsoft and Google remained strong.',
      ],
      captions: [],
    },
    expect: [
      { name: 'Nvidia', type: 'organization' },
      { name: 'Jensen Huang', type: 'person', aliases: ['Huang'] },
      { name: 'San Jose', type: 'location', countryCode: 'US' },
      { name: 'California', type: 'location', countryCode: 'US' },
      { name: 'Intel', type: 'organization' },
      { name: 'Microsoft', type: 'organization' },
    ],
    absent: ['Chief Executive Jensen Huang', 'Executive Jensen Huang', 'Monday'],
  },
  {
    id: 'crime-uk',
    input: {
      title: 'Man charged after stabbing in Leeds city centre',
      paragraphs: [
        'A 34-year-old man has been charged with attempted murder after a woman was stabbed on Saturday evening, West Yorkshire Police said.',
        'Daniel Hughes appeared before magistrates on Monday and was remanded in custody.',
        'Det Insp Sarah Collins said: "This was a shocking attack."',
      ],
      captions: [],
    },
    expect: [
      { name: 'Leeds', type: 'location', countryCode: 'GB' },
      { name: 'Daniel Hughes', type: 'person' },
      { name: 'Sarah Collins', type: 'person' },
    ],
    absent: ['Man', 'Saturday', 'Insp Sarah Collins', 'Det Insp Sarah Collins'],
  },
];
