/**
 * Every migration goes up and comes back down on both engines: from an empty database to the
 * newest schema, down step by step to nothing, and up again to the same schema.
 */
import { type Kysely, NO_MIGRATIONS, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrations } from '../src/migrations.js';
import { type Db, type Engine, openDatabase } from '../src/platform/db/connection.js';
import { migrateToLatest, migratorFor } from '../src/platform/db/migrate.js';
import { describeEachEngine } from '../test/engines.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../test/fixtures/databases.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema they build
type AnyDb = Kysely<any>;

const BOOKKEEPING = ['schema_migrations', 'schema_migrations_lock'];

/** Every schema object other than the migrator's own bookkeeping: tables, indexes, sequences, views. */
async function schemaObjects(db: AnyDb, engine: Engine) {
  const rows =
    engine === 'sqlite'
      ? (
          await sql<{ name: string; kind: string; definition: string | null }>`
            select name, type as kind, sql as definition from sqlite_master
            where name not like 'sqlite_%' order by type, name`.execute(db)
        ).rows
      : (
          await sql<{ name: string; kind: string; definition: string | null }>`
            select c.relname as name, c.relkind as kind,
              coalesce(pg_get_indexdef(c.oid), '') || ' ' || coalesce((
                select string_agg(a.attname || ':' || format_type(a.atttypid, a.atttypmod)
                  || case when a.attnotnull then ' not null' else '' end, ', ' order by a.attnum)
                from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
              ), '') as definition
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = current_schema() order by c.relkind, c.relname`.execute(db)
        ).rows;
  return rows.filter((r) => !BOOKKEEPING.some((b) => r.name.startsWith(b)));
}

async function userTypes(db: AnyDb) {
  return (
    await sql<{ typname: string }>`
      select t.typname from pg_type t join pg_namespace n on n.oid = t.typnamespace
      where n.nspname = current_schema() and t.typtype in ('e', 'd')`.execute(db)
  ).rows;
}

describeEachEngine('migrations', (engine) => {
  let throwaway: ThrowawayDatabase;
  let db: Db<unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: see AnyDb
  const kysely = () => db.kysely as Kysely<any>;

  beforeAll(async () => {
    throwaway = await createThrowawayDatabase(engine);
    db = openDatabase(throwaway.target, { poolSize: 2 });
  });
  afterAll(async () => {
    await db?.close();
    await throwaway?.drop();
  });

  const names = Object.keys(migrations);

  it('are numbered, in order, one file each', () => {
    expect(names.length).toBeGreaterThan(0);
    expect([...names].sort()).toEqual(names);
    for (const name of names) expect(name).toMatch(/^\d{4}_[a-z0-9_]+$/);
    for (const migration of Object.values(migrations))
      expect(migration.down).toBeTypeOf('function');
  });

  it('go up from empty, down to nothing, and up again to the same schema', async () => {
    expect(await schemaObjects(kysely(), engine)).toEqual([]);

    expect(await migrateToLatest(kysely(), migrations)).toEqual(names);
    const built = await schemaObjects(kysely(), engine);
    const tables = built.filter((o) => o.kind === 'table' || o.kind === 'r').map((o) => o.name);
    expect(tables).toEqual(expect.arrayContaining(['people', 'rate_limit_hits', 'audit_log']));

    // Down one step at a time, newest first, until nothing is left.
    const migrator = migratorFor(kysely(), migrations);
    const undone: string[] = [];
    for (;;) {
      const { error, results } = await migrator.migrateDown();
      expect(error).toBeUndefined();
      if (!results || results.length === 0) break;
      for (const result of results) {
        expect(result).toMatchObject({ direction: 'Down', status: 'Success' });
        undone.push(result.migrationName);
      }
    }
    expect(undone).toEqual([...names].reverse());
    expect(await schemaObjects(kysely(), engine)).toEqual([]);
    if (engine === 'postgres') expect(await userTypes(kysely())).toEqual([]);
    const applied = await kysely().selectFrom('schema_migrations').select('name').execute();
    expect(applied).toEqual([]);

    expect(await migrateToLatest(kysely(), migrations)).toEqual(names);
    expect(await schemaObjects(kysely(), engine)).toEqual(built);
    expect(await migrateToLatest(kysely(), migrations)).toEqual([]);
  });

  it('can be taken back to NO_MIGRATIONS in one call and rebuilt', async () => {
    const { error } = await migratorFor(kysely(), migrations).migrateTo(NO_MIGRATIONS);
    expect(error).toBeUndefined();
    expect(await schemaObjects(kysely(), engine)).toEqual([]);
    expect(await migrateToLatest(kysely(), migrations)).toEqual(names);
  });

  it.skipIf(engine !== 'postgres')('are safe to run from several processes at once', async () => {
    const other = await createThrowawayDatabase(engine);
    const processes = [0, 1, 2].map(() => openDatabase<unknown>(other.target, { poolSize: 2 }));
    try {
      const applied = await Promise.all(
        processes.map((p) => migrateToLatest(p.kysely, migrations)),
      );
      // Exactly one process applied each migration; the others found nothing to do.
      expect(applied.flat().sort()).toEqual([...names].sort());
      const rows = await (processes[0]!.kysely as AnyDb)
        .selectFrom('schema_migrations')
        .select('name')
        .execute();
      expect(rows).toHaveLength(names.length);
    } finally {
      await Promise.all(processes.map((p) => p.close()));
      await other.drop();
    }
  });
});
