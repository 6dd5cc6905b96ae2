/**
 * The network's figures as they leave the server, for the page and the JSON alike: every count
 * with its code (ISO country, M49 area, SDG number, IATI type) and its name in one language.
 */
import type { Locale } from '../../../platform/i18n/index.js';
import { countryName, IATI_ORGANISATION_TYPES, regionName, SDGS } from '../../reference/index.js';
import type { CodeCount, NetworkFigures } from './service.js';

type Named<Code> = { code: Code; name: string | null; members: number };

/** Most members first; ties in the language's alphabetical order. */
function ranked<Code>(items: Named<Code>[], locale: Locale) {
  const collator = new Intl.Collator(locale);
  // Unnamed (a type not stated) after the named ones it ties with.
  const order = (a: Named<Code>, b: Named<Code>) =>
    a.name === null || b.name === null
      ? Number(a.name === null) - Number(b.name === null)
      : collator.compare(a.name, b.name);
  return items.sort((a, b) => b.members - a.members || order(a, b));
}

const named = <Code>(counts: CodeCount<Code>[], name: (code: Code) => string | null) =>
  counts.map(({ code, members }) => ({ code, name: name(code), members }));

export function presentFigures(figures: NetworkFigures, locale: Locale) {
  const { grouping } = figures.globalSouth;
  const area = (code: string) => regionName(code, locale) ?? code;
  return {
    asOf: figures.asOf,
    language: locale,
    members: figures.members,
    countries: figures.countries,
    verifiedMembers: figures.verified,
    globalSouth: {
      grouping: {
        id: grouping.id,
        name: grouping.name[locale],
        source: grouping.source,
        sourceUrl: grouping.sourceUrl,
        asOf: grouping.asOf,
      },
      members: figures.globalSouth.members,
      elsewhere: figures.members - figures.globalSouth.members,
      share: figures.globalSouth.share,
    },
    byRegion: ranked(named(figures.byRegion, area), locale),
    bySubRegion: ranked(named(figures.bySubRegion, area), locale),
    byCountry: ranked(
      named(figures.byCountry, (code) => countryName(code, locale)),
      locale,
    ),
    bySdg: named(figures.bySdg, (sdg) => SDGS[sdg]?.[locale] ?? null),
    /** A null code: members that gave no type; its name is null too. */
    byOrganisationType: ranked(
      named(figures.byType, (code) =>
        code === null ? null : (IATI_ORGANISATION_TYPES[code]?.[locale] ?? String(code)),
      ),
      locale,
    ),
  };
}
export type FiguresView = ReturnType<typeof presentFigures>;
