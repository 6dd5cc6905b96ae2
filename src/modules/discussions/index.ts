/**
 * The discussions module's public surface: conversations about a programme session, an event
 * or the whole network, at /discussions. It builds on events (who may read an event's
 * conversations, asked through events' index) and organisations (whom an author acts for);
 * events' pages link to discussions through the extension points events declares.
 */
import { Hono } from 'hono';
import type { UploadRoute } from '../../platform/http/body-limits.js';
import type { AppEnv } from '../../platform/http/context.js';
import type { ModuleWeb } from '../../platform/http/module.js';
import type { Discussions } from './context.js';
import { postRoutes } from './post/routes.js';
import { threadRoutes } from './thread/routes.js';

export { createDiscussions, type Discussions } from './context.js';
export { discussionsMessages } from './messages/index.js';
export { POSTS_PER_PAGE, setAgreement, writePost } from './post/service.js';
export type { DiscussionTables } from './tables.js';
export { discussionAuditSubjects } from './thread/audit.js';
export { discussionsEventSection, discussionsSessionLinks } from './thread/links.js';
export { openDiscussion } from './thread/service.js';

/**
 * The forms that carry a post get a body limit above the 1 MB of every form: a post far over
 * its length then gets its message at the field (422) and is not cut off unread (413).
 */
const POST_FORMS = {
  maxBytes: 2 * 1024 * 1024,
  matches: (path: string) => /^\/discussions(\/[^/]+\/posts(\/[^/]+)?)?$/.test(path),
  tooLargeKey: 'validation.discussions.body.tooLargeBody',
} as const satisfies UploadRoute;

/** @example app.route('/', discussionsWeb(discussions).routes) */
export function discussionsWeb(ctx: Discussions): ModuleWeb {
  const routes = new Hono<AppEnv>()
    .route('/discussions', threadRoutes(ctx))
    .route('/discussions', postRoutes(ctx));
  return { routes, uploads: [POST_FORMS] };
}
