/**
 * An event's participation figures as they leave the server, for the page and the JSON alike:
 * every count with its code (ISO country, M49 region, IATI type) and its name in one language.
 */
import type { Locale } from '../../../platform/i18n/index.js';
import { countryName, IATI_ORGANISATION_TYPES, regionName } from '../../reference/index.js';
import type { CodeCount, ParticipationFigures } from './service.js';

type Named<Code> = { code: Code; name: string | null; participants: number; organizations: number };

/** Most participants first; ties in the language's alphabetical order, unnamed last. */
function ranked<Code>(items: Named<Code>[], locale: Locale) {
  const collator = new Intl.Collator(locale);
  const order = (a: Named<Code>, b: Named<Code>) =>
    a.name === null || b.name === null
      ? Number(a.name === null) - Number(b.name === null)
      : collator.compare(a.name, b.name);
  return items.sort((a, b) => b.participants - a.participants || order(a, b));
}

const named = <Code>(counts: CodeCount<Code>[], name: (code: Code) => string | null) =>
  counts.map((c) => ({ ...c, name: name(c.code) }));

export function presentParticipation(
  event: { slug: string; title: string },
  figures: ParticipationFigures,
  locale: Locale,
) {
  const { grouping } = figures.globalSouth;
  return {
    event: { slug: event.slug, title: event.title },
    language: locale,
    /** 'attendance' once check-in has begun, else 'registrations'. */
    basis: figures.basis,
    registered: figures.registered,
    attended: figures.attended,
    participants: figures.participants,
    participantsWithOrganization: figures.withOrganization,
    participantsWithoutOrganization: figures.withoutOrganization,
    organizations: figures.organizations,
    countries: figures.countries,
    globalSouth: {
      grouping: {
        id: grouping.id,
        name: grouping.name[locale],
        source: grouping.source,
        sourceUrl: grouping.sourceUrl,
      },
      participants: figures.globalSouth.participants,
      elsewhere: figures.withOrganization - figures.globalSouth.participants,
      share: figures.globalSouth.share,
    },
    byRegion: ranked(
      named(figures.byRegion, (code) => regionName(code, locale) ?? code),
      locale,
    ),
    byCountry: ranked(
      named(figures.byCountry, (code) => countryName(code, locale)),
      locale,
    ),
    /** A null code: organisations that gave no type; its name is null too. */
    byOrganisationType: ranked(
      named(figures.byType, (code) =>
        code === null ? null : (IATI_ORGANISATION_TYPES[code]?.[locale] ?? String(code)),
      ),
      locale,
    ),
  };
}
export type ParticipationView = ReturnType<typeof presentParticipation>;
