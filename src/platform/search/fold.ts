/**
 * The one text normalisation search uses, for what it indexes and for what people type, on both
 * engines. Folding happens here, once, in JavaScript, so that SQLite's and PostgreSQL's
 * tokenisers only ever see lower-case words of letters and digits separated by single spaces,
 * and cannot disagree about case, accents or punctuation.
 */

/** At most this many words of a query are used; the rest are ignored. */
export const MAX_QUERY_TOKENS = 8;
/** Words are cut to this many characters, in the index and in queries alike. */
export const MAX_TOKEN_LENGTH = 64;
/** Only the start of a typed query is read (more than 8 words of 64 characters fit). */
const MAX_QUERY_INPUT = 1024;
/** Each indexed field keeps this many characters of folded text (a tsvector holds at most 1 MB). */
export const MAX_FIELD_LENGTH = 50_000;

/**
 * Letters that Unicode does not decompose into a base letter and a mark, folded as people type
 * them on a Latin keyboard: Azerbaijani ı, and a few common European ones.
 */
const LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  // Case folding, not just lower case: FTS5 folds final sigma to sigma, PostgreSQL keeps it.
  ς: 'σ',
  // Azerbaijani ə has a look-alike, the "turned e", on some keyboards.
  ǝ: 'ə',
};
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/**
 * How ə is written without it. Latin transliterations use both: Xankəndi is Xankendi, but
 * Əliyev is Aliyev and Gəncə is Ganja. Search folds ə to e, and also indexes every word with ə
 * spelt with a and tries both spellings of a query word with ə, so that Əli and Ali find
 * each other and Xankəndi is found by xankendi.
 */
export type Schwa = 'e' | 'a';

/**
 * Lower case without accents, punctuation turned into single spaces: 'Xankəndi' and 'XANKƏNDİ'
 * become 'xankendi', 'Ёлка' becomes 'елка', and 'Айгерим' keeps its й.
 *
 * @example foldForSearch('Əli-Bayramlı, İsmayıllı') // 'eli bayramli ismayilli'
 */
export function foldForSearch(text: string, schwa: Schwa = 'e'): string {
  return splitNumbers(foldLetters(text).replaceAll('ə', schwa));
}

/** The words of `text` after folding, each cut to MAX_TOKEN_LENGTH characters. */
export function searchTokens(text: string, schwa: Schwa = 'e'): string[] {
  const folded = foldForSearch(text, schwa);
  return folded === '' ? [] : folded.split(' ').map(truncateToken);
}

/**
 * The words of a typed query, each with the spellings it may match (['eli', 'ali'] for Əli):
 * folded, without repeats, at most MAX_QUERY_TOKENS of them.
 */
export function parseQueryTerms(raw: string | null | undefined): string[][] {
  if (!raw) return [];
  const terms = new Map<string, string[]>();
  for (const { asE, asA } of spellings(raw.slice(0, MAX_QUERY_INPUT)))
    for (const [i, word] of asE.entries())
      if (!terms.has(word)) terms.set(word, asA && asA[i] !== word ? [word, asA[i]!] : [word]);
  return [...terms.values()].slice(0, MAX_QUERY_TOKENS);
}

/**
 * The words a typed query searches for: folded, without repeats, at most MAX_QUERY_TOKENS of
 * them. An empty list means "no search" (a blank or punctuation-only query).
 *
 * @example parseSearchQuery('  "Xankəndi" NEAR(ali* ') // ['xankendi', 'near', 'ali']
 */
export function parseSearchQuery(raw: string | null | undefined): string[] {
  return parseQueryTerms(raw).map((forms) => forms[0]!);
}

/**
 * The folded text of one indexed field: its values' words, space-separated, each word with ə
 * followed by its spelling with a, bounded in size.
 */
export function foldField(values: readonly string[]): string {
  const words = values.flatMap((value) =>
    spellings(value).flatMap(({ asE, asA }) =>
      asE.flatMap((word, i) => (asA && asA[i] !== word ? [word, asA[i]!] : [word])),
    ),
  );
  const text = words.join(' ');
  if (text.length <= MAX_FIELD_LENGTH) return text;
  const cut = text.lastIndexOf(' ', MAX_FIELD_LENGTH);
  return text.slice(0, cut > 0 ? cut : MAX_FIELD_LENGTH);
}

/** Everything foldForSearch does except choosing how to spell ə and splitting 1e5-like words. */
function foldLetters(text: string): string {
  return (
    text
      // Compatibility decomposition: letters and their accents come apart, ligatures and
      // full-width forms become plain letters, and İ becomes I with a combining dot.
      .normalize('NFKD')
      .toLowerCase()
      // й is a letter of its own in Russian, not и with an accent: put it back together.
      .replace(/и\u0306/g, 'й')
      .replace(/\p{M}+/gu, '')
      .replace(LETTER_PATTERN, (letter) => LETTERS[letter]!)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * PostgreSQL's parser reads a word that starts like 1e5 as that number and the rest as a second
 * word; split it so here, so that both engines see the same two words.
 */
const splitNumbers = (folded: string) =>
  folded.replace(/(?<![\p{L}\p{N}])([0-9]+e[0-9]+)(?![0-9])(?=[\p{L}\p{N}])/gu, '$1 ');

/**
 * Each word of `text` as its tokens with ə spelt e and, when it has ə, with ə spelt a. The two
 * have the same number of tokens except where a 1e5-like word splits in one spelling only
 * ('1ə5x' is '1e5 x' but '1a5x'); there, the e spelling stands alone.
 */
function spellings(text: string): { asE: string[]; asA: string[] | undefined }[] {
  const folded = foldLetters(text);
  if (folded === '') return [];
  return folded.split(' ').map((word) => {
    const asE = splitNumbers(word.replaceAll('ə', 'e')).split(' ').map(truncateToken);
    if (!word.includes('ə')) return { asE, asA: undefined };
    const asA = splitNumbers(word.replaceAll('ə', 'a')).split(' ').map(truncateToken);
    return { asE, asA: asA.length === asE.length ? asA : undefined };
  });
}

function truncateToken(token: string): string {
  if (token.length <= MAX_TOKEN_LENGTH) return token;
  // Count code points, not UTF-16 units, so a letter outside the BMP is never cut in half.
  return Array.from(token).slice(0, MAX_TOKEN_LENGTH).join('');
}
