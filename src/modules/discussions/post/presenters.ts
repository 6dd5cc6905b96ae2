/** What of a post leaves the server, for the thread page: a whitelist, removed text left out. */
import { formatDateTime, type Locale } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import type { PostLanguage, PostRow } from '../tables.js';
import { pageOfPlace } from './service.js';

export const postAnchor = (postId: string) => `post-${postId}`;

/** The post's stable address, which redirects to its page and anchor. */
export const postHref = (discussionId: string, postId: string) =>
  `/discussions/${discussionId}/posts/${postId}`;

/** Where the post is shown: its page of the discussion, at its anchor. */
export const postPlaceHref = (discussionId: string, postId: string, seq: number) => {
  const page = pageOfPlace(seq);
  return `/discussions/${discussionId}${page > 1 ? `?page=${page}` : ''}#${postAnchor(postId)}`;
};

export type PostView = {
  id: string;
  seq: number;
  href: string;
  anchor: string;
  /** Null when the author's account is gone. */
  author: string | null;
  organization: { slug: string; name: string } | null;
  when: string;
  at: string;
  removed: boolean;
  /** Markdown; empty when the post was removed. */
  body: string;
  language: PostLanguage;
  languageDetected: boolean;
  edited: boolean;
  mine: boolean;
  replyTo: { seq: number; href: string } | null;
  quote: { seq: number; href: string; text: string | null } | null;
  agreements: number;
  agreed: boolean;
};

type PageRow = PostRow & {
  author_name: string | null;
  org_slug: string | null;
  org_name: string | null;
  org_name_translations: string | null;
  reply_to_seq: number | null;
  quote_seq: number | null;
  quote_deleted_at: string | null;
};

export function presentPost(
  row: PageRow,
  context: {
    locale: Locale;
    timeZone: string;
    readerId: string | undefined;
    agreements: number;
    agreed: boolean;
  },
): PostView {
  const removed = row.deleted_at !== null;
  return {
    id: row.id,
    seq: Number(row.seq),
    href: postHref(row.discussion_id, row.id),
    anchor: postAnchor(row.id),
    author: row.author_name,
    organization:
      row.org_slug && row.org_name
        ? {
            slug: row.org_slug,
            name: readTranslation(row.org_name_translations ?? '{}', context.locale, row.org_name),
          }
        : null,
    when: formatDateTime(row.created_at, context.locale, context.timeZone),
    at: row.created_at,
    removed,
    body: removed ? '' : row.body,
    language: row.language,
    languageDetected: row.language_detected === 1,
    edited: row.edited_at !== null,
    mine: row.author_id !== null && row.author_id === context.readerId,
    replyTo:
      row.reply_to_id && row.reply_to_seq !== null
        ? { seq: Number(row.reply_to_seq), href: postHref(row.discussion_id, row.reply_to_id) }
        : null,
    quote:
      row.quote_of_id && row.quote_seq !== null
        ? {
            seq: Number(row.quote_seq),
            href: postHref(row.discussion_id, row.quote_of_id),
            // A quote of a post removed since shows no more of it than the post itself does.
            text: row.quote_deleted_at ? null : row.quote_text,
          }
        : null,
    agreements: removed ? 0 : context.agreements,
    agreed: context.agreed,
  };
}

export type VersionView = { body: string; language: string; written: string; replaced: string };

export const presentVersion = (
  row: { body: string; language: string; written_at: string; replaced_at: string },
  locale: Locale,
  timeZone: string,
): VersionView => ({
  body: row.body,
  language: row.language,
  written: formatDateTime(row.written_at, locale, timeZone),
  replaced: formatDateTime(row.replaced_at, locale, timeZone),
});
