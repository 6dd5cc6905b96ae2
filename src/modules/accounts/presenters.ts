/** What of a person or token leaves the server: an explicit whitelist for views and the API. */
import type { ApiTokenRow, PersonRow } from './queries.js';

export const presentPerson = (row: PersonRow) => ({
  id: row.id,
  name: row.name,
  email: row.email,
  emailVerified: row.email_verified === 1,
  isAdmin: row.is_admin === 1,
  locale: row.locale,
  createdAt: row.created_at,
});
export type PersonView = ReturnType<typeof presentPerson>;

export const presentApiToken = (row: ApiTokenRow) => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
});
export type ApiTokenView = ReturnType<typeof presentApiToken>;
