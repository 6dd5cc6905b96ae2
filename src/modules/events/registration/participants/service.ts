/**
 * Who takes part: the organisers' list and CSV (names, e-mail addresses, organisations, codes),
 * and what the public sees — counts, and the organisations of confirmed participants who
 * chose to be listed. Nothing else about a person leaves for the public.
 */
import { csvText } from '../../../../platform/csv.js';
import { cursorCodec } from '../../../../platform/http/cursor.js';
import type { Locale } from '../../../../platform/i18n/index.js';
import { readTranslation } from '../../../../platform/i18n/translations.js';
import type { Events } from '../../context.js';
import type { EventRow, RegistrationStatus } from '../../tables.js';
import { displayCode } from '../code.js';
import * as rq from '../queries.js';

/** The order of the organisers' list: those with a seat first, the decided last. */
export const PARTICIPANT_GROUPS: readonly RegistrationStatus[] = [
  'confirmed',
  'waitlisted',
  'pending',
  'cancelled',
  'rejected',
];

export type ParticipantRow = Awaited<ReturnType<typeof rq.listParticipants>>[number];

/**
 * How many registrations of each status the overview shows, and a status's own pages: a forum
 * of 250 on one page weighed 19 KB compressed, past issue 12's 15 KB for any page.
 */
export const OVERVIEW_ROWS = 50;
export const STATUS_PAGE_ROWS = 100;

/** Where a status's next page starts, as `queuedAt|id`: the links' text since paging began. */
const participantCursor = cursorCodec<rq.ParticipantCursor>({
  write: ({ queuedAt, id }) => `${queuedAt}|${id}`,
  read: (text) => {
    const [queuedAt, id] = text.split('|');
    if (!queuedAt || !id || Number.isNaN(Date.parse(queuedAt))) return undefined;
    return { queuedAt, id };
  },
});

/**
 * The organisers' list: every status with its count and its first registrations in queue
 * order (all of them up to OVERVIEW_ROWS); or, asked for one status, a page of it and where
 * the next one starts.
 */
export async function listParticipants(
  ctx: Events,
  event: EventRow,
  page: { status?: RegistrationStatus | undefined; after?: string | undefined } = {},
) {
  const db = ctx.deps.db.kysely;
  const counts = new Map(
    (await rq.countParticipantsByStatus(db, event.id)).map((c) => [c.status, c.count]),
  );
  const statuses = page.status ? [page.status] : PARTICIPANT_GROUPS;
  const limit = page.status ? STATUS_PAGE_ROWS : OVERVIEW_ROWS;
  const after = page.status ? participantCursor.decode(page.after) : undefined;
  return Promise.all(
    statuses.map(async (status) => {
      const count = counts.get(status) ?? 0;
      const rows =
        count === 0
          ? []
          : await rq.listParticipantsOfStatus(db, event.id, status, { after, limit: limit + 1 });
      const people = rows.slice(0, limit);
      const last = people.at(-1);
      return {
        status,
        count,
        people,
        next:
          rows.length > limit && last
            ? participantCursor.encode({ queuedAt: last.queued_at, id: last.id })
            : undefined,
      };
    }),
  );
}

const CSV_COLUMNS = [
  'name',
  'email',
  'organization',
  'status',
  'code',
  'registered_at',
  'attended_at',
  'listed',
] as const;

/** The organisers' export: UTC times, a byte-order mark so spreadsheets read Cyrillic right. */
export async function participantsCsv(ctx: Events, event: EventRow) {
  const rows = await rq.listParticipants(ctx.deps.db.kysely, event.id);
  return csvText(
    [
      CSV_COLUMNS,
      ...rows.map((r) => [
        r.name,
        r.email,
        r.organization_name,
        r.status,
        displayCode(r.code),
        r.queued_at,
        r.attended_at,
        r.listed === 1 ? 'yes' : 'no',
      ]),
    ],
    { bom: true },
  );
}

/** The counts anyone may see, from the event's own row: no query. */
export const participationCounts = (event: EventRow) => ({
  confirmed: event.confirmed_count,
  waitlisted: event.waitlisted_count,
  seatsLeft: event.capacity === null ? null : Math.max(0, event.capacity - event.confirmed_count),
});
export type ParticipationCounts = ReturnType<typeof participationCounts>;

/** The organisations of the participants who chose to be listed, in the reader's language. */
export async function listedOrganizations(ctx: Events, event: EventRow, locale: Locale) {
  const organizations = await rq.listListedOrganizations(ctx.deps.db.kysely, event.id);
  return organizations.map((o) => ({
    slug: o.slug,
    name: readTranslation(o.name_translations, locale, o.name),
  }));
}
export type ListedOrganization = Awaited<ReturnType<typeof listedOrganizations>>[number];

/** What the public sees: counts, seats left, and the organisations of listed participants. */
export async function publicParticipation(ctx: Events, event: EventRow, locale: Locale) {
  return {
    ...participationCounts(event),
    organizations: await listedOrganizations(ctx, event, locale),
  };
}
export type PublicParticipation = Awaited<ReturnType<typeof publicParticipation>>;
