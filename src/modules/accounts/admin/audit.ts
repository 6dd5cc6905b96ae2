/**
 * The audit log as people read it: each entry with the person who acted and the thing it is
 * about named and linked, filtered by person (part of a name or address), action and days in
 * the network's time zone, a page at a time or whole as CSV. Accounts name people themselves; the other modules name their
 * own things through the `AuditSubjects` registered with accounts.
 */
import { DateTime } from 'luxon';
import {
  type AuditFilter,
  type AuditRow,
  auditActionKey,
  listAudit,
} from '../../../platform/audit/index.js';
import { csvText } from '../../../platform/csv.js';
import {
  isMessageKey,
  type Locale,
  type Translate,
  translator,
} from '../../../platform/i18n/index.js';
import { findJobKinds } from '../../../platform/jobs/index.js';
import { invalid, type Outcome } from '../../../platform/outcome.js';
import type { Accounts, AuditSubjectName, AuditSubjects } from '../context.js';
import * as q from './queries.js';
import type { AuditQuery } from './schema.js';

export type AuditEntryView = {
  id: string;
  at: string;
  action: string;
  /** Null for what no signed-in person did (a failed sign-in, a job). */
  actor: { id: string; name: string; email: string | null; href?: string | undefined } | null;
  subject: {
    type: string;
    id: string;
    name?: string | undefined;
    href?: string | undefined;
  } | null;
  ip: string | null;
  /** The entry's details as JSON, or null when it has none. */
  details: string | null;
};

/** The administration page of a person: the people list, searched by their address. */
export const personAdminHref = (email: string) => `/admin/people?q=${encodeURIComponent(email)}`;

/** An action's label in the reader's language; the action itself if no catalogue has one. */
export function actionLabel(t: Translate, action: string) {
  const key = auditActionKey(action);
  return isMessageKey(key) ? t(key) : action;
}

/** The time zone as a reader recognises it: `Asia/Baku (GMT+4)`. */
export function zoneName(timeZone: string, locale: Locale, at = new Date()) {
  const offset = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return offset ? `${timeZone} (${offset})` : timeZone;
}

/**
 * The most people one person filter may stand for. A select of everyone who ever acted was
 * 8 KB of a 16 KB page with the demo's 260 people; the filter is typed instead, and text that
 * fits more people than this names no one in particular.
 */
export const AUDIT_PERSON_MATCHES = 200;

/** The filters as read, and the people the person filter names (undefined: everyone). */
export type AuditSearch = AuditQuery & { actorIds?: readonly string[] };

/**
 * The people whose name or address contains the person filter's text; Invalid at `person`
 * when more than AUDIT_PERSON_MATCHES do.
 */
export async function auditSearch(
  ctx: Accounts,
  query: AuditQuery,
): Promise<Outcome<{ search: AuditSearch }>> {
  if (!query.person) return { ok: true, search: query };
  const people = await q.searchPeople(ctx.deps.db.kysely, {
    search: query.person,
    limit: AUDIT_PERSON_MATCHES + 1,
    offset: 0,
  });
  if (people.length > AUDIT_PERSON_MATCHES) {
    return invalid('person', 'validation.audit.person.tooMany');
  }
  return { ok: true, search: { ...query, actorIds: people.map((p) => p.id) } };
}

/** The filter in instants: `from` is the start of its day, `to` the start of the day after. */
function filterOf(ctx: Accounts, query: AuditSearch, limit: number): AuditFilter {
  const zone = ctx.deps.config.timeZone;
  const dayStart = (day: string, plus = 0) =>
    DateTime.fromISO(day, { zone }).plus({ days: plus }).toUTC().toJSDate().toISOString();
  return {
    actorIds: query.actorIds,
    action: query.action,
    from: query.from ? dayStart(query.from) : undefined,
    to: query.to ? dayStart(query.to, 1) : undefined,
    before: query.before,
    limit,
  };
}

/**
 * The things accounts name themselves: people, linked to their administration, and the jobs of
 * /admin/jobs (platform's, shown on accounts' page), by kind.
 */
