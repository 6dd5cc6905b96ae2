/**
 * Discussion pages: the network's topics at /discussions, the form that opens a discussion
 * about the network, an event or a session, and each discussion at its stable address.
 */
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound, PageError } from '../../../platform/http/errors.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import { invalid, type Problems } from '../../../platform/outcome.js';
import { translateProblems } from '../../../ui/forms.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Discussions } from '../context.js';
import { authorize, can } from '../policy.js';
import { ThreadQuerySchema } from '../post/schema.js';
import { renderThread } from './page.js';
import { presentDiscussion } from './presenters.js';
import { DiscussionOpenSchema, NewDiscussionQuerySchema, parentField } from './schema.js';
import {
  loadDiscussion,
  networkTopics,
  openDiscussion,
  type ResolvedParent,
  resolveParent,
} from './service.js';
import { OpenDiscussionPage, type OpenFormValues, TopicsPage } from './views/list.js';

/** @example app.route('/discussions', threadRoutes(discussions)) */
export function threadRoutes(ctx: Discussions) {
  const app = new Hono<AppEnv>();

  /** The parent the form names, resolved for the actor; undefined when there is no such thing. */
  async function parentNamed(c: Context<AppEnv>, value: string | undefined) {
    const ref = parentField.safeParse(value ?? '');
    if (!ref.success) return undefined;
    return resolveParent(ctx, c.get('actor'), ref.data, c.get('locale'));
  }

  async function openPage(
    c: Context<AppEnv>,
    parent: ResolvedParent | undefined,
    values: OpenFormValues,
    problems?: Problems,
  ) {
    const page = pageContext(c);
    return renderPage(c, {
      title: page.t('discussions.new.title'),
      status: problems ? 422 : 200,
      body: (
        <OpenDiscussionPage
          ctx={page}
          parent={parent?.view}
          values={values}
          errors={translateProblems(page, problems)}
          acting={await c.get('actingFor')?.()}
        />
      ),
    });
  }

  app.get('/', async (c) => {
    const actor = c.get('actor');
    const locale = c.get('locale');
    const [topics, network] = await Promise.all([
      networkTopics(ctx, actor),
      resolveParent(ctx, actor, { kind: 'network' }, locale),
    ]);
    const canOpen = can(actor, 'discussion.open', { ...network!.scope, visibility: 'members' });
    return renderPage(c, {
      title: c.get('t')('discussions.title'),
      body: (
        <TopicsPage
          ctx={pageContext(c)}
          topics={topics.map((row) =>
            presentDiscussion(row, { kind: 'network' }, locale, ctx.deps.config.timeZone),
          )}
          canOpen={canOpen}
        />
      ),
    });
  });

  app.get('/new', async (c) => {
    const { parent: value } = NewDiscussionQuerySchema.parse(c.req.query());
    const parent = await parentNamed(c, value);
    if (!parent) throw notFound();
    authorize(c.get('actor'), 'discussion.open', { ...parent.scope, visibility: 'members' });
    return openPage(c, parent, { parent: value });
  });

  app.post('/', async (c) => {
    const actor = c.get('actor');
    // Only someone signed in may open anything; who may open what is asked once the parent is known.
    if (!actor) throw new PageError(401, 'error.401');
    const form = await readForm(c);
    const parent = await parentNamed(c, form.parent);
    // An unknown parent is the form's mistake: said at its field, nothing written.
    if (!parent) {
      const checked = validate(DiscussionOpenSchema, form);
      const problems = {
        ...(checked.ok ? {} : checked.problems),
        ...invalid('parent', 'validation.discussions.parent.unknown').problems,
      };
      return openPage(c, undefined, form, problems);
    }
    authorize(actor, 'discussion.open', { ...parent.scope, visibility: 'members' });
    const input = validate(DiscussionOpenSchema, form);
    const outcome = input.ok
      ? await openDiscussion(ctx, { actor, ip: c.get('clientIp') }, input.data, c.get('locale'))
      : input;
    if (!outcome.ok) {
      if (!('problems' in outcome)) throw notFound();
      return openPage(c, parent, form, outcome.problems);
    }
    return c.redirect(`/discussions/${outcome.id}?notice=discussions.thread.opened`, 303);
  });

  app.get('/:id', async (c) => {
    const loaded = await loadDiscussion(ctx, c.req.param('id'), c.get('actor'), c.get('locale'));
    if (!loaded) throw notFound();
    authorize(c.get('actor'), 'discussion.read', loaded.scope);
    const query = ThreadQuerySchema.parse(c.req.query());
    return renderThread(ctx, c, loaded, {
      page: query.page,
      replyTo: query.reply,
      quote: query.quote,
    });
  });

  return app;
}
