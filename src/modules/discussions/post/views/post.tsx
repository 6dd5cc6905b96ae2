/**
 * One post in its thread: its place, who wrote it and for whom, when, its language, what it
 * replies to or quotes (linked), its Markdown, and what the reader may do with it. A removed
 * post keeps its place and says so.
 */
import type { MessageKey } from '../../../../platform/i18n/index.js';
import { CsrfField } from '../../../../ui/forms.js';
import { Markdown, markdownText } from '../../../../ui/markdown.js';
import type { PageContext } from '../../../../ui/page.js';
import type { PostView } from '../presenters.js';

export type PostPermissions = {
  write: boolean;
  react: boolean;
  edit: boolean;
  remove: boolean;
  history: boolean;
};

export const languageKey = (language: string) => `discussions.language.${language}` as MessageKey;

/** The `lang` of a post's text: ours when it is one of ours, none for another language. */
const langOf = (language: string) => (language === 'other' ? undefined : language);

/** Who wrote the post, and for whom: plain text, since the words around the names differ by language. */
function byline(ctx: PageContext, post: PostView) {
  const name = post.author ?? ctx.t('discussions.post.formerMember');
  return post.organization
    ? ctx.t('discussions.post.byFor', { name, organization: post.organization.name })
    : ctx.t('discussions.post.by', { name });
}

export function PostArticle(props: {
  ctx: PageContext;
  discussionId: string;
  post: PostView;
  can: PostPermissions;
  /** The thread page's own address, for the reply and quote links. */
  pageHref: string;
}) {
  const { ctx, post, can } = props;
  const { t } = ctx;
  const base = `/discussions/${props.discussionId}/posts/${post.id}`;
  const join = props.pageHref.includes('?') ? '&' : '?';
  return (
    <article
      id={post.anchor}
      class={post.replyTo ? 'post reply' : 'post'}
      aria-labelledby={`${post.anchor}-title`}
    >
      <header class="post-header">
        <h2 id={`${post.anchor}-title`} class="post-title">
          <a href={post.href}>{t('discussions.post.number', { number: post.seq })}</a>
        </h2>
        {!post.removed && (
          <p class="post-byline">
            {byline(ctx, post)} · <time datetime={post.at}>{post.when}</time>
            {post.edited && (
              <>
                {' '}
                · <span class="badge muted">{t('discussions.post.edited')}</span>
              </>
            )}
            {' · '}
            <span class="hint">
              {t(
                post.languageDetected
                  ? 'discussions.language.detected'
                  : 'discussions.language.shown',
                {
                  language: t(languageKey(post.language)),
                },
              )}
            </span>
          </p>
        )}
        {post.replyTo && (
          <p class="hint">
            <a href={post.replyTo.href}>
              {t('discussions.post.replyTo', { number: post.replyTo.seq })}
            </a>
          </p>
        )}
      </header>
      {post.removed ? (
        <p class="notice">{t('discussions.post.removed')}</p>
      ) : (
        <>
          {post.quote && (
            <blockquote class="post-quote">
              <p>
                <a href={post.quote.href}>
                  {t('discussions.post.quoting', { number: post.quote.seq })}
                </a>
              </p>
              {post.quote.text === null ? (
                <p class="hint">{t('discussions.post.quoteRemoved')}</p>
              ) : (
                <p class="pre-line">{markdownText(post.quote.text)}</p>
              )}
            </blockquote>
          )}
          <Markdown text={post.body} lang={langOf(post.language)} />
          <footer class="post-actions">
            <p>{t('discussions.post.agreements', { count: post.agreements })}</p>
            {can.react && (
              <form method="post" action={`${base}/agree`} class="inline">
                <CsrfField ctx={ctx} />
                <input type="hidden" name="agree" value={post.agreed ? 'no' : 'yes'} />
                <button
                  type="submit"
                  class="linklike"
                  aria-pressed={post.agreed ? 'true' : 'false'}
                  aria-label={t(
                    post.agreed ? 'discussions.post.agreedNamed' : 'discussions.post.agreeNamed',
                    { number: post.seq },
                  )}
                >
                  {t(post.agreed ? 'discussions.post.agreed' : 'discussions.post.agree')}
                </button>
              </form>
            )}
            <ul class="inline-list">
              {can.write && (
                <>
                  <li>
                    <a href={`${props.pageHref}${join}reply=${post.id}#write`}>
                      {t('discussions.post.reply')}
                    </a>
                  </li>
                  <li>
                    <a href={`${props.pageHref}${join}quote=${post.id}#write`}>
                      {t('discussions.post.quote')}
                    </a>
                  </li>
                </>
              )}
              {can.edit && (
                <li>
                  <a href={`${base}/edit`}>{t('discussions.post.edit')}</a>
                </li>
              )}
              {can.remove && (
                <li>
                  <a href={`${base}/remove`}>{t('discussions.post.remove')}</a>
                </li>
              )}
              {can.history && post.edited && (
                <li>
                  <a href={`${base}/history`}>{t('discussions.post.history')}</a>
                </li>
              )}
            </ul>
          </footer>
        </>
      )}
    </article>
  );
}
