/**
 * Locales, negotiation and message formatting. Messages are ICU MessageFormat strings (plurals
 * follow CLDR rules through Intl.PluralRules); dates and numbers go through Intl.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { az } from './catalogues/az.js';
import { en, type MessageKey } from './catalogues/en.js';
import { ru } from './catalogues/ru.js';

export const LOCALES = ['en', 'az', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  az: 'Azərbaycanca',
  ru: 'Русский',
};

export const catalogues: Record<Locale, Record<MessageKey, string>> = { en, az, ru };

export const isMessageKey = (value: string): value is MessageKey => Object.hasOwn(en, value);

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * Picks the locale: the person's own setting, else the `lang` cookie, else the best match in
 * Accept-Language, else the instance default.
 */
export function negotiateLocale(input: {
  personLocale?: string | null;
  cookie?: string;
  acceptLanguage?: string;
  fallback: Locale;
}): Locale {
  if (isLocale(input.personLocale)) return input.personLocale;
  if (isLocale(input.cookie)) return input.cookie;
  const ranked = (input.acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return (
    (ranked.find((entry) => isLocale(entry.base))?.base as Locale | undefined) ?? input.fallback
  );
}

export type Values = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: Values) => string;

const compiled = new Map<string, IntlMessageFormat>();

/** A translator bound to one locale; an unknown key does not typecheck. */
export function translator(locale: Locale): Translate {
  return (key, values) => {
    const id = `${locale}\u0000${key}`;
    let message = compiled.get(id);
    if (!message) {
      message = new IntlMessageFormat(catalogues[locale][key], locale);
      compiled.set(id, message);
    }
    return String(message.format(values));
  };
}

/** Formats an instant for people, in the instance's time zone. */
export function formatDateTime(
  value: string | Date,
  locale: Locale,
  timeZone: string,
  style: 'date' | 'datetime' = 'datetime',
) {
  const options: Intl.DateTimeFormatOptions =
    style === 'date'
      ? { dateStyle: 'long', timeZone }
      : { dateStyle: 'medium', timeStyle: 'short', timeZone };
  return new Intl.DateTimeFormat(locale, options).format(new Date(value));
}

export const formatNumber = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale).format(value);
