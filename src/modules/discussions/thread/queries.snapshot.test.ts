/** The SQL of discussions themselves, on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as thread from './queries.js';

const { at, person, id } = FIXED;

const queries: Record<string, Query> = {
  insertDiscussion: (db) =>
    thread.insertDiscussion(db, {
      id,
      parent_kind: 'session',
      parent_id: id,
      title: 'The digital NGO',
      visibility: 'participants',
      created_by: person,
      organization_id: null,
      post_count: 0,
      last_post_at: at,
      created_at: at,
    }),
  findDiscussion: (db) => thread.findDiscussion(db, id),
  listNetworkTopics: (db) => thread.listNetworkTopics(db, 200),
  listByParents: (db) => thread.listByParents(db, 'session', [id, person]),
  findDiscussionTitles: (db) => thread.findDiscussionTitles(db, [id]),
};

describeCompiledQueries(queries);
