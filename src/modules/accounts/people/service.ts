/**
 * People, the core of accounts: who a person is, how many there are, who administers, and
 * what a person's password change takes with it. Sign-in, settings, administration and the API
 * each read people through here. Every function takes the database handle, not the module's
 * context, so that a caller's transaction (a role change, better-auth's reset hook) runs it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import * as q from './queries.js';

export type { PersonRow } from './queries.js';

export const findPerson = (db: Kysely<Database>, id: string) => q.findPersonById(db, id);

export const countPeople = (db: Kysely<Database>) => q.countPeople(db);

export const countAdmins = (db: Kysely<Database>) => q.countAdmins(db);

/** Grants (or takes away) the administrator role; the caller checks who may and records it. */
export const setAdmin = (db: Kysely<Database>, id: string, isAdmin: boolean, at: string) =>
  q.setAdminFlag(db, id, isAdmin, at);

/**
 * After a password change or reset: a token is as good as the password it was made under, so
 * whoever learnt the old one loses what they may have minted with it.
 */
export const revokeApiTokensOfPerson = (db: Kysely<Database>, personId: string, at: string) =>
  q.revokeApiTokensOfPerson(db, personId, at);
