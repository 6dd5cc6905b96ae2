import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../config.js';
import { LOCALES } from '../../../platform/i18n/index.js';
import {
  COUNTRY_CODES,
  countryName,
  countryRegion,
  GROUPING_IDS,
  groupings,
  isCountryCode,
  isGlobalSouth,
  isInGrouping,
  listCountries,
  regionName,
} from '../index.js';

const grouping = (id: string) => groupings.find((g) => g.id === id)!;

describe('country codes', () => {
  it('holds the ISO 3166-1 codes with an M49 region, plus Kosovo, without Antarctica', () => {
    expect(COUNTRY_CODES.length).toBe(249);
    for (const code of ['AZ', 'BR', 'CN', 'TW', 'XK', 'PS', 'SS', 'HK']) {
      expect(isCountryCode(code)).toBe(true);
    }
    for (const value of ['AQ', 'az', 'XX', 'AZE', '', 31, null]) {
      expect(isCountryCode(value)).toBe(false);
    }
  });
});

describe('countryName', () => {
  it('names a country in each language', () => {
    expect(countryName('AZ', 'en')).toBe('Azerbaijan');
    expect(countryName('AZ', 'az')).toBe('Azərbaycan');
    expect(countryName('AZ', 'ru')).toBe('Азербайджан');
    expect(countryName('TR', 'az')).toBe('Türkiyə');
    expect(countryName('GE', 'ru')).toBe('Грузия');
  });

  it('uses the short names written over the package where its own read badly', () => {
    expect(countryName('CN', 'en')).toBe('China');
    expect(countryName('CN', 'ru')).toBe('Китай');
    expect(countryName('PS', 'az')).toBe('Fələstin');
    expect(countryName('SZ', 'az')).toBe('Esvatini');
    expect(countryName('ZA', 'ru')).toBe('Южно-Африканская Республика');
  });

  it('has a name for every code in every language', () => {
    for (const code of COUNTRY_CODES) {
      for (const locale of LOCALES) {
        const name = countryName(code, locale);
        expect(name, `${code} in ${locale}`).not.toBe(code);
        expect(name.length).toBeGreaterThan(1);
      }
    }
  });

  it('returns an unknown code as it is', () => {
    expect(countryName('XX', 'en')).toBe('XX');
  });
});

describe('listCountries', () => {
  it.each(LOCALES)('lists every country sorted by %s collation', (locale) => {
    const list = listCountries(locale);
    expect(list.map((c) => c.code).sort()).toEqual([...COUNTRY_CODES]);
    const collator = new Intl.Collator(locale);
    for (let i = 1; i < list.length; i++) {
      expect(collator.compare(list[i - 1]!.name, list[i]!.name)).toBeLessThanOrEqual(0);
    }
  });

  it('follows Azerbaijani alphabetical order (Ç after C, Ə after E, Ş after S)', () => {
    const names = listCountries('az').map((c) => c.name);
    const sortsBefore = (a: string, b: string) =>
      expect(names.indexOf(a)).toBeLessThan(names.indexOf(b));
    sortsBefore('Cənubi Sudan', 'Çad');
    sortsBefore('Çin', 'Danimarka');
    sortsBefore('Ekvador', 'Əfqanıstan');
    sortsBefore('Əfqanıstan', 'Fransa');
    sortsBefore('Suriya', 'Şri-Lanka');
  });
});

describe('countryRegion', () => {
  it('places countries in their M49 region, sub-region and intermediate region', () => {
    const az = countryRegion('AZ')!;
    expect([az.region.code, az.subRegion.code, az.intermediateRegion]).toEqual([
      '142',
      '145',
      undefined,
    ]);
    expect(az.subRegion.name('az')).toBe('Qərbi Asiya');
    const br = countryRegion('BR')!;
    expect(br.region.name('en')).toBe('Americas');
    expect(br.subRegion.name('ru')).toBe('Латинская Америка и Карибский бассейн');
    expect(br.intermediateRegion?.name('en')).toBe('South America');
    expect(countryRegion('KE')?.subRegion.name('en')).toBe('Sub-Saharan Africa');
    expect(countryRegion('TW')?.subRegion.code).toBe('030');
    expect(countryRegion('XK')?.subRegion.code).toBe('039');
    expect(countryRegion('AQ')).toBeUndefined();
  });

  it('gives every code a region and a sub-region named in all three languages', () => {
    for (const code of COUNTRY_CODES) {
      const place = countryRegion(code);
      expect(place, code).toBeDefined();
      const areas = [place!.region, place!.subRegion, place!.intermediateRegion];
      for (const area of areas.filter((a) => a !== undefined)) {
        for (const locale of LOCALES) {
          expect(regionName(area.code, locale), `${area.code} in ${locale}`).toBeTruthy();
          expect(area.name(locale)).toBe(regionName(area.code, locale));
        }
      }
    }
  });

  it('writes Azerbaijani names with Azerbaijani letters and Russian ones in Cyrillic', () => {
    expect(regionName('202', 'az')).toBe('Saharadan cənubdakı Afrika');
    expect(regionName('035', 'az')).toBe('Cənub-Şərqi Asiya');
    expect(regionName('202', 'ru')).toBe('Африка к югу от Сахары');
    expect(regionName('999', 'en')).toBeUndefined();
  });
});

