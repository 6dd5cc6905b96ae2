/** The SQL of discussions themselves (migration 0023): open, find, list by parent and activity. */
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import { leftJoinPerson } from '../../accounts/index.js';
import { leftJoinOrganization } from '../../organizations/index.js';
import type { DiscussionTables, ParentKind } from '../tables.js';

type Db = Kysely<Database>;

export const insertDiscussion = (db: Db, row: Insertable<DiscussionTables['discussions']>) =>
  db.insertInto('discussions').values(row).execute();

/** The discussion with the names of who opened it and for whom. */
export const findDiscussion = (db: Db, id: string) =>
  db
    .selectFrom('discussions as d')
    .$call(leftJoinPerson('p', 'd.created_by'))
    .$call(leftJoinOrganization('o', 'd.organization_id'))
    .selectAll('d')
    .select([
      'p.name as author_name',
      'o.slug as org_slug',
      'o.name as org_name',
      'o.name_translations as org_name_translations',
    ])
    .where('d.id', '=', id)
    .executeTakeFirst();

/** Network topics, most recently active first, at most `limit`. */
export const listNetworkTopics = (db: Db, limit: number) =>
  db
    .selectFrom('discussions')
    .selectAll()
    .where('parent_kind', '=', 'network')
    .orderBy('last_post_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

/** The discussions under these events or sessions, most recently active first. */
export const listByParents = (
  db: Db,
  kind: Exclude<ParentKind, 'network'>,
  ids: readonly string[],
) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('discussions')
        .selectAll()
        .where('parent_kind', '=', kind)
        .where('parent_id', 'in', ids)
        .orderBy('last_post_at', 'desc')
        .execute();

/** The titles of the discussions with these ids, for the audit page. */
export const findDiscussionTitles = (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.selectFrom('discussions').select(['id', 'title']).where('id', 'in', ids).execute();
