/** The discussions as the audit page names them: by title, with their page. */
import type { AuditSubjectName, AuditSubjects } from '../../accounts/index.js';
import type { Discussions } from '../context.js';
import { discussionHref } from './presenters.js';
import * as q from './queries.js';

/** @example createAccounts(deps, { auditSubjects: [discussionAuditSubjects(discussions)] }) */
export const discussionAuditSubjects = (ctx: Discussions): AuditSubjects => ({
  types: ['discussion'],
  async names(_type, ids) {
    const rows = await q.findDiscussionTitles(ctx.deps.db.kysely, ids);
    return new Map<string, AuditSubjectName>(
      rows.map((row) => [row.id, { name: row.title, href: discussionHref(row.id) }]),
    );
  },
});
