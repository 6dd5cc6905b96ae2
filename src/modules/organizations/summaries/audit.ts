/** The organisations as the audit page names them: by name in the reader's language, linked. */
import { translator } from '../../../platform/i18n/index.js';
import type { AuditSubjectName, AuditSubjects } from '../../accounts/index.js';
import type { Organizations } from '../context.js';
import { organizationSummaries } from './service.js';

/** @example createAccounts(deps, { auditSubjects: [organizationAuditSubjects(organizations)] }) */
export const organizationAuditSubjects = (ctx: Organizations): AuditSubjects => ({
  types: ['organization'],
  async names(_type, ids, locale) {
    const found = new Map<string, AuditSubjectName>(
      (await organizationSummaries(ctx, ids, locale)).map((o) => [
        o.id,
        { name: o.name, href: `/organizations/${o.slug}` },
      ]),
    );
    const deleted = { name: translator(locale)('audit.subject.organization.deleted') };
    return new Map(ids.map((id) => [id, found.get(id) ?? deleted]));
  },
});
