/**
 * Translatable text as one JSON object per field (decision 004): reading it and choosing the
 * language to show, for every module.
 */
import type { Locale } from './index.js';

export type Translations = Partial<Record<Locale, string>>;

/** The stored JSON as an object; anything unreadable counts as no text at all. */
export function parseTranslations(json: string | null | undefined): Translations {
  try {
    const value = JSON.parse(json ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

/** The texts as the JSON a field stores, the languages without text left out. */
export const translationsJson = (texts: Translations) =>
  JSON.stringify(Object.fromEntries(Object.entries(texts).filter(([, text]) => text)));

/** Text in the requested language, else the original, else any language there is. */
export function pickTranslation(texts: Translations, locale: Locale, original?: string) {
  return texts[locale] || original || Object.values(texts).find(Boolean) || '';
}

/**
 * The text to show from one stored field: its JSON read as `parseTranslations` does, the
 * language chosen as `pickTranslation` does.
 */
export function readTranslation(
  json: string | null | undefined,
  locale: Locale,
  original?: string,
): string {
  return pickTranslation(parseTranslations(json), locale, original);
}

/** The language `pickTranslation` chose, for a `lang` attribute on the text. */
export function pickedLanguage(texts: Translations, locale: Locale): Locale | undefined {
  if (texts[locale]) return locale;
  return (Object.keys(texts) as Locale[]).find((l) => texts[l]);
}
