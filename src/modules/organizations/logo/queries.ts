/** The SQL of organisation logos: the logo columns of `organizations` (migration 0007). */
import type { Kysely } from 'kysely';
import type { Engine } from '../../../platform/db/connection.js';
import type { Database } from '../../../platform/db/tables.js';

type Db = Kysely<Database>;

export type LogoValues = {
  logo_file: string | null;
  logo_width: number | null;
  logo_height: number | null;
  logo_updated_at: string | null;
};

/**
 * The organisation's current logo file, its row locked until the transaction ends on
 * PostgreSQL (SQLite's single writer serialises already), so that two uploads racing each
 * other both learn which file they replace and none is left behind.
 */
export const lockLogoFile = async (db: Db, organizationId: string, engine: Engine) => {
  const row = await db
    .selectFrom('organizations')
    .select('logo_file')
    .where('id', '=', organizationId)
    .$if(engine === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
  return row && { logoFile: row.logo_file ?? null };
};

export const setLogo = (db: Db, organizationId: string, values: LogoValues, at: string) =>
  db
    .updateTable('organizations')
    .set({ ...values, updated_at: at })
    .where('id', '=', organizationId)
    .execute();
