/** The SQL of posts, on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as posts from './queries.js';

const { at, person, id } = FIXED;

const queries: Record<string, Query> = {
  takeNextPlace: (db) => posts.takeNextPlace(db, id, at),
  insertPost: (db) =>
    posts.insertPost(db, {
      id,
      discussion_id: id,
      seq: 1,
      reply_to_id: null,
      quote_of_id: null,
      quote_text: null,
      author_id: person,
      organization_id: null,
      body: 'Text',
      language: 'en',
      language_detected: 1,
      created_at: at,
    }),
  findPost: (db) => posts.findPost(db, id, id),
  insertVersion: (db) =>
    posts.insertVersion(db, {
      id,
      post_id: id,
      body: 'Text',
      language: 'en',
      written_at: at,
      replaced_at: at,
    }),
  updatePostText: (db) =>
    posts.updatePostText(db, id, {
      body: 'Text',
      language: 'en',
      language_detected: 0,
      edited_at: at,
    }),
  markRemoved: (db) => posts.markRemoved(db, id, person, at),
  insertAgreement: (db) => posts.insertAgreement(db, id, person, at),
  deleteAgreement: (db) => posts.deleteAgreement(db, id, person),
  listPostsInPlaces: (db) => posts.listPostsInPlaces(db, id, 51, 100),
  countAgreements: (db) => posts.countAgreements(db, [id]),
  agreedBy: (db) => posts.agreedBy(db, [id], person),
  listVersions: (db) => posts.listVersions(db, id),
};

describeCompiledQueries(queries);
