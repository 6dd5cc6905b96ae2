import { describe, expect, it } from 'vitest';
import {
  type Catalogue,
  formatDateTime,
  formatNumber,
  mergeCatalogues,
  negotiateLocale,
  translator,
} from './index.js';

// The catalogue checks (every language has en's keys and placeholders) run over every module's
// words as well as the platform's, so they live beside the composition: src/messages.test.ts.

describe('mergeCatalogues', () => {
  const part = (words: Record<string, string>): Catalogue => ({ en: words, az: words, ru: words });

  it("joins the parts' words in every language", () => {
    const merged = mergeCatalogues([part({ 'a.one': 'One' }), part({ 'b.two': 'Two' })]);
    expect(merged.ru).toEqual({ 'a.one': 'One', 'b.two': 'Two' });
  });

  it('refuses a key that two catalogues define', () => {
    expect(() =>
      mergeCatalogues([part({ 'a.one': 'One', 'a.both': 'A' }), part({ 'a.both': 'B' })]),
    ).toThrow('Message keys defined twice: a.both');
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
