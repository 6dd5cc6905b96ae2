/**
 * The delegations module's public surface: delegations of the network's organisations to events
 * held elsewhere (WUF13, a COP), with partner organisations, members, tasks and their
 * reminders. The server mounts its routes at /delegations; boot runs its reminders job; the demo
 * data builds a delegation through its services.
 */
export { createDelegations, type Delegations } from './context.js';
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
export { delegationRoutes } from './delegation/routes.js';
export { DelegationMemberAddSchema, ExternalEventCreateSchema } from './delegation/schema.js';
export {
  createDelegation,
  createExternalEvent,
  delegationDetails,
  loadDelegation,
} from './delegation/service.js';
export { sendDueReminders } from './reminders/service.js';
