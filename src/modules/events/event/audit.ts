/** The events as the audit page names them: by title in the reader's language, with their page. */
import { readTranslation } from '../../../platform/i18n/translations.js';
import type { AuditSubjectName, AuditSubjects } from '../../accounts/index.js';
import type { Events } from '../context.js';
import * as q from './queries.js';

/** @example createAccounts(deps, { auditSubjects: [eventAuditSubjects(events)] }) */
export const eventAuditSubjects = (ctx: Events): AuditSubjects => ({
  types: ['event'],
  async names(_type, ids, locale) {
    const rows = await q.findEventTitles(ctx.deps.db.kysely, ids);
    return new Map<string, AuditSubjectName>(
      rows.map((row) => [
        row.id,
        { name: readTranslation(row.title, locale), href: `/events/${row.slug}` },
      ]),
    );
  },
});
