/**
 * An event's participation figures, the numbers a press release quotes: registered (confirmed),
 * attended, and of the participants how many organisations and countries they come from, the
 * share from the Global South (the grouping the `GLOBAL_SOUTH` setting names), and the spread
 * over UN M49 regions and IATI organisation types.
 *
 * The basis is attendance once the event has begun and anyone is marked attended, before that
 * the confirmed registrations: a forum's figures move from "registered" to "came" on its first
 * morning, and a check-in at the door before the start (it opens a few hours early) does not
 * turn the figures of hundreds registered into a handful who came. People who represent no organisation are participants but have no country here, so
 * the organisation figures count only people with an organisation (the page says so).
 */
import { z } from 'zod';
import { nowIso } from '../../../platform/db/ids.js';
import { LOCALES } from '../../../platform/i18n/index.js';
import { organizationPlaces } from '../../organizations/index.js';
import { countryRegion, groupings, isGlobalSouth } from '../../reference/index.js';
import type { Events } from '../context.js';
import type { EventRow } from '../tables.js';
import * as q from './queries.js';

export type FiguresBasis = 'attendance' | 'registrations';
export type CodeCount<Code> = { code: Code; participants: number; organizations: number };

function tally<Code>(
  counts: Map<Code, { participants: number; organizations: number }>,
  code: Code,
  people: number,
) {
  const entry = counts.get(code) ?? { participants: 0, organizations: 0 };
  entry.participants += people;
  entry.organizations += 1;
  counts.set(code, entry);
}

const asList = <Code>(counts: Map<Code, { participants: number; organizations: number }>) =>
  [...counts].map(([code, c]): CodeCount<Code> => ({ code, ...c }));

/** The figures of one event at `now`, computed live from its registrations. */
export async function participationFigures(
  ctx: Events,
  event: Pick<EventRow, 'id' | 'starts_at'>,
  now = nowIso(),
) {
  const rows = await q.countParticipantsByOrganization(ctx.deps.db.kysely, event.id);
  const counted = rows.map((r) => ({
    organizationId: r.organization_id,
    confirmed: Number(r.confirmed ?? 0),
    attended: Number(r.attended ?? 0),
  }));
  const registered = counted.reduce((sum, r) => sum + r.confirmed, 0);
  const attended = counted.reduce((sum, r) => sum + r.attended, 0);
  const begun = Date.parse(now) >= Date.parse(event.starts_at);
  const basis: FiguresBasis = begun && attended > 0 ? 'attendance' : 'registrations';
  const people = (r: (typeof counted)[number]) =>
    basis === 'attendance' ? r.attended : r.confirmed;

  const byOrganization = new Map<string, number>();
  let withoutOrganization = 0;
  for (const r of counted) {
    if (people(r) === 0) continue;
    if (r.organizationId === null) withoutOrganization += people(r);
    else byOrganization.set(r.organizationId, people(r));
  }
  const places = await organizationPlaces(ctx.organizations, [...byOrganization.keys()]);

  const { globalSouth } = ctx.deps.config;
  const countries = new Map<string, { participants: number; organizations: number }>();
  const regions = new Map<string, { participants: number; organizations: number }>();
  const types = new Map<number | null, { participants: number; organizations: number }>();
  let withOrganization = 0;
  let fromGlobalSouth = 0;
  for (const place of places) {
    const n = byOrganization.get(place.id) ?? 0;
    withOrganization += n;
    tally(countries, place.country, n);
    const region = countryRegion(place.country)?.region.code;
    if (region) tally(regions, region, n);
    tally(types, place.iatiType, n);
    if (isGlobalSouth(place.country, globalSouth)) fromGlobalSouth += n;
  }
  // An organisation deleted since its people registered: they stay participants, placeless.
  withoutOrganization += [...byOrganization.values()].reduce((s, n) => s + n, 0) - withOrganization;

  return {
    basis,
    registered,
    attended,
    participants: withOrganization + withoutOrganization,
    withOrganization,
    withoutOrganization,
    organizations: places.length,
    countries: countries.size,
    globalSouth: {
      grouping: groupings.find((g) => g.id === globalSouth)!,
      participants: fromGlobalSouth,
      /** Of the participants with an organisation; null while there are none. */
      share: withOrganization > 0 ? fromGlobalSouth / withOrganization : null,
    },
    byCountry: asList(countries),
    byRegion: asList(regions),
    byType: asList(types),
  };
}
export type ParticipationFigures = Awaited<ReturnType<typeof participationFigures>>;

/** The JSON figures' query: `lang` names places and types in that language. */
export const EventFiguresQuerySchema = z.object({
  lang: z.enum(LOCALES).optional().catch(undefined),
});
