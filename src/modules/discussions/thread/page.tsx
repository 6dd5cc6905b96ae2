/**
 * The discussion's page as both capabilities render it: thread routes for reading, post routes
 * again with the form's problems (422) when a post is refused.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { noticeFrom } from '../../../platform/http/notices.js';
import type { MessageKey } from '../../../platform/i18n/index.js';
import type { Problems } from '../../../platform/outcome.js';
import { translateProblems } from '../../../ui/forms.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Discussions } from '../context.js';
import { can } from '../policy.js';
import { presentPost } from '../post/presenters.js';
import { POSTS_PER_PAGE, postsOnPage } from '../post/service.js';
import { WriteForm, type WriteFormValues } from '../post/views/write.js';
import { presentDiscussion } from './presenters.js';
import type { loadDiscussion } from './service.js';
import { ThreadPage } from './views/thread.js';

export type LoadedDiscussion = NonNullable<Awaited<ReturnType<typeof loadDiscussion>>>;

const NOTICES: MessageKey[] = [
  'discussions.thread.opened',
  'discussions.thread.posted',
  'discussions.thread.edited',
  'discussions.thread.removed',
];

export async function renderThread(
  ctx: Discussions,
  c: Context<AppEnv>,
  loaded: LoadedDiscussion,
  options: {
    page: number;
    replyTo?: string | undefined;
    quote?: string | undefined;
    form?: { values: WriteFormValues; problems: Problems };
  },
) {
  const { discussion, parent, scope } = loaded;
  const actor = c.get('actor');
  const locale = c.get('locale');
  const { timeZone } = ctx.deps.config;
  const pages = Math.max(1, Math.ceil(Number(discussion.post_count) / POSTS_PER_PAGE));
  const page = Math.min(options.page, pages);
  const { rows, agreements, agreed } = await postsOnPage(ctx, discussion.id, page, actor);
  const posts = rows.map((row) => {
    const postScope = {
      ...scope,
      post: {
        author: actor !== null && row.author_id === actor.id,
        removed: row.deleted_at !== null,
      },
    };
    return {
      view: presentPost(row, {
        locale,
        timeZone,
        readerId: actor?.id,
        agreements: agreements.get(row.id) ?? 0,
        agreed: agreed.has(row.id),
      }),
      can: {
        write: can(actor, 'discussion.post', scope),
        react: can(actor, 'post.react', postScope),
        edit: can(actor, 'post.edit', postScope),
        remove: can(actor, 'post.delete', postScope),
        history: can(actor, 'post.history', postScope),
      },
    };
  });
  const view = presentDiscussion(discussion, parent, locale, timeZone);
  const pageHref = page > 1 ? `${view.href}?page=${page}` : view.href;
  // Reply and quote name posts of this page; another post is not offered to reply to here.
  const target = (id: string | undefined) => {
    const found = id ? posts.find((p) => p.view.id === id && !p.view.removed) : undefined;
    return found && { id: found.view.id, seq: found.view.seq };
  };
  const page$ = pageContext(c);
  const write = can(actor, 'discussion.post', scope) ? (
    <WriteForm
      ctx={page$}
      action={`${view.href}/posts`}
      plainHref={pageHref}
      values={options.form?.values ?? {}}
      errors={translateProblems(page$, options.form?.problems)}
      acting={await c.get('actingFor')?.()}
      replyTo={target(options.replyTo ?? options.form?.values.replyTo)}
      quote={target(options.quote ?? options.form?.values.quote)}
    />
  ) : actor === null ? (
    <p>
      <a href={`/sign-in?next=${encodeURIComponent(pageHref)}`}>
        {c.get('t')('discussions.thread.signIn')}
      </a>
    </p>
  ) : null;
  return renderPage(c, {
    title: view.title,
    status: options.form ? 422 : 200,
    notice: noticeFrom(c, NOTICES),
    body: (
      <ThreadPage
        ctx={page$}
        discussion={view}
        posts={posts}
        page={page}
        pages={pages}
        pageHref={pageHref}
        write={write}
      />
    ),
  });
}
