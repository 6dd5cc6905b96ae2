/**
 * Acting on behalf of an organisation. A person who belongs to several organisations acts for
 * one of them when a later module needs it (endorsing, registering). The choice is remembered
 * per person and shown on every page, because people route around a choice they cannot see.
 * It is checked against membership whenever it is read: a person removed from an organisation
 * never acts for it, whatever was saved (see docs/decisions/008-acting-on-behalf-of.md).
 */

import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { nowIso } from '../../../platform/db/ids.js';
import type { Database } from '../../../platform/db/tables.js';
import type {
  ActingFor,
  ActingOrganizationSummary,
  Actor,
  AppEnv,
} from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import { type Invalid, invalid } from '../../../platform/outcome.js';
import type { Organizations } from '../context.js';
import { can } from '../policy.js';
import * as q from './queries.js';

export type { ActingFor, ActingOrganizationSummary };

/** The value an on-behalf-of field sends for "only myself". */
export const ACTING_SELF = 'self';

const summary = (
  row: { id: string; slug: string; name: string; name_translations: string },
  locale: Locale,
): ActingOrganizationSummary => {
  return {
    id: row.id,
    slug: row.slug,
    name: readTranslation(row.name_translations, locale, row.name),
  };
};

/**
 * The organisations a person belongs to and the one they act for: their saved choice while
 * they still belong to it; else (never chosen, or removed from the chosen one) their only
 * organisation when they have exactly one; else only themselves.
 */
export async function loadActingFor(
  db: Kysely<Database>,
  personId: string,
  locale: Locale,
): Promise<ActingFor> {
  const rows = await q.listActingChoices(db, personId);
  const organizations = rows.map((row) => summary(row, locale));
  const saved = rows[0]?.chosen ? rows[0].chosen_id : undefined;
  const still = saved ? organizations.find((o) => o.id === saved) : undefined;
  const current =
    saved === null ? null : (still ?? (organizations.length === 1 ? organizations[0]! : null));
  return { organizations, current };
}

/**
 * Sets `actingFor` for signed-in requests: a loader that runs its one query the first time a
 * page (its header, an on-behalf-of field) asks, and never for redirects, API calls or visitors.
 *
 * @example app.use(actingOrganization(organizations)) // after authenticate and locale
 */
export function actingOrganization(ctx: Organizations): MiddlewareHandler<AppEnv> {
  return async function actingOrganization(c, next) {
    const actor = c.get('actor');
    if (actor) {
      let loaded: Promise<ActingFor> | undefined;
      c.set('actingFor', () => {
        loaded ??= loadActingFor(ctx.deps.db.kysely, actor.id, c.get('locale') ?? 'en');
        return loaded;
      });
    }
    await next();
  };
}

export type ActingResolution =
  | { ok: true; organization: ActingOrganizationSummary | null }
  | Invalid;

/**
 * What an on-behalf-of field submitted, checked: the organisation when the actor belongs to it
 * (null for "only myself"), else an error at the field. For later modules, inside their own
 * transaction if they pass one.
 *
 * @example const on = await resolveActingOrganization(tx, actor, form.onBehalfOf, { required: true })
 */
export async function resolveActingOrganization(
  db: Kysely<Database>,
  actor: Actor,
  submitted: string | undefined,
  options: { field?: string; required?: boolean; locale?: Locale } = {},
): Promise<ActingResolution> {
  const field = options.field ?? 'onBehalfOf';
  if (!submitted || submitted === ACTING_SELF) {
    return options.required
      ? invalid(field, 'validation.acting.required')
      : { ok: true, organization: null };
  }
  const found = await q.findActingMembership(db, submitted, actor.id);
  if (
    !found ||
    !can(actor, 'organization.actFor', {
      role: found.role,
      membershipStatus: found.membership_status,
    })
  ) {
    return invalid(field, 'validation.acting.notMember');
  }
  return { ok: true, organization: summary(found, options.locale ?? 'en') };
}

/** Remembers whom the actor acts for from now on; refuses an organisation they do not belong to. */
export async function chooseActingOrganization(
  ctx: Organizations,
  actor: Actor,
  submitted: string | undefined,
  field = 'organization',
): Promise<ActingResolution> {
  const db = ctx.deps.db.kysely;
  return db.transaction().execute(async (tx) => {
    const resolved = await resolveActingOrganization(tx, actor, submitted, { field });
    if (!resolved.ok) return resolved;
    const organizationId = resolved.organization?.id ?? null;
    await q.saveActingChoice(tx, actor.id, organizationId, nowIso());
    await recordAudit(tx, {
      action: 'organization.acting.choose',
      actor: auditActor(actor),
      ...(organizationId ? { subject: { type: 'organization', id: organizationId } } : {}),
    });
    return resolved;
  });
}
