/**
 * How a text is spelt in English letters, whatever script it was typed in, and the other names
 * of a few well-known places. fold.ts indexes and searches every word both as written and as
 * spelt here, so that Ханкенди, Xankəndi and Khankendi find each other.
 *
 * @sindresorhus/transliterate (already the transliteration under our slugs) spells Cyrillic as
 * English texts do (х kh, ж zh, ц ts); for Azerbaijani Latin it knows only the Turkish letters,
 * and spells them the Turkish way (ş s, ç c). So the Azerbaijani letters are replaced first, as
 * English texts about Azerbaijan spell them: x kh, c j, q g, ş sh, ç ch, ğ gh.
 */
import transliterate from '@sindresorhus/transliterate';

/**
 * How ə is written without it. Latin transliterations use both: Xankəndi is Xankendi, but
 * Əliyev is Aliyev and Gəncə is Ganja. Search folds ə to e, and also indexes every word with ə
 * spelt with a and tries both spellings of a query word with ə, so that Əli and Ali find
 * each other and Xankəndi is found by xankendi.
 */
export type Schwa = 'e' | 'a';

/**
 * Azerbaijani letters as English spells them, and Russian дж (one sound: Гянджа is Ganja). In
 * order: each is replaced in turn, so c becomes j before ç and ş make new c's and s's.
 */
const AZERBAIJANI: [string, string][] = [
  ['c', 'j'],
  ['ç', 'ch'],
  ['ş', 'sh'],
  ['ğ', 'gh'],
  ['x', 'kh'],
  ['q', 'g'],
  ['ı', 'i'],
  ['ö', 'o'],
  ['ü', 'u'],
  ['дж', 'j'],
];
const AS_E: [string, string][] = [...AZERBAIJANI, ['ə', 'e']];
const AS_A: [string, string][] = [...AZERBAIJANI, ['ə', 'a']];

/**
 * `text` lower-cased and spelt in English letters, ə as `schwa` (English texts write
 * Xankəndi as Khankendi but Gəncə as Ganja). Letters become letters, so words stay words,
 * except where a word is only signs (ъ, ь), which have no letter.
 *
 * @example englishSpelling('Şuşa, Ханкенди') // 'shusha, khankendi'
 */
export function englishSpelling(text: string, schwa: Schwa): string {
  return transliterate(text.normalize('NFC').toLowerCase(), {
    customReplacements: schwa === 'e' ? AS_E : AS_A,
  });
}

/**
 * Well-known places whose spellings in English, Azerbaijani and Russian are too far apart for
 * letters alone (Baku and Bakı, Ganja and Гянджа). Every spelling of a group finds the others.
 * Names as the Republic of Azerbaijan writes them; add a group as the network needs one.
 */
export const PLACE_NAMES: readonly (readonly string[])[] = [
  ['Azerbaijan', 'Azərbaycan', 'Азербайджан'],
  ['Baku', 'Bakı', 'Баку'],
  ['Karabakh', 'Karabagh', 'Qarabağ', 'Карабах'],
  ['Khankendi', 'Xankəndi', 'Ханкенди'],
  ['Shusha', 'Şuşa', 'Шуша'],
  ['Ganja', 'Gəncə', 'Гянджа'],
  ['Sumgait', 'Sumqayıt', 'Сумгаит', 'Сумгайыт'],
  ['Mingachevir', 'Mingəçevir', 'Мингечевир'],
  ['Lankaran', 'Lənkəran', 'Ленкорань', 'Лянкяран'],
  ['Sheki', 'Shaki', 'Şəki', 'Шеки'],
  ['Nakhchivan', 'Naxçıvan', 'Нахчыван', 'Нахичевань'],
  ['Fuzuli', 'Füzuli', 'Физули'],
  ['Aghdam', 'Ağdam', 'Агдам'],
  ['Lachin', 'Laçın', 'Лачин'],
  ['Kalbajar', 'Kəlbəcər', 'Кельбаджар', 'Кялбаджар'],
  ['Zangilan', 'Zəngilan', 'Зангилан', 'Зангелан'],
  ['Jabrayil', 'Cəbrayıl', 'Джебраил', 'Джабраил'],
  ['Gubadli', 'Qubadlı', 'Губадлы'],
  ['Gabala', 'Qəbələ', 'Габала'],
  // Not Куба: in Russian that is Cuba too.
  ['Guba', 'Quba', 'Губа'],
  ['Shamakhi', 'Şamaxı', 'Шамахы', 'Шемаха'],
];
