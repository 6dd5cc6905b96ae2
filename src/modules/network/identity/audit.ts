/** The network's identity as the audit page names it, linked to its settings page. */
import { translator } from '../../../platform/i18n/index.js';
import type { AuditSubjects } from '../../accounts/index.js';

/**
 * The identity is one row that is never deleted, so every id (there is one, `identity`) has
 * the same name.
 * @example createAccounts(deps, { auditSubjects: [networkAuditSubjects] })
 */
export const networkAuditSubjects: AuditSubjects = {
  types: ['network'],
  async names(_type, ids, locale) {
    const name = { name: translator(locale)('network.settings.title'), href: '/admin/network' };
    return new Map(ids.map((id) => [id, name]));
  },
};
