/** The SQL of the network's identity: its one row in `network_identity` (migration 0018). */
import type { Kysely } from 'kysely';
import type { Engine } from '../../../platform/db/connection.js';
import type { Database } from '../../../platform/db/tables.js';
import type { IdentityRow } from '../tables.js';

type Db = Kysely<Database>;

/** The identity's row, or undefined before an administrator first saved it. */
export const findIdentity = (db: Db) =>
  db.selectFrom('network_identity').selectAll().where('id', '=', 1).executeTakeFirst();

/**
 * The row, locked until the transaction ends on PostgreSQL (SQLite's single writer serialises
 * already), so that two saves racing each other both learn which logo files they replace.
 */
export const lockIdentity = (db: Db, engine: Engine) =>
  db
    .selectFrom('network_identity')
    .selectAll()
    .where('id', '=', 1)
    .$if(engine === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();

export type IdentityValues = Omit<IdentityRow, 'id'>;

/** Writes the one row, whether or not it was there. */
export const saveIdentity = (db: Db, values: IdentityValues) =>
  db
    .insertInto('network_identity')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
