/**
 * The delegations module's public surface: delegations of the network's organisations to events
 * held elsewhere (WUF13, a COP), with partner organisations, members, tasks and their
 * reminders. The server mounts its routes at /delegations; boot runs its reminders job; the demo
 * data builds a delegation through its services.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/context.js';
import type { ModuleWeb } from '../../platform/http/module.js';
import type { Delegations } from './context.js';
import { delegationRoutes } from './delegation/routes.js';

export { createDelegations, type Delegations } from './context.js';
export { delegationAuditSubjects } from './delegation/audit.js';
export {
  addMember as addDelegationMember,
  addTask as addDelegationTask,
  markTask as markDelegationTask,
  updateMember as updateDelegationMember,
} from './delegation/members.js';
export {
  answerInvitation as answerDelegationInvitation,
  invitePartner as inviteDelegationPartner,
} from './delegation/partners.js';
export { DelegationMemberAddSchema, ExternalEventCreateSchema } from './delegation/schema.js';
export {
  createDelegation,
  createExternalEvent,
  delegationDetails,
  loadDelegation,
} from './delegation/service.js';
export { delegationsMessages } from './messages/index.js';
export { sendDueReminders } from './reminders/service.js';

/** @example app.route('/', delegationsWeb(delegations).routes) */
export function delegationsWeb(ctx: Delegations): ModuleWeb {
  return { routes: new Hono<AppEnv>().route('/delegations', delegationRoutes(ctx)) };
}
