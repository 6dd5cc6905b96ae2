import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  catalogues,
  formatDateTime,
  formatNumber,
  LOCALES,
  type MessageKey,
  negotiateLocale,
  translator,
} from './index.js';

/** The parts of intl-messageformat's AST this test reads (types as in its parser's TYPE enum). */
type AstNode = {
  type: number;
  value?: string;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
};
const ARGUMENT_TYPES = new Set([1, 2, 3, 4, 5, 6]); // argument, number, date, time, select, plural
const PLURAL = 6;

function walk(nodes: AstNode[], visit: (node: AstNode) => void) {
  for (const node of nodes) {
    visit(node);
    for (const option of Object.values(node.options ?? {})) walk(option.value, visit);
    if (node.children) walk(node.children, visit);
  }
}

const astOf = (message: string, locale: string) =>
  new IntlMessageFormat(message, locale).getAst() as unknown as AstNode[];

/** The names a message interpolates, e.g. {name} and {count, plural, …}. */
function placeholders(message: string, locale: string) {
  const names = new Set<string>();
  walk(astOf(message, locale), (node) => {
    if (ARGUMENT_TYPES.has(node.type) && node.value) names.add(node.value);
  });
  return [...names].sort();
}

const en = catalogues.en;
const keys = Object.keys(en) as MessageKey[];

describe('catalogues', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s has exactly the keys of en, none missing and none extra',
    (locale) => {
      const own = Object.keys(catalogues[locale]);
      expect(own.filter((k) => !Object.hasOwn(en, k))).toEqual([]);
      expect(keys.filter((k) => !Object.hasOwn(catalogues[locale], k))).toEqual([]);
      for (const key of keys) expect(catalogues[locale][key].trim(), key).not.toBe('');
    },
  );

  it('finds placeholders inside plural branches (so the next check can fail)', () => {
    expect(
      placeholders('{n, plural, one {# by {name}} other {{count} <b>{who}</b>}}', 'en'),
    ).toEqual(['count', 'n', 'name', 'who']);
    expect(placeholders(en['error.429'], 'en')).toEqual(['minutes']);
  });

  it.each(LOCALES)('every %s message parses and keeps the placeholders of en', (locale) => {
    for (const key of keys) {
      const message = catalogues[locale][key];
      expect(() => astOf(message, locale), `${locale} ${key}`).not.toThrow();
      expect(placeholders(message, locale), `${locale} ${key}`).toEqual(
        placeholders(en[key], 'en'),
      );
    }
  });

  it.each(LOCALES)(
    'every %s plural covers the CLDR plural categories of the language',
    (locale) => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const key of keys) {
        walk(astOf(catalogues[locale][key], locale), (node) => {
          if (node.type !== PLURAL) return;
          for (const category of categories) {
            expect(Object.keys(node.options ?? {}), `${locale} ${key}`).toContain(category);
          }
        });
      }
    },
  );

  it('writes Azerbaijani in its own Latin alphabet and Russian in Cyrillic', () => {
    const az = Object.values(catalogues.az).join(' ');
    expect(az).toContain('ə');
    expect(az).toMatch(/[ğışçöü]/);
    expect(catalogues.az['layout.skip']).not.toBe(en['layout.skip']);
    expect(catalogues.ru['layout.skip']).toMatch(/[а-яё]/i);
  });
});

describe('negotiateLocale', () => {
  const fallback = 'en' as const;

  it("prefers the person's own setting over cookie and browser", () => {
    expect(
      negotiateLocale({ personLocale: 'ru', cookie: 'az', acceptLanguage: 'en', fallback }),
    ).toBe('ru');
  });

  it('then the lang cookie over the browser', () => {
    expect(
      negotiateLocale({ personLocale: null, cookie: 'az', acceptLanguage: 'ru', fallback }),
    ).toBe('az');
  });

  it('then the best supported language in Accept-Language, by q-value', () => {
    expect(negotiateLocale({ acceptLanguage: 'ru-RU,ru;q=0.9,en;q=0.8', fallback })).toBe('ru');
    expect(negotiateLocale({ acceptLanguage: 'en;q=0.5, az-AZ;q=0.9', fallback })).toBe('az');
    expect(negotiateLocale({ acceptLanguage: 'fr-FR, de;q=0.9, RU;q=0.1', fallback })).toBe('ru');
    expect(negotiateLocale({ acceptLanguage: 'az;q=0, ru;q=0.2', fallback })).toBe('ru');
  });

  it('then the instance default', () => {
    expect(negotiateLocale({ acceptLanguage: 'fr, de;q=0.5', fallback: 'az' })).toBe('az');
    expect(negotiateLocale({ acceptLanguage: '', fallback: 'ru' })).toBe('ru');
    expect(negotiateLocale({ fallback: 'az' })).toBe('az');
  });

  it('ignores values that are not Concord locales', () => {
    expect(
      negotiateLocale({ personLocale: 'fr', cookie: '<script>', acceptLanguage: 'de', fallback }),
    ).toBe('en');
  });
});

describe('translator', () => {
  it('uses Russian plural forms: one, few, many', () => {
    const t = translator('ru');
    expect(t('error.429', { minutes: 1 })).toContain('1 минуту');
    expect(t('error.429', { minutes: 2 })).toContain('2 минуты');
    expect(t('error.429', { minutes: 5 })).toContain('5 минут ');
    expect(t('error.429', { minutes: 21 })).toContain('21 минуту');
  });

  it('uses English plural forms', () => {
    const t = translator('en');
    expect(t('error.429', { minutes: 1 })).toContain('wait 1 minute and');
    expect(t('error.429', { minutes: 15 })).toContain('wait 15 minutes and');
  });

  it('fills placeholders', () => {
    expect(translator('en')('layout.account.signedInAs', { name: 'Leyla' })).toBe(
      'Signed in as Leyla',
    );
  });
});

describe('formatting', () => {
  // 20:30 UTC on 1 March is already 2 March in Baku (UTC+4).
  const instant = '2025-03-01T20:30:00Z';

  it('shows dates in the instance time zone, in each language', () => {
    expect(formatDateTime(instant, 'en', 'Asia/Baku', 'date')).toBe('March 2, 2025');
    expect(formatDateTime(instant, 'az', 'Asia/Baku', 'date')).toBe('2 mart 2025');
    expect(formatDateTime(instant, 'ru', 'Asia/Baku', 'date')).toBe('2 марта 2025 г.');
    expect(formatDateTime(instant, 'en', 'UTC', 'date')).toBe('March 1, 2025');
  });

  it('shows date and time in the instance time zone', () => {
    expect(formatDateTime(new Date(instant), 'ru', 'Asia/Baku')).toMatch(/^2 мар.* 00:30$/);
    expect(formatDateTime(instant, 'az', 'Asia/Baku')).toMatch(/^2 mar 2025.* 00:30$/);
    expect(formatDateTime(instant, 'en', 'Asia/Baku')).toMatch(/^Mar 2, 2025.* 12:30\sAM$/);
  });

  it('groups digits the way each language does', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'ru')).toMatch(/^1\s234\s567$/);
  });
});
