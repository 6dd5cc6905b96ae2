/** The rules of administration: the people and their administrator role, dead jobs. */
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { nowIso } from '../../../platform/db/ids.js';
import type { Actor } from '../../../platform/http/context.js';
import * as jobs from '../../../platform/jobs/index.js';
import { type Refused, refused } from '../../../platform/outcome.js';
import type { Accounts } from '../context.js';
import { presentPerson } from '../people/presenters.js';
import * as people from '../people/service.js';
import * as q from './queries.js';

export const searchPeople = (
  ctx: Accounts,
  filter: { search?: string; limit: number; offset: number },
) => q.searchPeople(ctx.deps.db.kysely, filter);

/** The person whose role is about to change, as the pages show people; undefined if none. */
export async function personToChange(ctx: Accounts, personId: string) {
  const row = await people.findPerson(ctx.deps.db.kysely, personId);
  return row && presentPerson(row);
}

/** Grants or revokes administration; the last administrator cannot be removed. */
export async function changeAdminRole(
  ctx: Accounts,
  actor: Actor,
  personId: string,
  grant: boolean,
  ip: string,
): Promise<{ ok: true; name: string } | Refused> {
  const { db } = ctx.deps;
  return db.kysely.transaction().execute(async (tx) => {
    // Lock the administrators' rows so that two admins revoking each other cannot both win.
    const admins = await q.lockAdminIds(tx, db.engine);
    const person = await people.findPerson(tx, personId);
    if (!person) return refused(404, 'error.404');
    if (!grant && admins.length <= 1 && admins.includes(personId)) {
      return refused(409, 'admin.people.lastAdmin');
    }
    await people.setAdmin(tx, personId, grant, nowIso());
    await recordAudit(tx, {
      action: grant ? 'people.admin.grant' : 'people.admin.revoke',
      actor: auditActor(actor),
      subject: { type: 'person', id: personId },
      ip,
      details: { email: person.email },
    });
    return { ok: true, name: person.name };
  });
}
/** Gives a dead job its tries back (platform/jobs), recorded in the audit log; false if not dead. */
export async function retryDeadJob(ctx: Accounts, actor: Actor, id: string, ip: string) {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    if (!(await jobs.retryDeadJob(tx, id))) return false;
    await recordAudit(tx, {
      action: 'jobs.retry',
      actor: auditActor(actor),
      subject: { type: 'job', id },
      ip,
    });
    return true;
  });
}
