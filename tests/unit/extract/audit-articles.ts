/**
 * Hand-written short articles in varied styles, for an audit of the extractors on the whole core
 * (clean + extract). Each is a crawler JSON record so publishedAt is known; bodies are paragraphs
 * separated by blank lines, with the datelines, bylines and quirks real pages have.
 */
export interface AuditArticle {
  key: string;
  title: string;
  published: string | null;
  body: string[];
}

export const AUDIT_ARTICLES: AuditArticle[] = [
  {
    key: 'wire-port-strike',
    title: 'Dockworkers walk out at three Gulf Coast ports',
    published: '2026-03-12T14:00:00Z',
    body: [
      'HOUSTON (AP) — Thousands of dockworkers walked off the job at three Gulf Coast ports on Wednesday, halting cargo worth an estimated $ 4.4 million an hour and stranding 38 ships at anchor.',
      'The International Longshoremen’s Association said 14,500 members had joined the strike after talks with the port operators collapsed late Tuesday.',
      '"We did not want this fight, but we will not accept a contract that lets machines take our jobs," union president Harold Daggett told reporters outside the Port of Houston.',
      '"Our members have waited two years," he said, "and they are done waiting."',
      'Maria Lopez, a spokeswoman for the port operators, said the union’s demands would raise costs by 30% over six years. "The offer on the table is the best in the industry," the spokeswoman said.',
      'The last strike at the ports, in the 1970s, lasted two months. Shippers warned that prices for bananas and coffee could rise by next week if the walkout continued.',
      'The Labor Department may intervene, according to two people familiar with the matter.',
    ],
  },
  {
    key: 'local-council-parking',
    title: 'Council votes to double parking fines in town centre',
    published: '2025-11-20T09:30:00Z',
    body: [
      'By Sarah Mitchell, Local Democracy Reporter',
      'Parking fines in Ashford town centre will double from £35 to £70 from January after councillors backed the plan at a stormy meeting on Tuesday night.',
      'The changes, which the council says will raise £1.5m a year, were approved by 23 votes to 19.',
      '“This is a stealth tax on shoppers who are already struggling,” said Councillor Peter Hughes, who leads the opposition group. “Traders on the high street will pay the price.”',
      'Councillor Janet Ward, the cabinet member for transport, said the money would be spent on potholes and a new park-and-ride. “Nobody likes paying fines, but the alternative is letting the roads fall apart,” she said.',
      'Residents may comment on the scheme until 5 December. Anyone with questions can call the parking office on 01233 330 000 or write to the council.',
      'The scheme will be reviewed in May 2027.',
    ],
  },
  {
    key: 'sports-derby',
    title: 'Okafor double sinks City in derby',
    published: '2026-01-15T22:10:00Z',
    body: [
      'Chidi Okafor scored twice in the second half as United came from behind to beat City 3-1 in front of 52,000 fans on Thursday night.',
      'City had led through a Jack Reilly header after 17 minutes, but Okafor levelled with a 25-yard strike shortly after the break and then headed in from close range.',
      '"It was a special night for me and my family," Okafor said. "I dreamed of scoring in this game when I was a boy."',
      'United manager Tomas Berg praised his side’s character. "We were poor in the first half," the manager said. "The players showed what this club is about."',
      'The win lifts United to within two points of the top of the table. City have now lost four of their last five games, their worst run since the 1990s.',
      'Berg, who turned 48 last month, said he would decide on Monday whether Okafor was fit for the cup tie next week.',
    ],
  },
  {
    key: 'earnings-chipmaker',
    title: 'Chipmaker Veltrix beats forecasts as AI demand soars',
    published: '2026-05-06T20:45:00Z',
    body: [
      'SAN JOSE, Calif. (Reuters) - Veltrix Corp reported quarterly revenue of $12.4 billion on Wednesday, up 38 percent from a year earlier and well ahead of analyst estimates of $11.1 billion.',
      'Net income rose to US$3.2bn, or $1.87 a share, the company said. Shares rose 9% in extended trading.',
      'The company said it would spend €3bn on a new plant in Dresden and had signed a 1.2 trillion yen supply deal with a Japanese carmaker.',
      '"Demand for our data-centre chips is running well ahead of supply," chief executive Anita Rao said on a call with analysts. She added that the shortage would last "at least into the first half of next year."',
      'Veltrix expects second-quarter revenue of between $13 billion and $13.5 billion. It shipped 4.1 million units in the quarter, and its gross margin widened by 2.5 percentage points.',
      'Analysts at Morgan Stanley raised their price target to $240 from $210.',
    ],
  },
  {
    key: 'court-fraud',
    title: 'Former charity boss jailed for six years over £2.3m fraud',
    published: '2026-09-08T16:00:00Z',
    body: [
      'A former charity chief executive who stole £2.3 million from a children’s hospice has been jailed for six years.',
      'Graham Pike, 61, of Wells, Somerset, used the money to buy a villa in Portugal and two sports cars, Bristol Crown Court heard.',
      'Sentencing him yesterday, Judge Helen Carter said Pike had betrayed the trust of donors and staff. "You took money given by grieving families to care for dying children," the judge said.',
      '"You lied to your trustees for almost a decade, and you showed no remorse until you were caught.',
      '"The sentence must reflect the scale and the cruelty of what you did."',
      'Pike admitted 14 counts of fraud at an earlier hearing two days ago. His barrister, Mark Ellis KC, said his client was "deeply ashamed".',
      'The hospice said it had recovered about £800,000 so far.',
    ],
  },
  {
    key: 'science-glacier',
    title: 'Greenland glacier retreating faster than expected, study finds',
    published: '2026-03-12T08:00:00Z',
    body: [
      'One of Greenland’s largest glaciers has retreated 6 kilometres since 2010 and is now losing about 30 billion tonnes of ice a year, scientists reported in the journal Nature on Wednesday.',
      'The team, led by glaciologist Ingrid Solberg of the University of Oslo, used satellite data and a drilling camp on the ice sheet to measure how fast warm ocean water was eating into the glacier’s base.',
      'Water temperatures at the glacier front rose by 1.5 degrees Celsius between 2010 and 2024, according to the study. The glacier’s front now moves at up to 12 km a year, or 33 metres a day.',
      '"We expected to see some retreat, but not at this speed," Solberg said. "If this continues, the glacier could add several millimetres to global sea level by the 2050s."',
      'Other researchers urged caution. The findings were "important but based on a short record," said Paul Henning, a climate scientist at Columbia University who was not involved in the work.',
      'The study, titled "Ocean-driven retreat of a Greenland outlet glacier", was funded by the European Research Council.',
    ],
  },
  {
    key: 'opinion-town',
    title: 'Our town deserves better than another "consultation"',
    published: '2026-01-15T07:00:00Z',
    body: [
      'There are a million reasons to love this town, and at least as many to despair of the people who run it.',
      'Last week the council announced yet another "consultation" on the future of the old library. We have had three since 2019. Each time, residents turned up in their hundreds; each time, their views were "noted".',
      'I re-read "The Death and Life of Great American Cities" this winter. Jane Jacobs was right that streets work when people use them, not when planners draw them.',
      'May I suggest something radical? Open the building, give it to the groups who have asked for it, and see what happens. If it fails, we have lost little.',
      'The council leader, David Marsh, told me in March that the library would be "sorted by the summer". It was not. "We are working on it," he said again this month.',
      'We deserve a plan, not a press release.',
    ],
  },
  {
    key: 'interview-qa',
    title: '"We have to stop pretending the rivers are fine": an interview with Ruth Okonkwo',
    published: '2026-05-06T10:00:00Z',
    body: [
      'Ruth Okonkwo has spent 20 years testing the water of England’s rivers. Her new book, "Dirty Water", came out this month. We spoke to her at her home in Hereford.',
      'Q: When did you realise the rivers were in trouble?',
      'A: In 2012 I found algae blooms on the Wye that covered 3 miles of river. Nobody official seemed to care.',
      'Q: Who is to blame?',
      'A: Farming, mostly. The county has 20 million chickens now, and their manure washes into the river every time it rains.',
      'Q: Is there any hope?',
      'A: Yes. Since 2021 the water companies have been forced to publish their sewage spills. "Sunlight is the best disinfectant," as the saying goes.',
    ],
  },
  {
    key: 'uk-budget',
    title: 'Chancellor unveils £20bn spending package for northern rail',
    published: '2026-09-08T12:30:00Z',
    body: [
      'The Chancellor, Rachel Reeves, has announced a £20bn package to upgrade rail lines across the north of England, saying the programme would cut journey times by up to a quarter.',
      'Speaking in Leeds, Ms Reeves said the money would be spent over ten years, with the first £1.2bn released next April.',
      '‘For too long the north has been an afterthought in Whitehall,’ she said. ‘That ends today.’',
      'The Transport Secretary, Heidi Alexander, said work on the line between Manchester and Leeds would start in the autumn. Asked whether the project would run over budget, the minister said: ‘We have learned the lessons of the past.’',
      'Unemployment in the region stands at 5.1 per cent, compared with 4.3 per cent nationally.',
      'Critics noted that a similar scheme was promised in 2014 and cancelled three years later.',
    ],
  },
  {
    key: 'india-metro',
    title: 'Cabinet clears Rs 12,000 crore metro extension for Pune',
    published: '2026-01-15T11:00:00Z',
    body: [
      'NEW DELHI: The Union Cabinet on Wednesday approved a Rs 12,000 crore extension of the Pune metro, which will add 32 km of track and 28 stations to the network.',
      'The project is expected to carry 9.6 lakh passengers a day by 2031, Union Minister Ashwini Vaishnaw told reporters after the meeting.',
      '“This will transform mobility in one of the fastest-growing cities in the country,” Vaishnaw said, adding that the Centre would bear 20 per cent of the cost.',
      'Land acquisition for the corridor will cost ₹850 crore, and about 1,200 families will be resettled. Each affected family will receive compensation of Rs 15 lakh, officials said.',
      'The first phase of the Pune metro, built at a cost of Rs 11,420 crore, opened in March 2022.',
    ],
  },
  {
    key: 'au-bushfire',
    title: 'Bushfire threat escalates as temperatures soar in Victoria',
    published: '2026-01-15T03:00:00Z',
    body: [
      'MELBOURNE — Fire crews are battling more than 40 blazes across Victoria as temperatures climb past 44 degrees, with authorities warning conditions will worsen tomorrow.',
      'A fire near Bairnsdale has burnt through 12,000 hectares since Monday and is moving east at about 5 km an hour.',
      'Emergency Management Commissioner Tim Wiebusch urged residents in the area to leave. "If you are in the warning area, you need to go now. Do not wait," he said.',
      'Premier Jacinta Allan said the state government would provide A$25 million in emergency relief. "We will stand with these communities for as long as it takes," the Premier told reporters in Melbourne.',
      'The fires are the worst since the Black Summer of 2019-20, when more than 24 million hectares burned nationally.',
    ],
  },
  {
    key: 'translated-ministry',
    title: 'Ministry announces new measures against drought',
    published: '2026-09-08T09:00:00Z',
    body: [
      'The Ministry of Agriculture of the Republic announced on Monday a package of measures in the amount of 3.5 billion euros for the support of farmers affected by the drought.',
      'According to the words of the minister Luca Bernardi, the measures will be applied from the 1st of October. "The situation is very serious, and the State cannot remain indifferent," declared the minister during the press conference.',
      'The harvest of wheat has diminished by 40 percent in comparison with last year, while the price of water for irrigation has grown by 18 percent.',
      'The president of the association of farmers, Giorgio Conti, expressed satisfaction. "It is a first step, but it is not sufficient," affirmed Conti.',
      'The measures will be discussed in the Parliament next week.',
    ],
  },
  {
    key: 'wire-quake',
    title: 'Strong earthquake strikes off coast of Chile',
    published: '2026-05-06T05:00:00Z',
    body: [
      'SANTIAGO, Chile (AP) — A magnitude 7.1 earthquake struck off the coast of northern Chile early Wednesday, shaking buildings in the capital and killing at least two people, officials said.',
      'The quake hit at a depth of 35 kilometers (22 miles) about 80 kilometers west of the port city of Antofagasta, the U.S. Geological Survey said.',
      '“It was very strong, everything fell from the shelves,” said Carolina Soto, who runs a grocery store in Antofagasta. “My children were screaming.”',
      'Interior Minister Álvaro Elizalde said 1,500 people had been evacuated from coastal areas as a precaution. He said there was no tsunami threat.',
      'Chile, one of the most seismically active countries in the world, was hit by a magnitude 8.8 quake in 2010 that killed more than 500 people.',
    ],
  },
  {
    key: 'uk-weather',
    title: 'Heatwave: hottest day of the year as temperatures hit 34C',
    published: '2026-07-18T15:00:00Z',
    body: [
      'By Tom Harris, BBC News',
      'The UK has recorded its hottest day of the year so far, with temperatures reaching 34C at Heathrow on Friday afternoon.',
      'The Met Office said the previous high this year was 31.2C, set last Saturday in Cambridge. Forecasters expect the heat to ease from mid-August.',
      '‘It will be very uncomfortable for many people, especially in towns and cities,’ said Met Office forecaster Greg Dewhurst. ‘Drink plenty of water and stay out of the sun between 11am and 3pm.’',
      'Train operators imposed speed limits of 60mph on some lines, and Network Rail said rails can reach 20 degrees above the air temperature.',
      'The record for the UK, 40.3C, was set in July 2022. Water companies urged customers to use less, and a hosepipe ban will start next Friday for 1.2 million homes in Kent and Sussex.',
      'A 40p rise in the price of bottled water was reported by shoppers in London.',
    ],
  },
  {
    key: 'us-politics',
    title: 'Senate passes $1.2 trillion infrastructure bill',
    published: '2025-08-11T02:00:00Z',
    body: [
      'WASHINGTON — The Senate on Tuesday passed a $1.2 trillion infrastructure bill, sending the measure to the House after months of negotiations.',
      'The bill, which passed 69-30, includes $110 billion for roads and bridges and $65 billion for broadband. "This is a historic day," Senate Majority Leader Chuck Schumer said on the floor.',
      'Republican Sen. Rob Portman of Ohio, who led the talks, said the bill showed that the two parties could still work together. "It’s not perfect," he said. "But it’s a good deal for the country."',
      'The House is expected to take up the bill in September. Speaker Nancy Pelosi has said she will not hold a vote until the Senate also passes a separate $3.5 trillion budget package.',
      'According to the Congressional Budget Office, the bill would add $256 billion to deficits over the next decade.',
      'Lawmakers first proposed a version of the bill in March 2021, and President Joe Biden called it "a blue-collar blueprint to rebuild America".',
    ],
  },
  {
    key: 'tech-blog',
    title: 'Why I finally switched my team to a four-day week',
    published: '2026-02-03T09:00:00Z',
    body: [
      'Two years ago I would have laughed at the idea. Today, all 42 employees at my company work four days a week, and our revenue is up 18% year on year.',
      'The trial started last October. We told staff they would keep their full salaries, about $85,000 on average, as long as output held up.',
      'It did. Customer complaints fell by a third, and sick days dropped from 9 to 4 per person a year. One engineer told me: "I have my life back."',
      'I am not saying it works for everyone. A restaurant can’t close on Fridays. But for knowledge work, the "always on" culture is a choice, not a law of nature.',
      'If you run a team, try it for three months. You may be surprised.',
    ],
  },
  {
    key: 'health-study',
    title: 'Daily walk cuts risk of heart disease by a fifth, study suggests',
    published: '2026-04-22T23:01:00Z',
    body: [
      'Walking for 30 minutes a day could cut the risk of heart disease by 20 per cent, according to a study of 250,000 adults published on Wednesday.',
      'Researchers at Imperial College London followed the participants, aged 40 to 69, for an average of 11 years. Those who walked at least 7,000 steps a day were less likely to have a heart attack or stroke.',
      '“Even a modest amount of walking seems to make a real difference,” said Dr Amara Singh, who led the study. She said the benefit held regardless of weight.',
      'The British Heart Foundation, which part-funded the work, said about 7.6 million people in the UK were living with heart and circulatory diseases, costing the NHS an estimated £9bn a year.',
      'Prof Michael Grant, who was not involved, said the findings were “encouraging”, but warned that such studies could not prove cause and effect.',
    ],
  },
  {
    key: 'nz-election',
    title: 'Luxon claims victory as National wins most seats',
    published: '2026-10-17T11:30:00Z',
    body: [
      'AUCKLAND, New Zealand (AP) — Christopher Luxon claimed victory in New Zealand’s general election on Saturday, with his National Party winning 48 of the 120 seats in Parliament.',
      'Speaking to cheering supporters in Auckland, Luxon said voters had chosen change. “You have voted for a government that will get things done,” he told the crowd.',
      'Outgoing Prime Minister Chris Hipkins conceded defeat. “The result is not the one we wanted,” Hipkins said.',
      '“But I want to thank every one of the 1.2 million New Zealanders who voted for us.',
      'Turnout was 78.2 percent, down from 82.2 percent three years ago. Final results, including about 567,000 special votes, are due on Nov. 3.',
    ],
  },
];

/** The article as a crawler JSON record. */
export function auditBytes(a: AuditArticle): Uint8Array {
  const rec = { url: `https://news.example.com/${a.key}`, headline: a.title, datePublished: a.published, language: 'en', articleBody: a.body.join('\n\n') };
  return new TextEncoder().encode(JSON.stringify(rec));
}
