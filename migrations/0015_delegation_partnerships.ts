/**
 * Partnership in a delegation is an invitation that the partner organisation accepts: a row of
 * delegation_organizations without `accepted_at` is an invitation, not a partnership. Its
 * people are not offered to the delegation, its managers have no rights on it, and it is not
 * shown as going. The primary key (delegation, organisation) keeps one row per pair, so an
 * organisation is invited once and answers once.
 *
 * Rows from before were written without the partner's consent: they become invitations that
 * the partner's owners or admins accept or decline.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>) {
  await db.schema.alterTable('delegation_organizations').addColumn('invited_at', 'text').execute();
  await db.schema.alterTable('delegation_organizations').addColumn('accepted_at', 'text').execute();
  await sql`update delegation_organizations set invited_at = ${new Date().toISOString()}`.execute(
    db,
  );
  // The invitations waiting for an organisation's answer, found from the organisation's side.
  await db.schema
    .createIndex('delegation_organizations_organization')
    .on('delegation_organizations')
    .columns(['organization_id', 'accepted_at'])
    .execute();
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropIndex('delegation_organizations_organization').execute();
  // An invitation never answered was no partnership: it does not come back as one.
  await sql`delete from delegation_organizations where accepted_at is null`.execute(db);
  await db.schema.alterTable('delegation_organizations').dropColumn('accepted_at').execute();
  await db.schema.alterTable('delegation_organizations').dropColumn('invited_at').execute();
}
