/**
 * Speakers invited by address. A person is named on a programme only after they accept: the
 * organiser's address mails them a link (only a SHA-256 of its token is stored), and the
 * session's speakers (`session_speakers`) gain their row when they accept. One invitation per
 * session and address; declining or withdrawing deletes it.
 *
 * Speakers added by address before invitations existed stay on their programmes: they become
 * accepted invitations, so that an upgrade does not empty published programmes, and their
 * organisers can withdraw them like any other.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('speaker_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('event_sessions.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('speaker', 'moderator')`))
    // The line of the session form it was typed on, and the organisation typed after it.
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('organization', 'text')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
    .addUniqueConstraint('speaker_invitations_once', ['session_id', 'email'])
    .addCheckConstraint(
      'speaker_invitations_accepted_by',
      sql`(accepted_at is null) = (person_id is null)`,
    )
    .execute();
  await db.schema
    .createIndex('speaker_invitations_person')
    .on('speaker_invitations')
    .column('person_id')
    .execute();

  const named = await sql<{
    session_id: string;
    person_id: string;
    email: string;
    role: string;
    position: number;
    organization: string | null;
    created_at: string;
  }>`select sp.session_id, sp.person_id, lower(p.email) as email, sp.role, sp.position,
       sp.guest_organization as organization, sp.created_at
     from session_speakers sp join people p on p.id = sp.person_id
     order by sp.session_id, sp.position`.execute(db);
  const seen = new Set<string>();
  for (const row of named.rows) {
    // One person both moderating and speaking in a session keeps their first line.
    const key = `${row.session_id} ${row.email}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const tokenHash = createHash('sha256').update(randomBytes(32)).digest('hex');
    await sql`insert into speaker_invitations
        (id, session_id, email, role, position, organization, token_hash, invited_by, sent_at,
         created_at, accepted_at, person_id)
      values (${randomUUID()}, ${row.session_id}, ${row.email}, ${row.role},
        ${row.position}, ${row.organization}, ${tokenHash}, null, ${row.created_at},
        ${row.created_at}, ${row.created_at}, ${row.person_id})`.execute(db);
  }
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropTable('speaker_invitations').execute();
}
