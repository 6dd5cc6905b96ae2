/**
 * A delegation's members and preparation checklist: people of its organisations or named
 * guests with role and travel status, and tasks owned by platform people among the members
 * (a guest gets no reminder mail). Every change is audited in its own transaction.
 */
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Actor } from '../../../platform/http/context.js';
import { type Invalid, invalid } from '../../../platform/outcome.js';
import { peopleOfOrganizations } from '../../organizations/index.js';
import type { Delegations } from '../context.js';
import * as q from './queries.js';
import type {
  DelegationMemberAddInput,
  DelegationMemberUpdateInput,
  DelegationTaskAddInput,
} from './schema.js';
import { audited, type Delegation } from './service.js';

/** Adds a person of one of the delegation's organisations, or a named guest. */
export async function addMember(
  ctx: Delegations,
  actor: Actor,
  delegation: Delegation,
  input: DelegationMemberAddInput,
): Promise<{ ok: true } | Invalid> {
  let personId: string | null = null;
  let organizationId: string | null;
  if (input.person) {
    const [orgId = '', person = ''] = input.person.split(':');
    const people = await peopleOfOrganizations(ctx.organizations, delegation.organizationIds);
    if (!people.some((p) => p.personId === person && p.organizationId === orgId)) {
      return invalid('person', 'validation.delegation.member.unknown');
    }
    const members = await q.listMembers(ctx.deps.db.kysely, delegation.id);
    if (members.some((m) => m.person_id === person)) {
      return invalid('person', 'validation.delegation.member.already');
    }
    personId = person;
    organizationId = orgId;
  } else {
    organizationId = input.guestOrganization;
    if (organizationId && !delegation.organizationIds.includes(organizationId)) {
      return invalid('guestOrganization', 'validation.delegation.member.organization');
    }
  }
  const id = newId();
  const now = nowIso();
  await audited(
    ctx,
    actor,
    delegation.id,
    'delegation.member.add',
    { member: id, person: personId },
    (tx) =>
      q.insertMember(tx, {
        id,
        delegation_id: delegation.id,
        person_id: personId,
        guest_name: personId ? null : input.guestName,
        organization_id: organizationId,
        role: input.role,
        travel_status: 'planning',
        created_at: now,
        updated_at: now,
      }),
  );
  return { ok: true };
}

export async function updateMember(
  ctx: Delegations,
  actor: Actor,
  delegation: Delegation,
  memberId: string,
  input: DelegationMemberUpdateInput,
) {
  let changed = 0;
  await audited(
    ctx,
    actor,
    delegation.id,
    'delegation.member.update',
    { member: memberId, role: input.role, travelStatus: input.travelStatus },
    async (tx) => {
      changed = await q.updateMember(tx, delegation.id, memberId, {
        role: input.role,
        travel_status: input.travelStatus,
        updated_at: nowIso(),
      });
      if (changed === 0) throw new NothingChanged();
    },
  ).catch(ignoreNothingChanged);
  return changed > 0;
}

export async function removeMember(
  ctx: Delegations,
  actor: Actor,
  delegation: Delegation,
  memberId: string,
) {
  const members = await q.listMembers(ctx.deps.db.kysely, delegation.id);
  const member = members.find((m) => m.id === memberId);
  if (!member) return false;
  await audited(
    ctx,
    actor,
    delegation.id,
    'delegation.member.remove',
    { member: memberId },
    async (tx) => {
      await q.deleteMember(tx, delegation.id, memberId);
      if (member.person_id) await q.clearTaskOwner(tx, delegation.id, member.person_id);
    },
  );
  return true;
}

/** Adds a task; its owner, if any, is a member from one of the delegation's organisations. */
export async function addTask(
  ctx: Delegations,
  actor: Actor,
  delegation: Delegation,
  input: DelegationTaskAddInput,
): Promise<{ ok: true } | Invalid> {
  if (input.owner) {
    // A member whose organisation has left the delegation (or never accepted) gets no task.
    const [members, people] = await Promise.all([
      q.listMembers(ctx.deps.db.kysely, delegation.id),
      peopleOfOrganizations(ctx.organizations, delegation.organizationIds),
    ]);
    if (
      !members.some((m) => m.person_id === input.owner) ||
      !people.some((p) => p.personId === input.owner)
    ) {
      return invalid('owner', 'validation.delegation.task.owner.invalid');
    }
  }
  const id = newId();
  const now = nowIso();
  await audited(ctx, actor, delegation.id, 'delegation.task.add', { task: id }, (tx) =>
    q.insertTask(tx, {
      id,
      delegation_id: delegation.id,
      title: input.title,
      owner_id: input.owner,
      due_on: input.dueOn,
      done_at: null,
      reminded_at: null,
      created_at: now,
      updated_at: now,
    }),
  );
  return { ok: true };
}

/** Ticks a task done or undone; false when the delegation has no such task. */
export async function markTask(
  ctx: Delegations,
  actor: Actor,
  delegation: Delegation,
  taskId: string,
  done: boolean,
) {
  let changed = 0;
  const now = nowIso();
  await audited(
    ctx,
    actor,
    delegation.id,
    done ? 'delegation.task.done' : 'delegation.task.undone',
    { task: taskId },
    async (tx) => {
      changed = await q.setTaskDone(tx, delegation.id, taskId, done ? now : null, now);
      if (changed === 0) throw new NothingChanged();
    },
  ).catch(ignoreNothingChanged);
  return changed > 0;
}

/** Rolls back the audit record of a change that found nothing to change. */
class NothingChanged extends Error {}
const ignoreNothingChanged = (error: unknown) => {
  if (!(error instanceof NothingChanged)) throw error;
};
