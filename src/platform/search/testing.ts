/**
 * Documents for search tests: a small directory with names in Azerbaijani, English and Russian,
 * and a generator of awkward text (every script, accent, digit and punctuation mark that the
 * two engines' tokenisers could disagree about).
 */
import type { SearchDocument } from './index.js';

/** Organisations with names in Azerbaijani, English and Russian. */
export const DIRECTORY: Record<string, SearchDocument> = {
  'xankendi-youth': {
    title: ['Xankəndi Gənclər Birliyi', 'Khankendi Youth Union', 'Союз молодёжи Ханкенди', 'XGB'],
    keywords: ['youth', 'education'],
    body: ['Gənclər üçün təhsil proqramları.', 'Education programmes for young people.'],
  },
  'hasanov-fund': {
    title: ['Əli Həsənov Fondu', 'Hasanov Foundation', 'Фонд Гасанова'],
    keywords: ['charity'],
    body: ['Scholarships for students from rural districts.'],
  },
  'ali-baba': {
    title: ['Ali Baba Network', 'Сеть Али-Баба'],
    keywords: ['crafts'],
    body: ['Artisans and small producers.'],
  },
  aigerim: {
    title: ['Айгерим', 'Aigerim Women Network'],
    keywords: ['women', 'equality'],
    body: ['Сеть женских организаций Центральной Азии.'],
  },
  'ganja-eco': {
    title: ['Gəncə Ekoloji Mərkəzi', 'Ganja Ecology Centre', 'Гянджинский экологический центр'],
    keywords: ['environment', 'water'],
    body: ['Clean water and waste management in Ganja.'],
  },
  'baku-rights': {
    title: [
      'Bakı İnsan Hüquqları Mərkəzi',
      'Baku Human Rights Centre',
      'Бакинский центр прав человека',
    ],
    keywords: ['human rights', 'legal aid'],
    body: ['Legal aid and trial monitoring.'],
  },
  'sheki-initiative': {
    title: ['Şəki Təşəbbüs Qrupu', 'Sheki Initiative Group'],
    keywords: ['culture'],
    body: ['Works with youth and schools, also in the Xankəndi region.'],
  },
  yolka: {
    title: ['Ёлка', 'Yolka Children Fund'],
    keywords: ['children'],
    body: ['Новогодние праздники для детей.'],
  },
  'istanbul-solidarity': {
    title: ['İstanbul Dayanışma Derneği', 'ISTANBUL SOLIDARITY ASSOCIATION'],
    keywords: ['solidarity'],
    body: ['Mutual aid.'],
  },
  agenda: {
    title: ['Agenda 2030 Network'],
    keywords: ['SDG-5', 'sdg17'],
    body: ['Tracking the Sustainable Development Goals.'],
  },
};

/** Pieces of words, chosen to trip tokenisers: letters with and without accents, ligatures,
 * other scripts, digits of other systems, combining marks, and punctuation. */
const PIECES = [
  ...'aeiouxkhnrstlmbd',
  ...'əƏıIİiışŞçÇğĞöÖüÜǝƎ',
  ...'ёЁйЙиежшщъыьэюяХАНКЕНДИ',
  'e\u0301',
  'и\u0306',
  'ǆ',
  'ǅ',
  'ﬁ',
  'ﬀ',
  'Ａ',
  'ｂ',
  '²',
  '½',
  'Ⅻ',
  '①',
  'ß',
  'ł',
  'ø',
  'æ',
  'œ',
  'ŉ',
  'Ω',
  'ς',
  'σ',
  'ά',
  '中',
  '文',
  'ا',
  'ש',
  '١',
  '٣',
  '0',
  '1',
  '2',
  '9',
  '1e5',
  '0x',
  '\u0300',
  '\u200b',
  '\u00ad',
];
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  '  ',
  '-',
  '_',
  '.',
  ',',
  "'",
  '’',
  '@',
  '/',
  '#',
  '&',
  '|',
  '!',
  '(',
  ')',
  '*',
  ':',
  '"',
  '\t',
  '\n',
  '\u00a0',
  '🌍',
  '<b>',
  '&amp;',
];

/** A deterministic generator of awkward words, texts and queries. */
export function awkwardText(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const word = () =>
    Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(PIECES)).join('');
  const text = (words: number) =>
    Array.from({ length: words }, (_, i) => (i === 0 ? '' : pick(SEPARATORS)) + word()).join('');
  return {
    random,
    word,
    text,
    document: (): SearchDocument => ({
      title: [text(1 + Math.floor(random() * 3))],
      keywords: random() < 0.5 ? [word()] : [],
      body: [text(Math.floor(random() * 8))],
    }),
  };
}
