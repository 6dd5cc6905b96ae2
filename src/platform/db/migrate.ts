/**
 * Runs the numbered migrations in `migrations/` against either engine. Migrations are plain
 * Kysely schema code written once for both dialects; the list is static so that the built
 * application needs no directory scanning.
 */
import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';

export type MigrationList = Record<string, Migration>;

export class MigrationError extends Error {}

/**
 * The migrator over Concord's bookkeeping tables; tests use it to stop at a given migration.
 * @example await migratorFor(db, migrations).migrateTo('0013_directory_revision')
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema they build
export const migratorFor = (db: Kysely<any>, migrations: MigrationList) =>
  new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });

/** Brings the database to the newest migration; throws with the failing migration's name. */
// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema they build
export async function migrateToLatest(db: Kysely<any>, migrations: MigrationList) {
  return report(await migratorFor(db, migrations).migrateToLatest());
}

function report({ error, results }: MigrationResultSet) {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`migration ${failed} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