describe('groupings', () => {
  it('records a source, its address and the date of the list for each grouping', () => {
    expect(groupings.map((g) => g.id)).toEqual([...GROUPING_IDS]);
    for (const g of groupings) {
      expect(g.source.length).toBeGreaterThan(20);
      expect(g.sourceUrl).toMatch(/^https:\/\/[a-z0-9.-]+\//);
      expect(g.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(g.asOf))).toBe(false);
      for (const locale of LOCALES) expect(g.name[locale]).toBeTruthy();
      for (const change of g.changes) expect(change.date <= g.asOf).toBe(true);
    }
  });

  it('lists only valid codes, each once, sorted', () => {
    for (const g of groupings) {
      for (const code of g.members) expect(isCountryCode(code), `${g.id}: ${code}`).toBe(true);
      expect(new Set(g.members).size).toBe(g.members.length);
      expect([...g.members].sort()).toEqual(g.members);
    }
  });

  it('counts 134 members of the G77 (China included) and 121 of the NAM (South Sudan since 2024)', () => {
    expect(grouping('g77').members).toHaveLength(134);
    expect(grouping('nam').members).toHaveLength(121);
  });

  it('keeps the anchor facts', () => {
    expect(isInGrouping('AZ', 'nam')).toBe(true);
    expect(isInGrouping('AZ', 'g77')).toBe(false);
    expect(isInGrouping('AZ', 'unctad-developing')).toBe(true);
    expect(isInGrouping('CN', 'g77')).toBe(true);
    expect(isInGrouping('CN', 'nam')).toBe(false); // an observer
    expect(isInGrouping('SS', 'nam')).toBe(true);
    expect(isInGrouping('BA', 'g77')).toBe(true);
    expect(isInGrouping('MX', 'g77')).toBe(false);
    expect(isInGrouping('BR', 'unctad-developing')).toBe(true);
    expect(isInGrouping('BR', 'g77')).toBe(true);
    expect(isInGrouping('BR', 'nam')).toBe(false); // an observer
    for (const id of GROUPING_IDS) {
      expect(isInGrouping('IN', id)).toBe(true);
      expect(isInGrouping('PS', id)).toBe(true);
      expect(isInGrouping('JP', id)).toBe(false);
      expect(isInGrouping('US', id)).toBe(false);
    }
  });

  it('derives UNCTAD developing economies from M49 by the recorded rule', () => {
    const developing = (code: string) => isInGrouping(code, 'unctad-developing');
    // Africa, Latin America and the Caribbean, Asia and Oceania are developing…
    for (const code of ['NG', 'BR', 'MX', 'CN', 'KZ', 'GE', 'TR', 'SA', 'SG', 'TW', 'FJ', 'PG']) {
      expect(developing(code), code).toBe(true);
    }
    // …except Israel, Japan, the Republic of Korea, Australia and New Zealand; Europe and
    // Northern America are developed, the former transition economies of Europe included.
    for (const code of ['IL', 'JP', 'KR', 'AU', 'NZ', 'DE', 'RU', 'UA', 'AL', 'RS', 'US']) {
      expect(developing(code), code).toBe(false);
    }
    for (const code of ['CA', 'BM', 'GL', 'PM']) expect(developing(code), code).toBe(false);
    expect(grouping('unctad-developing').members).toHaveLength(183);
  });
});

describe('the GLOBAL_SOUTH setting', () => {
  it('defaults to UNCTAD developing economies and accepts each grouping', () => {
    expect(loadConfig({}).globalSouth).toBe('unctad-developing');
    for (const id of GROUPING_IDS) expect(loadConfig({ GLOBAL_SOUTH: id }).globalSouth).toBe(id);
  });

  it('rejects any other value with one line naming the variable', () => {
    expect(() => loadConfig({ GLOBAL_SOUTH: 'brics' })).toThrow(ConfigError);
    expect(() => loadConfig({ GLOBAL_SOUTH: 'brics' })).toThrow(
      'GLOBAL_SOUTH: expected unctad-developing, g77 or nam (got "brics")',
    );
  });

  it('decides isGlobalSouth by the chosen grouping', () => {
    const { globalSouth } = loadConfig({ GLOBAL_SOUTH: 'g77' });
    expect(isGlobalSouth('AZ', globalSouth)).toBe(false);
    expect(isGlobalSouth('AZ', 'nam')).toBe(true);
    expect(isGlobalSouth('AZ', loadConfig({}).globalSouth)).toBe(true);
    expect(isGlobalSouth('XX', 'unctad-developing')).toBe(false);
  });
});
