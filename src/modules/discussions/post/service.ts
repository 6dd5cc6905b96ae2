/**
 * Posts: written in their discussion's next place, on behalf of the organisation the author
 * acts for or of themselves; replies one level deep; quotes keep the words they quote; edits
 * keep the version they replace; removal keeps the place; agreement once per person.
 */
import type { Kysely } from 'kysely';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Database } from '../../../platform/db/tables.js';
import type { Actor } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { invalid, type Outcome, refused } from '../../../platform/outcome.js';
import { resolveActingOrganization } from '../../organizations/index.js';
import type { Discussions } from '../context.js';
import type { PostLanguage, PostRow } from '../tables.js';
import { detectLanguage } from './language.js';
import * as q from './queries.js';
import type { PostEdit, PostWrite } from './schema.js';

/** Posts on one page of a discussion. */
export const POSTS_PER_PAGE = 50;
/** How much of a quoted post a quote keeps. */
const QUOTE_MAX_CHARS = 600;

/** The page a post's place lands on. */
export const pageOfPlace = (seq: number) => Math.ceil(seq / POSTS_PER_PAGE);

const languageOf = (body: string, chosen: PostLanguage | undefined, locale: Locale) =>
  chosen
    ? { language: chosen, language_detected: 0 }
    : { language: detectLanguage(body, locale), language_detected: 1 };

/**
 * Writes a post into the discussion within `tx` (the caller's transaction: opening a
 * discussion writes its first post with it). Replying to a reply replies to the post it
 * replies to: replies stay one level deep.
 */
export async function writePostIn(
  tx: Kysely<Database>,
  actor: Actor,
  discussionId: string,
  input: PostWrite,
  locale: Locale,
): Promise<Outcome<{ id: string; seq: number }>> {
  const acting = await resolveActingOrganization(tx, actor, input.onBehalfOf, { locale });
  if (!acting.ok) return acting;
  const replied = input.replyTo ? await q.findPost(tx, discussionId, input.replyTo) : undefined;
  if (input.replyTo && !replied)
    return invalid('replyTo', 'validation.discussions.replyTo.unknown');
  const quoted = input.quote ? await q.findPost(tx, discussionId, input.quote) : undefined;
  if (input.quote && (!quoted || quoted.deleted_at)) {
    return invalid('quote', 'validation.discussions.quote.unknown');
  }
  const at = nowIso();
  const place = await q.takeNextPlace(tx, discussionId, at);
  if (!place) return refused(404, 'error.404');
  const id = newId();
  const seq = Number(place.post_count);
  await q.insertPost(tx, {
    id,
    discussion_id: discussionId,
    seq,
    reply_to_id: replied ? (replied.reply_to_id ?? replied.id) : null,
    quote_of_id: quoted?.id ?? null,
    quote_text: quoted ? [...quoted.body].slice(0, QUOTE_MAX_CHARS).join('') : null,
    author_id: actor.id,
    organization_id: acting.organization?.id ?? null,
    body: input.body,
    ...languageOf(input.body, input.language, locale),
    created_at: at,
  });
  return { ok: true, id, seq };
}

/** A new post in the discussion, in a transaction of its own. */
export const writePost = (
  ctx: Discussions,
  actor: Actor,
  discussionId: string,
  input: PostWrite,
  locale: Locale,
) =>
  ctx.deps.db.kysely
    .transaction()
    .execute((tx) => writePostIn(tx, actor, discussionId, input, locale));

/** The post in the discussion, or undefined. */
export const findPost = (ctx: Discussions, discussionId: string, postId: string) =>
  q.findPost(ctx.deps.db.kysely, discussionId, postId);

/** Replaces the post's text, keeping the version it replaces for the moderators. */
export async function editPost(
  ctx: Discussions,
  post: PostRow,
  input: PostEdit,
  locale: Locale,
): Promise<Outcome> {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const at = nowIso();
    const changed = await q.updatePostText(tx, post.id, {
      body: input.body,
      ...languageOf(input.body, input.language, locale),
      edited_at: at,
    });
    // Removed in the meantime: nothing to edit.
    if (Number(changed.numUpdatedRows) === 0) return refused(410, 'error.404');
    await q.insertVersion(tx, {
      id: newId(),
      post_id: post.id,
      body: post.body,
      language: post.language,
      written_at: post.edited_at ?? post.created_at,
      replaced_at: at,
    });
    return { ok: true };
  });
}

/** Removes the post: its text is no longer shown, its place stays. Audited. */
export async function removePost(
  ctx: Discussions,
  by: { actor: Actor; ip?: string | undefined },
  post: PostRow,
): Promise<void> {
  await ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const removed = await q.markRemoved(tx, post.id, by.actor.id, nowIso());
    if (Number(removed.numUpdatedRows) === 0) return;
    await recordAudit(tx, {
      action: 'discussion.post.remove',
      actor: auditActor(by.actor),
      subject: { type: 'discussion', id: post.discussion_id },
      ...(by.ip ? { ip: by.ip } : {}),
      details: { post: post.id, seq: post.seq, own: post.author_id === by.actor.id },
    });
  });
}

/** The person agrees with the post, or no longer does; saying so twice changes nothing. */
export async function setAgreement(ctx: Discussions, actor: Actor, postId: string, agree: boolean) {
  const db = ctx.deps.db.kysely;
  if (agree) await q.insertAgreement(db, postId, actor.id, nowIso());
  else await q.deleteAgreement(db, postId, actor.id);
}

/** One page of the discussion's posts, with agreement counts and the reader's own. */
export async function postsOnPage(
  ctx: Discussions,
  discussionId: string,
  page: number,
  reader: Actor | null,
) {
  const db = ctx.deps.db.kysely;
  const from = (page - 1) * POSTS_PER_PAGE + 1;
  const rows = await q.listPostsInPlaces(db, discussionId, from, from + POSTS_PER_PAGE - 1);
  const ids = rows.map((r) => r.id);
  const [counts, mine] = await Promise.all([
    q.countAgreements(db, ids),
    reader ? q.agreedBy(db, ids, reader.id) : [],
  ]);
  return {
    rows,
    agreements: new Map(counts.map((c) => [c.post_id, Number(c.count)])),
    agreed: new Set(mine.map((m) => m.post_id)),
  };
}

/** How many people agree with the post. */
export const agreementCount = async (ctx: Discussions, postId: string) =>
  (await q.countAgreements(ctx.deps.db.kysely, [postId]))[0]?.count ?? 0;

/** The post's earlier versions, the newest first. */
export const postVersions = (ctx: Discussions, postId: string) =>
  q.listVersions(ctx.deps.db.kysely, postId);
