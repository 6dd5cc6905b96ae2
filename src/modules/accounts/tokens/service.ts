/** Personal API tokens: made and revoked on the account page, they open the JSON API. */
import { createHash, randomBytes } from 'node:crypto';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Actor } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import type { Accounts } from '../context.js';
import * as q from './queries.js';

/** A token's stored form; the first-run setup link's too (auth/service.ts). */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new personal API token; the plain token is returned once and only its hash is kept. */
export async function createApiToken(ctx: Accounts, actor: Actor, name: string) {
  const token = `cnc_${randomBytes(32).toString('base64url')}`;
  await q.insertApiToken(ctx.deps.db.kysely, {
    id: newId(),
    person_id: actor.id,
    name,
    token_hash: hashToken(token),
    created_at: nowIso(),
    last_used_at: null,
    revoked_at: null,
  });
  return token;
}

export const listApiTokens = (ctx: Accounts, actor: Actor) =>
  q.listApiTokens(ctx.deps.db.kysely, actor.id);

export async function revokeApiToken(ctx: Accounts, actor: Actor, id: string) {
  const result = await q.revokeApiToken(ctx.deps.db.kysely, actor.id, id, nowIso());
  return Number(result.numUpdatedRows) === 1;
}

export async function apiTokenActor(ctx: Accounts, token: string): Promise<Actor | null> {
  const db = ctx.deps.db.kysely;
  const row = await q.findPersonByApiToken(db, hashToken(token));
  if (!row) return null;
  // Record use at most once a minute: a busy integration should not write on every call.
  const now = nowIso();
  if (!row.last_used_at || Date.parse(now) - Date.parse(row.last_used_at) > 60_000) {
    await q.touchApiToken(db, row.token_id, now);
  }
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    isAdmin: row.is_admin === 1,
    locale: row.locale as Locale | null,
    sessionId: undefined,
  };
}
