/**
 * Discussions (issue 13, first slice): a thread under a programme session, an event or the
 * network, its posts (Markdown, on behalf of an organisation or of the author alone), the
 * earlier versions of edited posts and the "agree" reactions.
 *
 * A discussion's parent is named by kind and id, without a foreign key: a session's or an
 * event's row is the events module's, and its id may be of either table. A post's `seq` is its
 * place in its discussion (1, 2, …), given under the discussion's lock, so that the page a post
 * lands on is arithmetic and its address never moves. A removed post keeps its row and place.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('discussions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_kind', 'text', (c) =>
      c.notNull().check(sql`parent_kind in ('network', 'event', 'session')`),
    )
    // The event's or session's id; null for a network topic.
    .addColumn('parent_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) =>
      c.notNull().check(sql`visibility in ('public', 'members', 'participants')`),
    )
    .addColumn('created_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('organization_id', 'text', (c) =>
      c.references('organizations.id').onDelete('set null'),
    )
    // Kept in the transaction that adds a post: the next post's place and the list's order.
    .addColumn('post_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_post_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'discussions_parent_named',
      sql`(parent_kind = 'network') = (parent_id is null)`,
    )
    .addCheckConstraint(
      'discussions_participants_need_an_event',
      sql`visibility <> 'participants' or parent_kind <> 'network'`,
    )
    .execute();
  await db.schema
    .createIndex('discussions_by_parent')
    .on('discussions')
    .columns(['parent_kind', 'parent_id'])
    .execute();
  await db.schema
    .createIndex('discussions_by_activity')
    .on('discussions')
    .columns(['parent_kind', 'last_post_at'])
    .execute();

  await db.schema
    .createTable('discussion_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('discussion_id', 'text', (c) =>
      c.notNull().references('discussions.id').onDelete('cascade'),
    )
    .addColumn('seq', 'integer', (c) => c.notNull())
    // Replies are one level deep: the post replied to is always a post that replies to none.
    .addColumn('reply_to_id', 'text', (c) => c.references('discussion_posts.id'))
    .addColumn('quote_of_id', 'text', (c) => c.references('discussion_posts.id'))
    // The quoted words as they were when quoted, so an edit later does not change this post.
    .addColumn('quote_text', 'text')
    .addColumn('author_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('organization_id', 'text', (c) =>
      c.references('organizations.id').onDelete('set null'),
    )
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) =>
      c.notNull().check(sql`language in ('az', 'en', 'ru', 'other')`),
    )
    // 1 when the language was detected, 0 when the author chose it.
    .addColumn('language_detected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addUniqueConstraint('discussion_posts_place', ['discussion_id', 'seq'])
    .execute();

  await db.schema
    .createTable('discussion_post_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('post_id', 'text', (c) =>
      c.notNull().references('discussion_posts.id').onDelete('cascade'),
    )
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    // When this version was written (the post's created_at, or the edit before).
    .addColumn('written_at', 'text', (c) => c.notNull())
    .addColumn('replaced_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('discussion_post_versions_by_post')
    .on('discussion_post_versions')
    .columns(['post_id', 'replaced_at'])
    .execute();

  await db.schema
    .createTable('discussion_reactions')
    .addColumn('post_id', 'text', (c) =>
      c.notNull().references('discussion_posts.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('agree')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    // One agreement per person per post, whatever races: the database is the arbiter, and the
    // count shown is counted from these rows (no counter to drift when a person's account goes).
    .addPrimaryKeyConstraint('discussion_reactions_once', ['post_id', 'person_id', 'kind'])
    .execute();
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropTable('discussion_reactions').execute();
  await db.schema.dropTable('discussion_post_versions').execute();
  await db.schema.dropTable('discussion_posts').execute();
  await db.schema.dropTable('discussions').execute();
}
