/**
 * Locales, negotiation and message formatting. Messages are ICU MessageFormat strings (plurals
 * follow CLDR rules through Intl.PluralRules); dates and numbers go through Intl.
 *
 * The words are kept by their owners: the platform's in ./messages, each module's in its own
 * messages/. Platform imports no module, so the modules' words join in two ways: their keys by
 * declaration merging into `Messages` (at compile time), their texts by `registerMessages`, which
 * the composition root (src/messages.ts) calls once (at run time).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { az } from './messages/az.js';
import { en } from './messages/en.js';
import { ru } from './messages/ru.js';

export const LOCALES = ['en', 'az', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Every message key, as the keys of this interface: the platform's here, each module's added by
 * its `messages/en.ts` (`declare module … { interface Messages extends … }`). So a key that no
 * catalogue defines does not typecheck, and each az/ru is typed by the keys of its own en.
 */
export interface Messages extends Record<keyof typeof en, string> {}
export type MessageKey = keyof Messages;

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  az: 'Azərbaycanca',
  ru: 'Русский',
};

/** One part's words (the platform's, or one module's) in every language. */
export type Catalogue = Record<Locale, Readonly<Record<string, string>>>;

/** The platform's words; the composition root registers the modules' beside them. */
export const platformMessages: Catalogue = { en, az, ru };

/**
 * Several parts' words as one catalogue. A key that two parts define is an error: one of them
 * would silently win, and which one would depend on the order of registration.
 */
export function mergeCatalogues(parts: readonly Catalogue[]): Catalogue {
  const merged: Record<Locale, Record<string, string>> = { en: {}, az: {}, ru: {} };
  for (const part of parts) {
    const twice = Object.keys(part.en).filter((key) => Object.hasOwn(merged.en, key));
    if (twice.length > 0) throw new Error(`Message keys defined twice: ${twice.join(', ')}`);
    for (const locale of LOCALES) Object.assign(merged[locale], part[locale]);
  }
  return merged;
}

/**
 * Every registered part's words, by locale: the platform's from the start, the modules' once the
 * composition root has called `registerMessages`. Typed by every key, as translation reads it.
 */
export const catalogues = mergeCatalogues([platformMessages]) as Record<
  Locale,
  Record<MessageKey, string>
>;

/** Adds the modules' words to the platform's; a key already registered is an error. */
export function registerMessages(...parts: readonly Catalogue[]) {
  const merged = mergeCatalogues([catalogues, ...parts]);
  for (const locale of LOCALES) Object.assign(catalogues[locale], merged[locale]);
}

export const isMessageKey = (value: string): value is MessageKey =>
  Object.hasOwn(catalogues.en, value);

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
      const text = catalogues[locale][key];
      // Typed keys all exist once src/messages.ts has registered the modules' words.
      if (text === undefined) throw new Error(`No message ${key}: are its words registered?`);
      message = new IntlMessageFormat(text, locale);
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
