import { describe, expect, it } from 'vitest';
import { detectLanguage } from '#core/extract/language.ts';
import { seedBody } from './seed.ts';

const SAMPLES: Record<string, string> = {
  en: 'The government said on Monday that it would not raise taxes this year, and the opposition has called for a vote.',
  es: 'El gobierno anunció ayer que las elecciones se celebrarán en marzo y que los partidos tendrán más tiempo para la campaña.',
  fr: 'Le gouvernement a annoncé lundi que les élections auront lieu en mars et que les partis pourront faire campagne dans la rue.',
  de: 'Die Regierung hat am Montag angekündigt, dass die Wahlen im März stattfinden und die Parteien mehr Zeit für den Wahlkampf haben.',
  pt: 'O governo anunciou na segunda-feira que as eleições serão em março e que os partidos terão mais tempo para a campanha.',
  it: 'Il governo ha annunciato lunedì che le elezioni si terranno a marzo e che i partiti avranno più tempo per la campagna.',
  nl: 'De regering heeft maandag aangekondigd dat de verkiezingen in maart worden gehouden en dat de partijen meer tijd krijgen.',
  ru: 'Правительство в понедельник объявило, что выборы пройдут в марте, а партии получат больше времени для кампании.',
  ar: 'أعلنت الحكومة يوم الاثنين أن الانتخابات ستجرى في مارس وأن الأحزاب ستحصل على مزيد من الوقت للحملة.',
  zh: '政府周一宣布，选举将于三月举行，各政党将有更多时间进行竞选活动。',
  ja: '政府は月曜日、選挙を三月に実施し、各政党に選挙運動の時間をより多く与えると発表した。',
  ko: '정부는 월요일 선거가 3월에 실시될 것이며 정당들이 선거 운동을 할 시간이 더 많아질 것이라고 발표했다.',
};

describe('detectLanguage', () => {
  for (const [lang, text] of Object.entries(SAMPLES)) {
    it(`detects ${lang} with no declared language`, () => expect(detectLanguage(text, null)).toBe(lang));
  }
  it('lets the text win when it clearly disagrees with the page', () => {
    expect(detectLanguage(SAMPLES.es!, 'en')).toBe('es');
    expect(detectLanguage(SAMPLES.ru!, 'en')).toBe('ru');
    expect(detectLanguage(SAMPLES.de!, 'en-US')).toBe('de');
  });
  it('keeps the declared language when the text is too short to tell', () => {
    expect(detectLanguage('Kabul', 'fr')).toBe('fr');
    expect(detectLanguage('OK, Taliban', 'es')).toBe('es');
    expect(detectLanguage('', 'pt-BR')).toBe('pt');
    expect(detectLanguage('', null)).toBe('en');
  });
  it('keeps a declared language of the same script (uk for Cyrillic) and spots Ukrainian letters', () => {
    expect(detectLanguage(SAMPLES.ru!, 'uk')).toBe('uk');
    expect(detectLanguage('Уряд у понеділок оголосив, що вибори відбудуться у березні, і партії отримають більше часу.', null)).toBe('uk');
  });
  it('trusts a declared Latin-script language it has no list for, but not a non-Latin one on Latin text', () => {
    const ca = 'El govern ha anunciat avui que les eleccions se celebraran al març i que els partits tindran més temps per a la campanya.';
    expect(detectLanguage(ca, 'ca')).toBe('ca');
    expect(detectLanguage(SAMPLES.es!, 'ru')).toBe('es');
  });
  it('normalises region tags and ignores junk declarations', () => {
    expect(detectLanguage(SAMPLES.en!, 'EN_gb')).toBe('en');
    expect(detectLanguage(SAMPLES.fr!, 'not a language')).toBe('fr');
  });
  it('reads the seed article as English', () => {
    expect(detectLanguage(seedBody, null)).toBe('en');
    expect(detectLanguage(seedBody, 'es')).toBe('en');
  });
});
