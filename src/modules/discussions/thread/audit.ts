/** The discussions as the audit page names them: by title, with their page. */
import { translator } from '../../../platform/i18n/index.js';
import type { AuditSubjectName, AuditSubjects } from '../../accounts/index.js';
import type { Discussions } from '../context.js';
import { discussionHref } from './presenters.js';
import * as q from './queries.js';

/** @example createAccounts(deps, { auditSubjects: [discussionAuditSubjects(discussions)] }) */
export const discussionAuditSubjects = (ctx: Discussions): AuditSubjects => ({
  types: ['discussion'],
  async names(_type, ids, locale) {
    const rows = await q.findDiscussionTitles(ctx.deps.db.kysely, ids);
    const found = new Map<string, AuditSubjectName>(
      rows.map((row) => [row.id, { name: row.title, href: discussionHref(row.id) }]),
    );
    const deleted = { name: translator(locale)('audit.subject.discussion.deleted') };
    return new Map(ids.map((id) => [id, found.get(id) ?? deleted]));
  },
});
