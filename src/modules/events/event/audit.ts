/** The events as the audit page names them: by title in the reader's language, with their page. */
import { translator } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import type { AuditSubjectName, AuditSubjects } from '../../accounts/index.js';
import type { Events } from '../context.js';
import * as q from './queries.js';

/** @example createAccounts(deps, { auditSubjects: [eventAuditSubjects(events)] }) */
export const eventAuditSubjects = (ctx: Events): AuditSubjects => ({
  types: ['event'],
  async names(_type, ids, locale) {
    const found = new Map(
      (await q.findEventTitles(ctx.deps.db.kysely, ids)).map((row) => [row.id, row]),
    );
    const deleted = { name: translator(locale)('audit.subject.event.deleted') };
    return new Map<string, AuditSubjectName>(
      ids.map((id) => {
        const row = found.get(id);
        return [
          id,
          row ? { name: readTranslation(row.title, locale), href: `/events/${row.slug}` } : deleted,
        ];
      }),
    );
  },
});
