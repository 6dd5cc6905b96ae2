/** Row types of the discussions module's tables (see migrations/0023_discussions.ts). */
import type { Selectable } from 'kysely';

declare module '../../platform/db/tables.js' {
  interface Database extends DiscussionTables {}
}

export type ParentKind = 'network' | 'event' | 'session';
export type Visibility = 'public' | 'members' | 'participants';
/** A post's language: one of the platform's, or another. */
export type PostLanguage = 'az' | 'en' | 'ru' | 'other';

export interface DiscussionTables {
  discussions: {
    id: string;
    parent_kind: ParentKind;
    /** The event's or session's id; null for a network topic. */
    parent_id: string | null;
    title: string;
    visibility: Visibility;
    created_by: string | null;
    /** The organisation the discussion was opened on behalf of. */
    organization_id: string | null;
    /** Kept with the posts it counts: the next post's place is one more. */
    post_count: number;
    last_post_at: string;
    created_at: string;
  };
  discussion_posts: {
    id: string;
    discussion_id: string;
    /** The post's place in its discussion, from 1: its page is arithmetic. */
    seq: number;
    reply_to_id: string | null;
    quote_of_id: string | null;
    quote_text: string | null;
    author_id: string | null;
    organization_id: string | null;
    body: string;
    language: PostLanguage;
    language_detected: number;
    created_at: string;
    edited_at: string | null;
    deleted_at: string | null;
    deleted_by: string | null;
  };
  discussion_post_versions: {
    id: string;
    post_id: string;
    body: string;
    language: string;
    written_at: string;
    replaced_at: string;
  };
  discussion_reactions: {
    post_id: string;
    person_id: string;
    kind: 'agree';
    created_at: string;
  };
}

export type DiscussionRow = Selectable<DiscussionTables['discussions']>;
export type PostRow = Selectable<DiscussionTables['discussion_posts']>;
