/**
 * A discussion's posts: write one (a reply, a quote), the stable address of each post that
 * leads to its page and anchor, edit with the earlier versions kept for moderators, remove
 * (confirmed, the place kept) and agree.
 */
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound, refusalError } from '../../../platform/http/errors.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import { isInvalid } from '../../../platform/outcome.js';
import { ConfirmedSchema, ConfirmPage } from '../../../ui/confirm.js';
import { translateProblems } from '../../../ui/forms.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Discussions } from '../context.js';
import { authorize } from '../policy.js';
import type { PostRow } from '../tables.js';
import { type LoadedDiscussion, renderThread } from '../thread/page.js';
import { loadDiscussion } from '../thread/service.js';
import { postPlaceHref, presentVersion } from './presenters.js';
import { AgreeSchema, PostEditSchema, PostWriteSchema } from './schema.js';
import {
  editPost,
  findPost,
  pageOfPlace,
  postVersions,
  removePost,
  setAgreement,
  writePost,
} from './service.js';
import { EditPostPage, HistoryPage } from './views/edit.js';

/** @example app.route('/discussions', postRoutes(discussions)) */
export function postRoutes(ctx: Discussions) {
  const app = new Hono<AppEnv>();

  async function discussion(c: Context<AppEnv>) {
    const loaded = await loadDiscussion(
      ctx,
      c.req.param('id') ?? '',
      c.get('actor'),
      c.get('locale'),
    );
    if (!loaded) throw notFound();
    return loaded;
  }

  /** The discussion and the post its address names, with the actor's relation to the post. */
  async function post(c: Context<AppEnv>) {
    const loaded = await discussion(c);
    const row = await findPost(ctx, loaded.discussion.id, c.req.param('postId') ?? '');
    if (!row) {
      authorize(c.get('actor'), 'discussion.read', loaded.scope);
      throw notFound();
    }
    const actor = c.get('actor');
    const scope = {
      ...loaded.scope,
      post: {
        author: actor !== null && row.author_id === actor.id,
        removed: row.deleted_at !== null,
      },
    };
    return { loaded, row, scope };
  }

  const placeOf = (row: PostRow) => postPlaceHref(row.discussion_id, row.id, Number(row.seq));

  app.post('/:id/posts', async (c) => {
    const loaded = await discussion(c);
    const actor = c.get('actor');
    authorize(actor, 'discussion.post', loaded.scope);
    const form = await readForm(c);
    const input = validate(PostWriteSchema, form);
    const outcome = input.ok
      ? await writePost(ctx, actor, loaded.discussion.id, input.data, c.get('locale'))
      : input;
    if (!outcome.ok) {
      if (!isInvalid(outcome)) throw refusalError(outcome);
      const page = pageOfPlace(Number(loaded.discussion.post_count) || 1);
      return renderThread(ctx, c, loaded, {
        page,
        form: { values: form, problems: outcome.problems },
      });
    }
    const page = pageOfPlace(outcome.seq);
    return c.redirect(
      `/discussions/${loaded.discussion.id}?${page > 1 ? `page=${page}&` : ''}notice=discussions.thread.posted#post-${outcome.id}`,
      303,
    );
  });

  app.get('/:id/posts/:postId', async (c) => {
    const { loaded, row } = await post(c);
    authorize(c.get('actor'), 'discussion.read', loaded.scope);
    return c.redirect(placeOf(row), 302);
  });

  const editPage = (
    c: Context<AppEnv>,
    loaded: LoadedDiscussion,
    row: PostRow,
    form: { values: Record<string, string>; problems?: Parameters<typeof translateProblems>[1] },
  ) => {
    const page = pageContext(c);
    return renderPage(c, {
      title: page.t('discussions.edit.title', { number: Number(row.seq) }),
      status: form.problems ? 422 : 200,
      body: (
        <EditPostPage
          ctx={page}
          action={`/discussions/${loaded.discussion.id}/posts/${row.id}`}
          seq={Number(row.seq)}
          back={placeOf(row)}
          values={form.values}
          errors={translateProblems(page, form.problems)}
        />
      ),
    });
  };

  app.get('/:id/posts/:postId/edit', async (c) => {
    const { loaded, row, scope } = await post(c);
    authorize(c.get('actor'), 'post.edit', scope);
    return editPage(c, loaded, row, {
      values: { body: row.body, language: row.language_detected ? '' : row.language },
    });
  });

  app.post('/:id/posts/:postId', async (c) => {
    const { loaded, row, scope } = await post(c);
    authorize(c.get('actor'), 'post.edit', scope);
    const form = await readForm(c);
    const input = validate(PostEditSchema, form);
    const outcome = input.ok ? await editPost(ctx, row, input.data, c.get('locale')) : input;
    if (!outcome.ok) {
      if (!isInvalid(outcome)) throw refusalError(outcome);
      return editPage(c, loaded, row, { values: form, problems: outcome.problems });
    }
    const href = placeOf(row);
    const [path, anchor] = href.split('#');
    return c.redirect(
      `${path}${path!.includes('?') ? '&' : '?'}notice=discussions.thread.edited#${anchor}`,
      303,
    );
  });

  const removePage = (
    c: Context<AppEnv>,
    loaded: LoadedDiscussion,
    row: PostRow,
    unconfirmed?: boolean,
  ) => {
    const page = pageContext(c);
    const title = page.t('discussions.remove.title', { number: Number(row.seq) });
    return renderPage(c, {
      title,
      status: unconfirmed ? 422 : 200,
      body: (
        <ConfirmPage
          ctx={page}
          title={title}
          action={`/discussions/${loaded.discussion.id}/posts/${row.id}/remove`}
          submit={page.t('discussions.remove.submit')}
          back={{ href: placeOf(row), label: page.t('discussions.edit.back') }}
          unconfirmed={unconfirmed}
        >
          <p>{page.t('discussions.remove.body')}</p>
        </ConfirmPage>
      ),
    });
  };

  app.get('/:id/posts/:postId/remove', async (c) => {
    const { loaded, row, scope } = await post(c);
    authorize(c.get('actor'), 'post.delete', scope);
    return removePage(c, loaded, row);
  });

  app.post('/:id/posts/:postId/remove', async (c) => {
    const { loaded, row, scope } = await post(c);
    const actor = c.get('actor');
    authorize(actor, 'post.delete', scope);
    if (!validate(ConfirmedSchema, await readForm(c)).ok) return removePage(c, loaded, row, true);
    await removePost(ctx, { actor, ip: c.get('clientIp') }, row);
    const [path, anchor] = placeOf(row).split('#');
    return c.redirect(
      `${path}${path!.includes('?') ? '&' : '?'}notice=discussions.thread.removed#${anchor}`,
      303,
    );
  });

  app.get('/:id/posts/:postId/history', async (c) => {
    const { row, scope } = await post(c);
    authorize(c.get('actor'), 'post.history', scope);
    const locale = c.get('locale');
    const { timeZone } = ctx.deps.config;
    const versions = (await postVersions(ctx, row.id)).map((v) =>
      presentVersion(v, locale, timeZone),
    );
    const page = pageContext(c);
    return renderPage(c, {
      title: page.t('discussions.history.title', { number: Number(row.seq) }),
      body: (
        <HistoryPage
          ctx={page}
          seq={Number(row.seq)}
          back={placeOf(row)}
          current={row.deleted_at ? null : { body: row.body, language: row.language }}
          versions={versions}
        />
      ),
    });
  });

  app.post('/:id/posts/:postId/agree', async (c) => {
    const { row, scope } = await post(c);
    const actor = c.get('actor');
    authorize(actor, 'post.react', scope);
    const input = validate(AgreeSchema, await readForm(c));
    if (!input.ok) throw notFound();
    await setAgreement(ctx, actor, row.id, input.data.agree === 'yes');
    return c.redirect(placeOf(row), 303);
  });

  return app;
}
