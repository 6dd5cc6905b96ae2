/** What of a personal API token leaves the server: an explicit whitelist (never its hash). */
import type { ApiTokenRow } from './queries.js';

export const presentApiToken = (row: ApiTokenRow) => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
});
export type ApiTokenView = ReturnType<typeof presentApiToken>;
