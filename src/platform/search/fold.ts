/**
 * The one text normalisation search uses, for what it indexes and for what people type, on both
 * engines. Folding happens here, once, in JavaScript, so that SQLite's and PostgreSQL's
 * tokenisers only ever see lower-case words of letters and digits separated by single spaces,
 * and cannot disagree about case, accents or punctuation.
 */
import { englishSpelling, PLACE_NAMES, type Schwa } from './scripts.js';

export type { Schwa } from './scripts.js';

/** At most this many words of a query are used; the rest are ignored. */
export const MAX_QUERY_TOKENS = 8;
/** Words are cut to this many characters, in the index and in queries alike. */
export const MAX_TOKEN_LENGTH = 64;
/** Only the start of a typed query is read (more than 8 words of 64 characters fit). */
const MAX_QUERY_INPUT = 1024;
/** Each indexed field keeps this many characters of folded text (a tsvector holds at most 1 MB). */
export const MAX_FIELD_LENGTH = 50_000;
/**
 * Raised whenever folding changes what a document is indexed as: documents indexed under an
 * older version are indexed again when Concord starts (see SearchIndex.reindexIfStale).
 * 2: spellings in English letters and the other names of well-known places.
 */
export const FOLD_VERSION = 2;

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
 * The words of a typed query, each with the spellings it may match (['eli', 'ali'] for Əli,
 * ['ханкенди', 'khankendi'] for Ханкенди, every spelling of a place for Baku): folded, without
 * repeats, at most MAX_QUERY_TOKENS of them.
 */
export function parseQueryTerms(raw: string | null | undefined): string[][] {
  if (!raw) return [];
  const terms = new Map<string, string[]>();
  for (const forms of wordTerms(raw.slice(0, MAX_QUERY_INPUT)))
    if (!terms.has(forms[0]!)) terms.set(forms[0]!, forms);
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
 * The folded text of one indexed field: its values' words, space-separated, each word followed
 * by its other spellings (ə as a, in English letters, a place's other names), bounded in size.
 */
export function foldField(values: readonly string[]): string {
  const words = values.flatMap((value) => wordTerms(value).flat());
  const text = words.join(' ');
  if (text.length <= MAX_FIELD_LENGTH) return text;
  const cut = text.lastIndexOf(' ', MAX_FIELD_LENGTH);
  return text.slice(0, cut > 0 ? cut : MAX_FIELD_LENGTH);
}

/**
 * Each token of `text` with the spellings it is indexed and searched in, its own first: ə spelt
 * e, then a; the word in English letters (scripts.ts), ə again both ways; and, for a word that
 * names a well-known place, that place's other names. A spelling whose word splits into a
 * different number of tokens is left out ('1ə5x' is '1e5 x' but '1a5x'): it could not be lined
 * up with the others, nor could the English spelling of a text whose words it changes (a word
 * of soft signs alone has none).
 */
function wordTerms(text: string, places = true): string[][] {
  const own = foldLetters(text);
  if (own === '') return [];
  const words = own.split(' ');
  const english = (text.match(/[əƏ]/) ? (['e', 'a'] as const) : (['e'] as const))
    .map((schwa) => foldLetters(englishSpelling(text, schwa)).split(' '))
    .filter((spelt) => spelt.length === words.length);
  return words.flatMap((word, i) => {
    const [primary, ...others] = [
      ...(word.includes('ə') ? [tokens(word, 'e'), tokens(word, 'a')] : [tokens(word, 'e')]),
      // A word of signs alone (ь) has no English spelling.
      ...english.filter((spelt) => spelt[i] !== '').map((spelt) => tokens(spelt[i]!, 'e')),
    ];
    const terms = primary!.map((token) => [token]);
    for (const other of others)
      if (other.length === terms.length)
        other.forEach((token, j) => {
          if (!terms[j]!.includes(token)) terms[j]!.push(token);
        });
    if (places && terms.length === 1) {
      const [forms] = terms as [string[]];
      for (const name of new Set(forms.flatMap((form) => placeNames().get(form) ?? [])))
        if (!forms.includes(name)) forms.push(name);
    }
    return terms;
  });
}

/** A folded word's tokens with ə spelt `schwa`, each cut to MAX_TOKEN_LENGTH characters. */
const tokens = (word: string, schwa: Schwa) =>
  splitNumbers(word.replaceAll('ə', schwa)).split(' ').map(truncateToken);

let places: Map<string, string[]> | undefined;
/** Every spelling of every place in PLACE_NAMES, folded, to all the spellings of its place. */
function placeNames() {
  if (places) return places;
  places = new Map();
  for (const group of PLACE_NAMES) {
    const forms = [...new Set(group.flatMap((name) => wordTerms(name, false).flat()))];
    for (const form of forms) places.set(form, [...(places.get(form) ?? []), ...forms]);
  }
  return places;
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

function truncateToken(token: string): string {
  if (token.length <= MAX_TOKEN_LENGTH) return token;
  // Count code points, not UTF-16 units, so a letter outside the BMP is never cut in half.
  return Array.from(token).slice(0, MAX_TOKEN_LENGTH).join('');
}
