/**
 * Invitations to join an organisation: a link mailed to one address, good for one use within
 * seven days. Only a SHA-256 of the link's token is stored. At most one invitation per
 * organisation and address is open (neither accepted nor revoked), kept by a partial unique
 * index that both engines support.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('organization_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('owner', 'admin', 'member')`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('revoked_at', 'text')
    .addCheckConstraint(
      'organization_invitations_closed_once',
      sql`accepted_at is null or revoked_at is null`,
    )
    .execute();
  await db.schema
    .createIndex('organization_invitations_open')
    .on('organization_invitations')
    .columns(['organization_id', 'email'])
    .unique()
    .where(sql.ref('accepted_at'), 'is', null)
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropTable('organization_invitations').execute();
}
