/**
 * The country data set: ISO 3166-1 alpha-2 codes, their names in our three languages, their UN
 * M49 region and sub-region, and the groupings a network may call "the Global South". Pure data
 * and functions: nothing here touches the database.
 *
 * @example
 * countryName('AZ', 'az'); // 'Azərbaycan'
 * countryRegion('AZ')?.subRegion.name('en'); // 'Western Asia'
 * isGlobalSouth('BR', config.globalSouth); // true
 */
import type { Config } from '../../../config.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { GROUPINGS, type Grouping, type GroupingId } from './groupings.js';
import { M49_AREA_NAMES, M49_PLACEMENTS } from './m49.js';
import { lookUpName, PACKAGE_CODES } from './names.js';

/** Every code a country field accepts: the package's codes that have an M49 region (not AQ). */
export const COUNTRY_CODES: readonly string[] = PACKAGE_CODES.filter((code) =>
  M49_PLACEMENTS.has(code),
).sort();

const codeSet = new Set(COUNTRY_CODES);

export const isCountryCode = (code: unknown): code is string =>
  typeof code === 'string' && codeSet.has(code);

/** The name of a country in `locale`; an unknown code is returned as it is. */
export function countryName(code: string, locale: Locale): string {
  if (!codeSet.has(code)) return code;
  return lookUpName(code, locale) ?? lookUpName(code, 'en') ?? code;
}

export type CountryEntry = { code: string; name: string };

const sortedLists = new Map<Locale, readonly CountryEntry[]>();

/** All countries named in `locale`, sorted by that language's collation (for a select list). */
export function listCountries(locale: Locale): readonly CountryEntry[] {
  let list = sortedLists.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    list = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    sortedLists.set(locale, list);
  }
  return list;
}

/** The name of an M49 area (region, sub-region, intermediate region) or undefined. */
export function regionName(m49Code: string, locale: Locale): string | undefined {
  return M49_AREA_NAMES[m49Code]?.[locale];
}

export type RegionRef = { code: string; name: (locale: Locale) => string };

export type CountryRegion = {
  region: RegionRef;
  subRegion: RegionRef;
  /** Only in Sub-Saharan Africa and Latin America and the Caribbean. */
  intermediateRegion?: RegionRef;
};

const regionRef = (code: string): RegionRef => ({
  code,
  name: (locale) => regionName(code, locale) ?? code,
});

/** The M49 region and sub-region of a country, or undefined for an unknown code. */
export function countryRegion(code: string): CountryRegion | undefined {
  const place = M49_PLACEMENTS.get(code);
  if (!place) return undefined;
  return {
    region: regionRef(place.region),
    subRegion: regionRef(place.subRegion),
    ...(place.intermediateRegion && { intermediateRegion: regionRef(place.intermediateRegion) }),
  };
}

export const groupings: readonly Grouping[] = GROUPINGS;

const memberSets = new Map(GROUPINGS.map((g) => [g.id, new Set(g.members)]));

export function isInGrouping(code: string, groupingId: GroupingId): boolean {
  return memberSets.get(groupingId)?.has(code) ?? false;
}

/**
 * Whether a country counts as "Global South" on this site: membership of the grouping the
 * `GLOBAL_SOUTH` setting chose (pass `config.globalSouth`).
 */
export function isGlobalSouth(code: string, groupingId: Config['globalSouth']): boolean {
  return isInGrouping(code, groupingId);
}

// The setting accepts exactly the groupings defined here; this fails to compile otherwise.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const settingMatchesGroupings: Same<Config['globalSouth'], GroupingId> = true;
void settingMatchesGroupings;
