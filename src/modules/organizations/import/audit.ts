/** Imports of organisations as the audit page names them: by their file, linked to their report. */
import { translator } from '../../../platform/i18n/index.js';
import type { AuditSubjectName, AuditSubjects } from '../../accounts/index.js';
import type { Organizations } from '../context.js';
import * as iq from './queries.js';

/** @example createAccounts(deps, { auditSubjects: [importAuditSubjects(organizations)] }) */
export const importAuditSubjects = (ctx: Organizations): AuditSubjects => ({
  types: ['organization_import'],
  async names(_type, ids, locale) {
    const t = translator(locale);
    const found = new Map<string, AuditSubjectName>(
      (await iq.findImportFiles(ctx.deps.db.kysely, ids)).map((row) => [
        row.id,
        {
          name: t('import.job.title', { file: row.file_name }),
          href: `/admin/organizations/import/${row.id}`,
        },
      ]),
    );
    const deleted = { name: t('audit.subject.organization_import.deleted') };
    return new Map(ids.map((id) => [id, found.get(id) ?? deleted]));
  },
});
