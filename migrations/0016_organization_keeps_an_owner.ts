/**
 * An organisation that has an owner always keeps one: the database refuses to delete or demote
 * its last owner, however the row goes (leaving, removal, a role change, or the owner's account
 * deleted and its memberships with it). The services check first and say why; this holds when
 * two owners go at the same moment and each check saw the other still there. Deleting the
 * organisation itself takes its people with it and is not refused.
 *
 * The error carries LAST_OWNER (organizations/index.ts, isLastOwnerViolation reads it).
 */
import { type Kysely, SqliteAdapter, sql } from 'kysely';

const isSqlite = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof SqliteAdapter;

const LAST_OWNER = 'organization_last_owner';

export async function up(db: Kysely<unknown>) {
  if (isSqlite(db)) {
    // One writer at a time: what the trigger counts cannot change before the row goes. A
    // cascade from the organisation runs after its row is gone, so it finds no organisation.
    const refuse = (row: string) => `
      select raise(abort, '${LAST_OWNER}')
      where exists (select 1 from organizations where id = ${row}.organization_id)
        and not exists (
          select 1 from organization_members
          where organization_id = ${row}.organization_id and role = 'owner'
            and person_id <> ${row}.person_id)`;
    await sql
      .raw(`create trigger organization_members_last_owner_delete
            before delete on organization_members when old.role = 'owner'
            begin ${refuse('old')}; end`)
      .execute(db);
    await sql
      .raw(`create trigger organization_members_last_owner_update
            before update of role, organization_id on organization_members
            when old.role = 'owner'
              and (new.role <> 'owner' or new.organization_id <> old.organization_id)
            begin ${refuse('old')}; end`)
      .execute(db);
    return;
  }
  // Two transactions removing an organisation's two owners each see the other owner's row and
  // would both go ahead. Locking the organisation first makes the second wait for the first to
  // commit; under READ COMMITTED its count, a statement after the lock, then sees that commit.
  // A cascade from the organisation finds no row to lock and lets its people go.
  await sql
    .raw(`create function organization_members_last_owner() returns trigger language plpgsql as $$
          begin
            perform 1 from organizations where id = old.organization_id for no key update;
            if found and not exists (
              select 1 from organization_members
              where organization_id = old.organization_id and role = 'owner'
                and person_id <> old.person_id
            ) then
              raise exception '${LAST_OWNER}' using errcode = '23514',
                constraint = '${LAST_OWNER}',
                detail = 'organization ' || old.organization_id;
            end if;
            return case when tg_op = 'DELETE' then old else new end;
          end $$`)
    .execute(db);
  await sql
    .raw(`create trigger organization_members_last_owner_delete
          before delete on organization_members for each row when (old.role = 'owner')
          execute function organization_members_last_owner()`)
    .execute(db);
  await sql
    .raw(`create trigger organization_members_last_owner_update
          before update of role, organization_id on organization_members for each row
          when (old.role = 'owner'
            and (new.role <> 'owner' or new.organization_id <> old.organization_id))
          execute function organization_members_last_owner()`)
    .execute(db);
}

export async function down(db: Kysely<unknown>) {
  for (const op of ['delete', 'update']) {
    await sql
      .raw(
        `drop trigger organization_members_last_owner_${op}${isSqlite(db) ? '' : ' on organization_members'}`,
      )
      .execute(db);
  }
  if (!isSqlite(db)) await sql.raw('drop function organization_members_last_owner()').execute(db);
}
