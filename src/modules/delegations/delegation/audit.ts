/**
 * Delegations and the external events they go to as the audit page names them: a delegation by
 * its title, linked to its page; an external event by its name, linked to its place in the
 * public list of who goes where.
 */
import { translator } from '../../../platform/i18n/index.js';
import type { AuditSubjectName, AuditSubjects } from '../../accounts/index.js';
import type { Delegations } from '../context.js';
import * as q from './queries.js';

/** @example createAccounts(deps, { auditSubjects: [delegationAuditSubjects(delegations)] }) */
export const delegationAuditSubjects = (ctx: Delegations): AuditSubjects => ({
  types: ['delegation', 'external_event'],
  async names(type, ids, locale) {
    const db = ctx.deps.db.kysely;
    const t = translator(locale);
    const found = new Map<string, AuditSubjectName>(
      type === 'delegation'
        ? (await q.findDelegationTitles(db, ids)).map((d) => [
            d.id,
            { name: d.title, href: `/delegations/${d.id}` },
          ])
        : (await q.findExternalEventNames(db, ids)).map((e) => [
            e.id,
            { name: e.name, href: `/delegations#external-${e.id}` },
          ]),
    );
    const deleted = {
      name: t(
        type === 'delegation'
          ? 'audit.subject.delegation.deleted'
          : 'audit.subject.external_event.deleted',
      ),
    };
    return new Map(ids.map((id) => [id, found.get(id) ?? deleted]));
  },
});
