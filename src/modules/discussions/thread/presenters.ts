/** What of a discussion leaves the server, for its page and the lists that link to it. */
import { formatDateTime, type Locale } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import type { DiscussionRow, Visibility } from '../tables.js';
import type { ParentView } from './service.js';

export const discussionHref = (id: string) => `/discussions/${id}`;

export type DiscussionView = {
  id: string;
  href: string;
  title: string;
  visibility: Visibility;
  parent: ParentView;
  openedBy: string | null;
  organization: { slug: string; name: string } | null;
  posts: number;
  lastActivity: string;
};

export const presentDiscussion = (
  row: DiscussionRow & {
    author_name?: string | null;
    org_slug?: string | null;
    org_name?: string | null;
    org_name_translations?: string | null;
  },
  parent: ParentView,
  locale: Locale,
  timeZone: string,
): DiscussionView => ({
  id: row.id,
  href: discussionHref(row.id),
  title: row.title,
  visibility: row.visibility,
  parent,
  openedBy: row.author_name ?? null,
  organization:
    row.org_slug && row.org_name
      ? {
          slug: row.org_slug,
          name: readTranslation(row.org_name_translations ?? '{}', locale, row.org_name),
        }
      : null,
  posts: Number(row.post_count),
  lastActivity: formatDateTime(row.last_post_at, locale, timeZone),
});
