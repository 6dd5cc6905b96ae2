/**
 * The public events list: upcoming or past, filtered by kind, venue country, organiser and
 * goal, searched through the search seam, in keyset pages whose cursor is part of the URL.
 */
import { nowIso } from '../../../platform/db/ids.js';
import { cursorCodec } from '../../../platform/http/cursor.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { networkMemberSummaries } from '../../organizations/index.js';
import { countryName } from '../../reference/index.js';
import type { Events } from '../context.js';
import { presentListEntry } from './presenters.js';
import * as q from './queries.js';
import type { EventListQuery } from './schema.js';
import { EVENTS_COLLECTION } from './search.js';

export const EVENTS_PAGE_SIZE = 20;

/** Where the next page starts, as `startsAt|id`: the links' text since the list began. */
const eventCursor = cursorCodec<q.EventCursor>({
  write: ({ startsAt, id }) => `${startsAt}|${id}`,
  read: (text) => {
    const [startsAt, id] = text.split('|');
    if (!startsAt || !id || Number.isNaN(Date.parse(startsAt))) return undefined;
    return { startsAt, id };
  },
});

/** The `after` cursor as listEventsPage takes it, or undefined when it is none of ours. */
export const decodeCursor = eventCursor.decode;

/** One page of the list as rows (the API presents them its own way), with the filters' choices. */
export async function listEventRows(ctx: Events, query: EventListQuery, locale: Locale) {
  const db = ctx.deps.db.kysely;
  const [organizerIds, countries] = await Promise.all([
    q.listPublicOrganizerIds(db),
    q.listPublicVenueCountries(db),
  ]);
  // Only network members are named publicly: an organiser suspended since is not offered.
  const organizers = await networkMemberSummaries(ctx.organizations, organizerIds, locale);
  const organization = query.org ? organizers.find((o) => o.slug === query.org) : undefined;
  const searching = Boolean(query.q?.trim());
  const filter = {
    when: query.when,
    now: nowIso(),
    kind: query.kind,
    country: query.country,
    // An organisation that organises nothing public finds nothing, not everything.
    organizationId: query.org ? (organization?.id ?? '-') : undefined,
    sdg: query.sdg,
  };
  const matches = () =>
    searching ? ctx.search.matches(db, EVENTS_COLLECTION, query.q!) : undefined;
  const rows = await q.listEventsPage(db, filter, {
    after: decodeCursor(query.after),
    limit: EVENTS_PAGE_SIZE,
    matches: matches(),
  });
  // A search that finds nothing upcoming may be after an event that is over: say so, not "none".
  const pastMatches =
    searching && query.when === 'upcoming' && rows.length === 0 && !query.after
      ? (await q.listEventsPage(db, { ...filter, when: 'past' }, { limit: 1, matches: matches() }))
          .length > 0
      : false;
  const page = rows.slice(0, EVENTS_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    rows: page,
    next:
      rows.length > EVENTS_PAGE_SIZE && last
        ? eventCursor.encode({ startsAt: last.starts_at, id: last.id })
        : null,
    pastMatches,
    organizers,
    countries: countries
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
  };
}
export async function listEvents(ctx: Events, query: EventListQuery, locale: Locale) {
  const { rows, ...rest } = await listEventRows(ctx, query, locale);
  return { events: rows.map((row) => presentListEntry(row, locale)), ...rest };
}
export type EventList = Awaited<ReturnType<typeof listEvents>>;

/** The home page's filter: every public event that takes or took place, of any kind. */
const frontDoorFilter = () => ({
  now: nowIso(),
  kind: undefined,
  country: undefined,
  organizationId: undefined,
  sdg: undefined,
  notCancelled: true,
});

/** The next `limit` events that will take place (not yet ended), soonest first. */
export async function nextEvents(ctx: Events, locale: Locale, limit: number) {
  const filter = { ...frontDoorFilter(), when: 'upcoming' as const };
  const rows = await q.listEventsPage(ctx.deps.db.kysely, filter, { limit });
  return rows.slice(0, limit).map((row) => presentListEntry(row, locale));
}

/** The latest forum that is over, with the row its figures are computed from; null if none. */
export async function latestForum(ctx: Events, locale: Locale) {
  const filter = { ...frontDoorFilter(), when: 'past' as const, kind: 'forum' as const };
  const [row] = await q.listEventsPage(ctx.deps.db.kysely, filter, { limit: 1 });
  return row ? { row, entry: presentListEntry(row, locale) } : null;
}
