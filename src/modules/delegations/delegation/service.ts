/**
 * Delegations to events held elsewhere (WUF13, a COP): an organisation leads, partner
 * organisations join it as a coalition when they accept its invitation (partners.ts),
 * and together they keep a list of members (people of their organisations or named guests) with
 * roles and travel status, and a checklist of tasks. Every change is one transaction with its
 * audit record.
 */
import type { Kysely } from 'kysely';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import { allocateSlug } from '../../../platform/db/slugs.js';
import type { Database } from '../../../platform/db/tables.js';
import type { Actor } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { type Invalid, invalid } from '../../../platform/outcome.js';
import {
  networkMemberSummaries,
  organizationSummaries,
  peopleOfOrganizations,
  rolesOfPerson,
} from '../../organizations/index.js';
import type { Delegations } from '../context.js';
import type { DelegationScope } from '../policy.js';
import * as q from './queries.js';
import type { DelegationCreateInput, ExternalEventCreateInput } from './schema.js';

const managing = (role: string | undefined) => role === 'owner' || role === 'admin';

export type Delegation = q.DelegationRow & {
  /** The lead first, then the partners that accepted: the organisations of the delegation. */
  organizationIds: string[];
  /** Organisations invited as partners that have not answered: not (yet) of the delegation. */
  invitedIds: string[];
};

/**
 * How the actor relates to organisations and to the delegation, if one is given; `about` names
 * the organisation an action concerns (the invitation answered, the partner leaving).
 */
export async function delegationScope(
  ctx: Delegations,
  actor: Actor | null,
  delegation?: Delegation,
  about?: string,
): Promise<DelegationScope> {
  const scope = {
    managesAny: false,
    belongs: false,
    manages: false,
    invited: false,
    partner: false,
  };
  if (!actor) return scope;
  const roles = await rolesOfPerson(ctx.organizations, actor.id);
  const ids = delegation?.organizationIds ?? [];
  const concerned = (id: string) =>
    (about === undefined || id === about) && managing(roles.get(id));
  return {
    managesAny: [...roles.values()].some(managing),
    belongs: ids.some((id) => roles.has(id)),
    manages: ids.some((id) => managing(roles.get(id))),
    invited: (delegation?.invitedIds ?? []).some(concerned),
    partner: ids.slice(1).some(concerned),
  };
}

/** The organisations the actor may name as a delegation's lead: those they own or administer. */
export async function leadChoices(ctx: Delegations, actor: Actor, locale: Locale) {
  const roles = await rolesOfPerson(ctx.organizations, actor.id);
  const ids = [...roles].filter(([, role]) => managing(role)).map(([id]) => id);
  return organizationSummaries(ctx.organizations, ids, locale);
}

export const listExternalEvents = (ctx: Delegations) => q.listExternalEvents(ctx.deps.db.kysely);

export async function createExternalEvent(
  ctx: Delegations,
  actor: Actor,
  input: ExternalEventCreateInput,
): Promise<{ ok: true; id: string }> {
  const db = ctx.deps.db.kysely;
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (tx) => {
    await allocateSlug(tx, {
      text: `${input.name} ${input.startsOn.slice(0, 4)}`,
      maxLength: 80,
      fallback: 'event',
      taken: (slug) => q.externalEventSlugTaken(tx, slug),
      insert: (slug) =>
        q.insertExternalEvent(tx, {
          id,
          slug,
          name: input.name,
          city: input.city,
          country: input.country,
          starts_on: input.startsOn,
          ends_on: input.endsOn,
          url: input.url,
          created_at: now,
          updated_at: now,
        }),
    });
    await recordAudit(tx, {
      action: 'delegation.externalEvent.create',
      actor: auditActor(actor),
      subject: { type: 'external_event', id },
      details: { name: input.name },
    });
  });
  return { ok: true, id };
}

/** Starts a delegation led by an organisation the actor manages; one per lead and event. */
export async function createDelegation(
  ctx: Delegations,
  actor: Actor,
  input: DelegationCreateInput,
): Promise<{ ok: true; id: string } | Invalid> {
  const db = ctx.deps.db.kysely;
  const [event, roles] = await Promise.all([
    q.findExternalEvent(db, input.externalEvent),
    rolesOfPerson(ctx.organizations, actor.id),
  ]);
  if (!event) return invalid('externalEvent', 'validation.delegation.externalEvent.required');
  if (!managing(roles.get(input.lead))) {
    return invalid('lead', 'validation.delegation.lead.notManaged');
  }
  const taken = invalid('lead', 'validation.delegation.lead.taken');
  if (await q.findDelegationOfLead(db, event.id, input.lead)) return taken;
  const id = newId();
  const now = nowIso();
  try {
    await db.transaction().execute(async (tx) => {
      await q.insertDelegation(tx, {
        id,
        external_event_id: event.id,
        lead_organization_id: input.lead,
        title: input.title,
        created_by: actor.id,
        created_at: now,
        updated_at: now,
      });
      await recordAudit(tx, {
        action: 'delegation.create',
        actor: auditActor(actor),
        subject: { type: 'delegation', id },
        details: { externalEvent: event.id, lead: input.lead },
      });
    });
  } catch (error) {
    // Two forms for one lead and event at once: the constraint lets one through.
    if (isUniqueViolation(error)) return taken;
    throw error;
  }
  return { ok: true, id };
}

