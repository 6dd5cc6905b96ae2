/**
 * What the directory counts, kept on the organisation's row so that counting reads one index:
 * `sdg_mask` (bit n − 1 set for SDG n) and `verified_until` (the last day of its current
 * verification: the newest one not revoked). Triggers keep both equal to the rows they summarise,
 * in the same transaction, whoever writes them. Covering indexes then let the facets of 100,000
 * organisations be counted without reading the rows (docs/decisions/010-directory-facets.md).
 */
import { type Kysely, SqliteAdapter, sql } from 'kysely';

const isSqlite = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof SqliteAdapter;

const sdgMaskOf = (id: string) =>
  `coalesce((select sum(1 << (sdg - 1)) from organization_sdgs where organization_id = ${id}), 0)`;
const verifiedUntilOf = (id: string) =>
  `(select valid_until from organization_verifications where organization_id = ${id}
     and revoked_at is null order by verified_at desc, id desc limit 1)`;

export async function up(db: Kysely<unknown>) {
  await db.schema
    .alterTable('organizations')
    .addColumn('sdg_mask', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('organizations').addColumn('verified_until', 'text').execute();

  if (isSqlite(db)) {
    for (const [table, column, summary] of [
      ['organization_sdgs', 'sdg_mask', sdgMaskOf],
      ['organization_verifications', 'verified_until', verifiedUntilOf],
    ] as const) {
      const refresh = (row: 'new' | 'old') =>
        `update organizations set ${column} = ${summary(`${row}.organization_id`)} where id = ${row}.organization_id;`;
      await sql
        .raw(
          `create trigger ${table}_insert_summary after insert on ${table} begin ${refresh('new')} end`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${table}_delete_summary after delete on ${table} begin ${refresh('old')} end`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${table}_update_summary after update on ${table} begin ${refresh('old')} ${refresh('new')} end`,
        )
        .execute(db);
    }
  } else {
    for (const [table, column, summary] of [
      ['organization_sdgs', 'sdg_mask', (id: string) => `${sdgMaskOf(id)}::integer`],
      ['organization_verifications', 'verified_until', verifiedUntilOf],
    ] as const) {
      await sql
        .raw(`
          create function ${table}_summary() returns trigger language plpgsql as $$
          begin
            if tg_op in ('DELETE', 'UPDATE') then
              update organizations set ${column} = ${summary('old.organization_id')} where id = old.organization_id;
            end if;
            if tg_op in ('INSERT', 'UPDATE') then
              update organizations set ${column} = ${summary('new.organization_id')} where id = new.organization_id;
            end if;
            return null;
          end $$`)
        .execute(db);
      await sql
        .raw(
          `create trigger ${table}_summary after insert or update or delete on ${table}
           for each row execute function ${table}_summary()`,
        )
        .execute(db);
    }
  }

  await sql
    .raw(
      `update organizations set sdg_mask = ${sdgMaskOf('organizations.id')}${isSqlite(db) ? '' : '::integer'},
         verified_until = ${verifiedUntilOf('organizations.id')}`,
    )
    .execute(db);

  // Browsing: every facet of the members is counted from this index alone.
  await db.schema
    .createIndex('organizations_directory_facets')
    .on('organizations')
    .columns(['membership_status', 'country', 'iati_type', 'verified_until', 'sdg_mask'])
    .execute();
  // The same columns in the order the goals and the types are grouped by, so that neither
  // count sorts 100,000 entries.
  await db.schema
    .createIndex('organizations_directory_goals')
    .on('organizations')
    .columns(['membership_status', 'sdg_mask', 'country', 'iati_type', 'verified_until'])
    .execute();
  await db.schema
    .createIndex('organizations_directory_types')
    .on('organizations')
    .columns(['membership_status', 'iati_type', 'country', 'verified_until', 'sdg_mask'])
    .execute();
  // Searching: each match finds what is counted in one look-up.
  await db.schema
    .createIndex('organizations_directory_match')
    .on('organizations')
    .columns(['id', 'membership_status', 'country', 'iati_type', 'verified_until', 'sdg_mask'])
    .execute();
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropIndex('organizations_directory_match').execute();
  await db.schema.dropIndex('organizations_directory_types').execute();
  await db.schema.dropIndex('organizations_directory_goals').execute();
  await db.schema.dropIndex('organizations_directory_facets').execute();
  for (const table of ['organization_sdgs', 'organization_verifications']) {
    if (isSqlite(db)) {
      for (const op of ['insert', 'delete', 'update'])
        await sql.raw(`drop trigger ${table}_${op}_summary`).execute(db);
    } else {
      await sql.raw(`drop trigger ${table}_summary on ${table}`).execute(db);
      await sql.raw(`drop function ${table}_summary()`).execute(db);
    }
  }
  await db.schema.alterTable('organizations').dropColumn('verified_until').execute();
  await db.schema.alterTable('organizations').dropColumn('sdg_mask').execute();
}
