/**
 * The SQL of posts (migration 0023): write one in its place, edit it keeping the version it
 * replaces, remove it, agree with it, and read a page of them with their authors' names.
 */
import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import { leftJoinPerson } from '../../accounts/index.js';
import { leftJoinOrganization } from '../../organizations/index.js';
import type { DiscussionTables } from '../tables.js';

type Db = Kysely<Database>;

/**
 * Takes the discussion's next place for a post and marks it active: one statement, so that
 * two posts written at once (on PostgreSQL the row lock, on SQLite the one writer) never get
 * the same place. Undefined when the discussion is gone.
 */
export const takeNextPlace = (db: Db, discussionId: string, at: string) =>
  db
    .updateTable('discussions')
    .set({ post_count: sql`post_count + 1`, last_post_at: at })
    .where('id', '=', discussionId)
    .returning('post_count')
    .executeTakeFirst();

export const insertPost = (db: Db, row: Insertable<DiscussionTables['discussion_posts']>) =>
  db.insertInto('discussion_posts').values(row).execute();

export const findPost = (db: Db, discussionId: string, postId: string) =>
  db
    .selectFrom('discussion_posts')
    .selectAll()
    .where('discussion_id', '=', discussionId)
    .where('id', '=', postId)
    .executeTakeFirst();

export const insertVersion = (
  db: Db,
  row: Insertable<DiscussionTables['discussion_post_versions']>,
) => db.insertInto('discussion_post_versions').values(row).execute();

export const updatePostText = (
  db: Db,
  postId: string,
  values: { body: string; language: string; language_detected: number; edited_at: string },
) =>
  db
    .updateTable('discussion_posts')
    .set({ ...values, language: values.language as 'az' })
    .where('id', '=', postId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();

export const markRemoved = (db: Db, postId: string, by: string, at: string) =>
  db
    .updateTable('discussion_posts')
    .set({ deleted_at: at, deleted_by: by })
    .where('id', '=', postId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();

/** One agreement per person: a second is no error and changes nothing. */
export const insertAgreement = (db: Db, postId: string, personId: string, at: string) =>
  db
    .insertInto('discussion_reactions')
    .values({ post_id: postId, person_id: personId, kind: 'agree', created_at: at })
    .onConflict((oc) => oc.columns(['post_id', 'person_id', 'kind']).doNothing())
    .execute();

export const deleteAgreement = (db: Db, postId: string, personId: string) =>
  db
    .deleteFrom('discussion_reactions')
    .where('post_id', '=', postId)
    .where('person_id', '=', personId)
    .where('kind', '=', 'agree')
    .execute();

/** The posts in places `from`..`to` with their authors', organisations' and quoted posts' facts. */
export const listPostsInPlaces = (db: Db, discussionId: string, from: number, to: number) =>
  db
    .selectFrom('discussion_posts as dp')
    .$call(leftJoinPerson('p', 'dp.author_id'))
    .$call(leftJoinOrganization('o', 'dp.organization_id'))
    .leftJoin('discussion_posts as rt', 'rt.id', 'dp.reply_to_id')
    .leftJoin('discussion_posts as qp', 'qp.id', 'dp.quote_of_id')
    .selectAll('dp')
    .select([
      'p.name as author_name',
      'o.slug as org_slug',
      'o.name as org_name',
      'o.name_translations as org_name_translations',
      'rt.seq as reply_to_seq',
      'qp.seq as quote_seq',
      'qp.deleted_at as quote_deleted_at',
    ])
    .where('dp.discussion_id', '=', discussionId)
    .where('dp.seq', '>=', from)
    .where('dp.seq', '<=', to)
    .orderBy('dp.seq')
    .execute();

/** How many people agree with each of these posts (posts nobody agrees with are left out). */
export const countAgreements = (db: Db, postIds: readonly string[]) =>
  postIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('discussion_reactions')
        .select(['post_id', (eb) => eb.fn.countAll<string | number>().as('count')])
        .where('post_id', 'in', postIds)
        .where('kind', '=', 'agree')
        .groupBy('post_id')
        .execute();

/** Those of these posts the person agrees with. */
export const agreedBy = (db: Db, postIds: readonly string[], personId: string) =>
  postIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('discussion_reactions')
        .select('post_id')
        .where('post_id', 'in', postIds)
        .where('person_id', '=', personId)
        .where('kind', '=', 'agree')
        .execute();

/** A post's earlier versions, the newest first. */
export const listVersions = (db: Db, postId: string) =>
  db
    .selectFrom('discussion_post_versions')
    .selectAll()
    .where('post_id', '=', postId)
    .orderBy('replaced_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
