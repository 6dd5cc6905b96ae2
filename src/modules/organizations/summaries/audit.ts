/** The organisations as the audit page names them: by name in the reader's language, linked. */
import type { AuditSubjectName, AuditSubjects } from '../../accounts/index.js';
import type { Organizations } from '../context.js';
import { organizationSummaries } from './service.js';

/** @example createAccounts(deps, { auditSubjects: [organizationAuditSubjects(organizations)] }) */
export const organizationAuditSubjects = (ctx: Organizations): AuditSubjects => ({
  types: ['organization'],
  async names(_type, ids, locale) {
    const summaries = await organizationSummaries(ctx, ids, locale);
    return new Map<string, AuditSubjectName>(
      summaries.map((o) => [o.id, { name: o.name, href: `/organizations/${o.slug}` }]),
    );
  },
});
