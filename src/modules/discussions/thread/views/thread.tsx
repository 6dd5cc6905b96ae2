/** A discussion's page: what it is about, its posts 50 to a page, and the post form. */
import type { Child } from 'hono/jsx';
import type { MessageKey } from '../../../../platform/i18n/index.js';
import type { PageContext } from '../../../../ui/page.js';
import type { PostView } from '../../post/presenters.js';
import { PostArticle, type PostPermissions } from '../../post/views/post.js';
import type { DiscussionView } from '../presenters.js';
import type { ParentView } from '../service.js';

export const visibilityKey = (visibility: string) =>
  `discussions.visibility.${visibility}` as MessageKey;

export function ParentLine(props: { ctx: PageContext; parent: ParentView }) {
  const { t } = props.ctx;
  const { parent } = props;
  if (parent.kind === 'network') {
    return (
      <p>
        <a href="/discussions">{t('discussions.thread.partOfNetwork')}</a>
      </p>
    );
  }
  return (
    <p>
      {t('discussions.thread.partOf')}{' '}
      <a href={parent.href} lang={parent.titleLang}>
        {parent.title}
      </a>
    </p>
  );
}

function Pages(props: { ctx: PageContext; href: string; page: number; pages: number }) {
  const { t } = props.ctx;
  const { page, pages } = props;
  if (pages <= 1) return null;
  const at = (p: number) => (p === 1 ? props.href : `${props.href}?page=${p}`);
  return (
    <nav aria-label={t('discussions.thread.pages')} class="pager">
      <p>{t('discussions.thread.page', { page, pages })}</p>
      <ul class="inline-list">
        {page > 1 && (
          <li>
            <a href={at(page - 1)} rel="prev">
              {t('discussions.thread.previous')}
            </a>
          </li>
        )}
        {Array.from({ length: pages }, (_, i) => i + 1).map((p) => (
          <li>{p === page ? <span aria-current="page">{p}</span> : <a href={at(p)}>{p}</a>}</li>
        ))}
        {page < pages && (
          <li>
            <a href={at(page + 1)} rel="next">
              {t('discussions.thread.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

export function ThreadPage(props: {
  ctx: PageContext;
  discussion: DiscussionView;
  posts: { view: PostView; can: PostPermissions }[];
  page: number;
  pages: number;
  /** This page's address, for the reply and quote links. */
  pageHref: string;
  /** The post form, or the invitation to sign in, or nothing. */
  write: Child;
}) {
  const { ctx, discussion } = props;
  const { t } = ctx;
  return (
    <>
      <ParentLine ctx={ctx} parent={discussion.parent} />
      <h1>{discussion.title}</h1>
      <p class="hint">
        {discussion.openedBy &&
          (discussion.organization
            ? t('discussions.thread.openedByFor', {
                name: discussion.openedBy,
                organization: discussion.organization.name,
              })
            : t('discussions.thread.openedBy', { name: discussion.openedBy }))}
        {discussion.openedBy && ' · '}
        {t('discussions.thread.visibility', {
          visibility: t(visibilityKey(discussion.visibility)),
        })}
        {' · '}
        {t('discussions.posts', { count: discussion.posts })}
      </p>
      <Pages ctx={ctx} href={discussion.href} page={props.page} pages={props.pages} />
      <div class="posts">
        {props.posts.map((p) => (
          <PostArticle
            ctx={ctx}
            discussionId={discussion.id}
            post={p.view}
            can={p.can}
            pageHref={props.pageHref}
          />
        ))}
      </div>
      <Pages ctx={ctx} href={discussion.href} page={props.page} pages={props.pages} />
      {props.write}
    </>
  );
}
