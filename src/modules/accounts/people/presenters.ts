/** What of a person leaves the server: an explicit whitelist for views and the API. */
import type { PersonRow } from './queries.js';

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