/** The delegation with the ids of its organisations (lead first) and invitations, or undefined. */
export async function loadDelegation(
  ctx: Delegations,
  id: string,
): Promise<Delegation | undefined> {
  const db = ctx.deps.db.kysely;
  const delegation = await q.findDelegation(db, id);
  if (!delegation) return undefined;
  const partnerships = await q.listPartnerships(db, id);
  const ids = (accepted: boolean) =>
    partnerships.filter((p) => (p.accepted_at !== null) === accepted).map((p) => p.organization_id);
  return {
    ...delegation,
    organizationIds: [delegation.lead_organization_id, ...ids(true)],
    invitedIds: ids(false),
  };
}

/**
 * Everything the delegation's page shows: event, organisations, members, tasks, choices. The
 * people offered are those of its organisations only: an invited organisation's come once it
 * accepts.
 */
export async function delegationDetails(ctx: Delegations, delegation: Delegation, locale: Locale) {
  const db = ctx.deps.db.kysely;
  const [event, organizations, invited, people, members, tasks] = await Promise.all([
    q.findExternalEvent(db, delegation.external_event_id),
    organizationSummaries(ctx.organizations, delegation.organizationIds, locale),
    organizationSummaries(ctx.organizations, delegation.invitedIds, locale),
    peopleOfOrganizations(ctx.organizations, delegation.organizationIds),
    q.listMembers(db, delegation.id),
    q.listTasks(db, delegation.id),
  ]);
  return { event: event!, organizations, invited, people, members, tasks };
}
export type DelegationDetails = Awaited<ReturnType<typeof delegationDetails>>;

/** Which network members go to which external event: names only, no people. */
export async function publicDelegationList(ctx: Delegations, locale: Locale) {
  const db = ctx.deps.db.kysely;
  const [events, rows] = await Promise.all([
    q.listExternalEvents(db),
    q.listDelegationOrganizations(db),
  ]);
  const members = await networkMemberSummaries(
    ctx.organizations,
    rows.map((r) => r.organization_id),
    locale,
  );
  const byId = new Map(members.map((m) => [m.id, m]));
  const going = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!byId.has(row.organization_id)) continue;
    const set = going.get(row.external_event_id) ?? new Set<string>();
    set.add(row.organization_id);
    going.set(row.external_event_id, set);
  }
  const collator = new Intl.Collator(locale);
  return events.map((event) => ({
    event,
    organizations: [...(going.get(event.id) ?? [])]
      .map((id) => byId.get(id)!)
      .sort((a, b) => collator.compare(a.name, b.name)),
  }));
}

/** The delegations the actor may open: their organisations' (all of them for platform admins). */
export async function delegationsOf(ctx: Delegations, actor: Actor) {
  const db = ctx.deps.db.kysely;
  if (actor.isAdmin) return q.listDelegationsOfOrganizations(db, null);
  const roles = await rolesOfPerson(ctx.organizations, actor.id);
  return roles.size === 0 ? [] : q.listDelegationsOfOrganizations(db, [...roles.keys()]);
}

/** The invitations waiting for the answer of an organisation the actor owns or administers. */
export async function invitationsFor(ctx: Delegations, actor: Actor, locale: Locale) {
  const roles = await rolesOfPerson(ctx.organizations, actor.id);
  const managed = [...roles].filter(([, role]) => managing(role)).map(([id]) => id);
  if (managed.length === 0) return [];
  const rows = await q.listInvitationsOfOrganizations(ctx.deps.db.kysely, managed);
  const names = new Map(
    (await organizationSummaries(ctx.organizations, managed, locale)).map((o) => [o.id, o.name]),
  );
  return rows.map((r) => ({
    delegationId: r.id,
    title: r.title,
    eventName: r.event_name,
    organization: names.get(r.organization_id) ?? '',
  }));
}

/** What `audited` records: a literal each, so the audit page's label test can list them. */
type MemberAuditAction =
  | 'delegation.member.add'
  | 'delegation.member.update'
  | 'delegation.member.remove'
  | 'delegation.task.add'
  | 'delegation.task.done'
  | 'delegation.task.undone';

/** Runs a change and its audit record in one transaction. */
export async function audited(
  ctx: Delegations,
  actor: Actor,
  delegationId: string,
  // Literal, so that the audit page's label test can list every action recorded.
  action: MemberAuditAction,
  details: Record<string, unknown>,
  write: (tx: Kysely<Database>) => Promise<unknown>,
) {
  await ctx.deps.db.kysely.transaction().execute(async (tx) => {
    await write(tx);
    await recordAudit(tx, {
      action,
      actor: auditActor(actor),
      subject: { type: 'delegation', id: delegationId },
      details,
    });
  });
}
