/**
 * Who takes part: the organisers' list and CSV (names, e-mail addresses, organisations, codes),
 * and what the public sees — counts, and the organisations of confirmed participants who
 * chose to be listed. Nothing else about a person leaves for the public.
 */
import { csvText } from '../../../../platform/csv.js';
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

/** Every registration of the event for its organisers, grouped by status, queue order kept. */
export async function listParticipants(ctx: Events, event: EventRow) {
  const rows = await rq.listParticipants(ctx.deps.db.kysely, event.id);
  return PARTICIPANT_GROUPS.map((status) => ({
    status,
    people: rows.filter((r) => r.status === status),
  }));
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