function accountAuditSubjects(ctx: Accounts): AuditSubjects {
  const db = ctx.deps.db.kysely;
  return {
    types: ['person', 'job'],
    async names(type, ids, locale) {
      const t = translator(locale);
      if (type === 'job') {
        const kinds = new Map((await findJobKinds(db, ids)).map((j) => [j.id, j.kind]));
        return new Map(
          ids.map((id) => {
            const kind = kinds.get(id);
            return [
              id,
              kind
                ? { name: t('audit.subject.job', { kind }), href: '/admin/jobs' }
                : { name: t('audit.subject.job.deleted') },
            ];
          }),
        );
      }
      const people = new Map((await q.findPeopleByIds(db, ids)).map((p) => [p.id, p]));
      return new Map(
        ids.map((id) => {
          const person = people.get(id);
          return [
            id,
            person
              ? { name: person.name, href: personAdminHref(person.email) }
              : { name: t('audit.subject.person.deleted') },
          ];
        }),
      );
    },
  };
}

/** The people who acted and the things the rows name, each type asked of the module owning it. */
async function present(
  ctx: Accounts,
  rows: readonly AuditRow[],
  locale: Locale,
): Promise<AuditEntryView[]> {
  const actorIds = new Set<string>();
  const subjectIds = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.actor_id) actorIds.add(row.actor_id);
    if (row.subject_type && row.subject_id) {
      const ids = subjectIds.get(row.subject_type) ?? new Set<string>();
      subjectIds.set(row.subject_type, ids.add(row.subject_id));
    }
  }
  const people = new Map(
    (await q.findPeopleByIds(ctx.deps.db.kysely, [...actorIds])).map((p) => [p.id, p]),
  );
  const owners = [accountAuditSubjects(ctx), ...ctx.auditSubjects];
  const names = new Map<string, ReadonlyMap<string, AuditSubjectName>>();
  for (const [type, ids] of subjectIds) {
    const owner = owners.find((subjects) => subjects.types.includes(type));
    if (owner) names.set(type, await owner.names(type, [...ids], locale));
  }
  return rows.map((row) => {
    const person = row.actor_id ? people.get(row.actor_id) : undefined;
    // A type no module names (written by a version since removed) shows as type and id.
    const subject =
      row.subject_type && row.subject_id
        ? names.get(row.subject_type)?.get(row.subject_id)
        : undefined;
    return {
      id: row.id,
      at: row.at,
      action: row.action,
      actor: row.actor_id
        ? {
            id: row.actor_id,
            // A deleted person keeps the address the log wrote down then.
            name: person?.name ?? row.actor_label ?? row.actor_id,
            email: person?.email ?? row.actor_label,
            href: person ? personAdminHref(person.email) : undefined,
          }
        : null,
      subject:
        row.subject_type && row.subject_id
          ? { type: row.subject_type, id: row.subject_id, name: subject?.name, href: subject?.href }
          : null,
      ip: row.ip,
      details: row.details === '{}' ? null : row.details,
    };
  });
}

/** One page of the log, newest first, and the cursor of the next if there is one. */
export async function readAuditPage(
  ctx: Accounts,
  query: AuditSearch,
  locale: Locale,
  size: number,
) {
  const rows = await listAudit(ctx.deps.db.kysely, filterOf(ctx, query, size + 1));
  const shown = rows.slice(0, size);
  return {
    entries: await present(ctx, shown, locale),
    older: rows.length > size ? shown.at(-1)?.id : undefined,
  };
}

export const AUDIT_CSV_COLUMNS = [
  'at',
  'action',
  'action_label',
  'actor_id',
  'actor_name',
  'actor_email',
  'subject_type',
  'subject_id',
  'subject_name',
  'ip',
  'details',
] as const;

const CSV_PAGE = 500;
const encoder = new TextEncoder();

/**
 * The whole filtered log as CSV, newest first, read a page at a time so that a long log never
 * sits in memory; times with the network's offset, action labels in the reader's language.
 */
export function auditCsv(ctx: Accounts, query: AuditSearch, locale: Locale, t: Translate) {
  const zone = ctx.deps.config.timeZone;
  const chunks = (async function* () {
    yield csvText([[...AUDIT_CSV_COLUMNS]], { bom: true });
    let before: string | undefined;
    do {
      const page = await readAuditPage(ctx, { ...query, before }, locale, CSV_PAGE);
      yield csvText(
        page.entries.map((e) => [
          DateTime.fromISO(e.at).setZone(zone).toISO(),
          e.action,
          actionLabel(t, e.action),
          e.actor?.id,
          e.actor?.name,
          e.actor?.email,
          e.subject?.type,
          e.subject?.id,
          e.subject?.name,
          e.ip,
          e.details,
        ]),
      );
      before = page.older;
    } while (before);
  })();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
