/**
 * The directory's revision: a number that grows whenever anything the directory filters,
 * counts or sorts by changes on any organisation (docs/decisions/012-directory-in-memory.md).
 * Each Concord process keeps the directory's facet values in memory and reloads them when the
 * revision it read differs from the one it loaded, so every process, on one server or several,
 * answers from what is committed. The covering indexes that counted facets in SQL (migration
 * 0010) are no longer read, and go: they only slowed every write. One covering index in the
 * directory's order takes their place, for loading.
 */
import { type Kysely, SqliteAdapter, sql } from 'kysely';

const isSqlite = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof SqliteAdapter;

/** The columns the directory reads into memory (directory-queries.ts, listDirectoryFacetColumns). */
const READ = ['name', 'membership_status', 'country', 'iati_type', 'sdg_mask', 'verified_until'];
const COVERING = ['facets', 'goals', 'types', 'match'];
const bump = 'update directory_revision set revision = revision + 1 where id = 1;';

export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('directory_revision')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into directory_revision (id, revision) values (1, 1)`.execute(db);

  if (isSqlite(db)) {
    // One writer at a time: the row is updated where the change is made.
    const changed = READ.map((c) => `old.${c} is not new.${c}`).join(' or ');
    await sql
      .raw(`create trigger organizations_revision_insert after insert on organizations
            begin ${bump} end`)
      .execute(db);
    await sql
      .raw(`create trigger organizations_revision_delete after delete on organizations
            begin ${bump} end`)
      .execute(db);
    await sql
      .raw(`create trigger organizations_revision_update after update on organizations
            when ${changed} begin ${bump} end`)
      .execute(db);
  } else {
    // Deferred to the commit: a transaction takes the revision row's lock last, after every
    // organisation it changes, so two writers never wait on each other in opposite orders.
    await sql
      .raw(`create function organizations_revision() returns trigger language plpgsql as $$
            begin ${bump} return null; end $$`)
      .execute(db);
    const changed = READ.map((c) => `old.${c} is distinct from new.${c}`).join(' or ');
    for (const [name, event, when] of [
      ['insert', 'insert', ''],
      ['delete', 'delete', ''],
      ['update', 'update', `when (${changed})`],
    ] as const) {
      await sql
        .raw(`create constraint trigger organizations_revision_${name} after ${event} on organizations
              deferrable initially deferred for each row ${when}
              execute function organizations_revision()`)
        .execute(db);
    }
  }

  for (const index of COVERING) {
    await db.schema.dropIndex(`organizations_directory_${index}`).execute();
  }
  // What the directory loads, in the order it lists it: read without sorting or visiting rows.
  await db.schema
    .createIndex('organizations_directory_order')
    .on('organizations')
    .columns(['name', 'id', ...READ.filter((c) => c !== 'name')])
    .execute();
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropIndex('organizations_directory_order').execute();
  const columns: Record<string, string[]> = {
    facets: ['membership_status', 'country', 'iati_type', 'verified_until', 'sdg_mask'],
    goals: ['membership_status', 'sdg_mask', 'country', 'iati_type', 'verified_until'],
    types: ['membership_status', 'iati_type', 'country', 'verified_until', 'sdg_mask'],
    match: ['id', 'membership_status', 'country', 'iati_type', 'verified_until', 'sdg_mask'],
  };
  for (const index of COVERING) {
    await db.schema
      .createIndex(`organizations_directory_${index}`)
      .on('organizations')
      .columns(columns[index]!)
      .execute();
  }
  for (const op of ['insert', 'delete', 'update']) {
    await sql
      .raw(`drop trigger organizations_revision_${op}${isSqlite(db) ? '' : ' on organizations'}`)
      .execute(db);
  }
  if (!isSqlite(db)) await sql.raw('drop function organizations_revision()').execute(db);
  await db.schema.dropTable('directory_revision').execute();
}
