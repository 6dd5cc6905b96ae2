/**
 * Reminders of a delegation's preparation tasks: each task not done, due within two days and
 * not yet reminded is claimed by one conditional UPDATE and its owner mailed in the same
 * transaction. However many processes run this at once, each task's reminder goes out once:
 * only the claim that changed the row queues the mail. Ticking a task undone allows another.
 */
import { formatDateTime, translator } from '../../../platform/i18n/index.js';
import { peopleOfOrganizations } from '../../organizations/index.js';
import type { Delegations } from '../context.js';
import { loadDelegation } from '../delegation/service.js';
import * as q from './queries.js';

/** How far ahead a task counts as due. */
export const REMINDER_DAYS = 2;
const BATCH = 200;

/** The last calendar day (UTC, YYYY-MM-DD) a task may be due on to be reminded at `now`. */
export const reminderHorizon = (now: Date) =>
  new Date(now.getTime() + REMINDER_DAYS * 86_400_000).toISOString().slice(0, 10);

/**
 * Mails the owners of due tasks; returns how many reminders this call sent.
 *
 * @example jobs.register('delegation.reminders', { every: 600_000, run: (_, { now }) => sendDueReminders(delegations, now) })
 */
export async function sendDueReminders(ctx: Delegations, now: Date): Promise<number> {
  const db = ctx.deps.db.kysely;
  const at = now.toISOString();
  const due = await q.listTasksToRemind(db, reminderHorizon(now), BATCH);
  let sent = 0;
  for (const task of due) {
    const delegation = await loadDelegation(ctx, task.delegation_id);
    if (!delegation) continue;
    const people = await peopleOfOrganizations(ctx.organizations, delegation.organizationIds);
    const owner = people.find((p) => p.personId === task.owner_id);
    // An owner who left the delegation's organisations has no address here: the task waits.
    if (!owner) continue;
    const locale = owner.locale ?? ctx.deps.config.defaultLocale;
    const t = translator(locale);
    const claimed = await db.transaction().execute(async (tx) => {
      if ((await q.claimTaskReminder(tx, task.id, at)) === 0) return false;
      await ctx.deps.mailer.queue(tx, {
        to: owner.email,
        subject: t('delegation.reminder.subject', { task: task.title }),
        text: t('delegation.reminder.body', {
          name: owner.name,
          task: task.title,
          due: formatDateTime(`${task.due_on}T12:00:00Z`, locale, 'UTC', 'date'),
          delegation: task.delegation_title,
          event: task.event_name,
          url: `${ctx.deps.config.baseUrl}/delegations/${task.delegation_id}`,
        }),
      });
      return true;
    });
    if (claimed) sent++;
  }
  return sent;
}
