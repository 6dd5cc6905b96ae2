/**
 * Events: forums, conferences, side events, webinars and general assemblies; their venues and
 * rooms, programmes of sessions with speakers, registrations with capacity and waiting lists,
 * check-in, personal calendar feeds, and delegations to events held elsewhere.
 *
 * Capacity is guarded by the database as well as the service: `confirmed_count` is kept in the
 * same transaction as the registrations it counts, and a check forbids it to exceed `capacity`,
 * so a race between two registrants ends in a constraint, never in an overbooked room.
 * Translatable text is a JSON object per field (decision 004). Times are UTC ISO strings; the
 * event's `time_zone` (an IANA name) says how to show them.
 */
import { type CreateTableBuilder, type Kysely, sql } from 'kysely';

const timestamps = <T extends string, C extends string>(table: CreateTableBuilder<T, C>) =>
  table
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());

export async function up(db: Kysely<unknown>) {
  await timestamps(
    db.schema
      .createTable('event_series')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull().defaultTo('{}')),
  ).execute();

  await timestamps(
    db.schema
      .createTable('venues')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('address', 'text')
      .addColumn('city', 'text')
      .addColumn('country', 'text'),
  ).execute();

  await timestamps(
    db.schema
      .createTable('rooms')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('venue_id', 'text', (c) => c.notNull().references('venues.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.check(sql`capacity is null or capacity > 0`))
      .addUniqueConstraint('rooms_venue_name', ['venue_id', 'name']),
  ).execute();

  await timestamps(
    db.schema
      .createTable('events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) =>
        c
          .notNull()
          .check(sql`kind in ('forum', 'conference', 'side_event', 'webinar', 'general_assembly')`),
      )
      .addColumn('series_id', 'text', (c) => c.references('event_series.id').onDelete('set null'))
      .addColumn('parent_event_id', 'text', (c) => c.references('events.id').onDelete('set null'))
      .addColumn('title', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('description', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Asia/Baku'))
      .addColumn('venue_id', 'text', (c) => c.references('venues.id').onDelete('set null'))
      .addColumn('online_url', 'text')
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('draft')
          .check(sql`status in ('draft', 'published', 'cancelled', 'finished')`),
      )
      .addColumn('registration_mode', 'text', (c) =>
        c
          .notNull()
          .defaultTo('open')
          .check(sql`registration_mode in ('open', 'approval', 'closed')`),
      )
      .addColumn('capacity', 'integer', (c) => c.check(sql`capacity is null or capacity > 0`))
      .addColumn('registration_deadline', 'text')
      .addColumn('confirmed_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('waitlisted_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('attended_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('published_at', 'text')
      .addColumn('created_by', 'text', (c) => c.references('people.id').onDelete('set null'))
      .addCheckConstraint('events_time_order', sql`ends_at > starts_at`)
      .addCheckConstraint(
        'events_seats',
        sql`confirmed_count >= 0 and waitlisted_count >= 0 and attended_count >= 0
            and (capacity is null or confirmed_count <= capacity)`,
      ),
  ).execute();
  await db.schema
    .createIndex('events_status_start')
    .on('events')
    .columns(['status', 'starts_at'])
    .execute();
  await db.schema.createIndex('events_parent').on('events').column('parent_event_id').execute();

  await db.schema
    .createTable('event_organizers')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('event_organizers_pk', ['event_id', 'organization_id'])
    .execute();
  await db.schema
    .createIndex('event_organizers_organization')
    .on('event_organizers')
    .column('organization_id')
    .execute();

  await db.schema
    .createTable('event_sdgs')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('sdg', 'integer', (c) => c.notNull().check(sql`sdg between 1 and 17`))
    .addPrimaryKeyConstraint('event_sdgs_pk', ['event_id', 'sdg'])
    .execute();

  await timestamps(
    db.schema
      .createTable('event_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) =>
        c.notNull().check(sql`kind in ('plenary', 'panel', 'workshop', 'side_event')`),
      )
      .addColumn('title', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('description', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('room_id', 'text', (c) => c.references('rooms.id').onDelete('set null'))
      .addColumn('track', 'text')
      .addColumn('capacity', 'integer', (c) => c.check(sql`capacity is null or capacity > 0`))
      .addColumn('confirmed_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('waitlisted_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addCheckConstraint('event_sessions_time_order', sql`ends_at > starts_at`)
      .addCheckConstraint(
        'event_sessions_seats',
        sql`confirmed_count >= 0 and waitlisted_count >= 0
            and (capacity is null or confirmed_count <= capacity)`,
      ),
  ).execute();
  await db.schema
    .createIndex('event_sessions_event_start')
    .on('event_sessions')
    .columns(['event_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('event_sessions_room_start')
    .on('event_sessions')
    .columns(['room_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('session_sdgs')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('event_sessions.id').onDelete('cascade'),
    )
    .addColumn('sdg', 'integer', (c) => c.notNull().check(sql`sdg between 1 and 17`))
    .addPrimaryKeyConstraint('session_sdgs_pk', ['session_id', 'sdg'])
    .execute();
  await db.schema
    .createTable('session_tags')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('event_sessions.id').onDelete('cascade'),
    )
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_tags_pk', ['session_id', 'tag'])
    .execute();

  // A speaker is a person on the platform or a named guest with their organisation.
  await db.schema
    .createTable('session_speakers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('event_sessions.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('guest_name', 'text')
    .addColumn('guest_organization', 'text')
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('speaker', 'moderator')`))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('session_speakers_who', sql`(person_id is null) <> (guest_name is null)`)
    .execute();
  await db.schema
    .createIndex('session_speakers_session')
    .on('session_speakers')
    .column('session_id')
    .execute();
  await db.schema
    .createIndex('session_speakers_person')
    .on('session_speakers')
    .column('person_id')
    .execute();

  // One registration per person per event: cancelling and registering again reuse the row.
  await timestamps(
    db.schema
      .createTable('event_registrations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) =>
        c.notNull().references('people.id').onDelete('cascade'),
      )
      .addColumn('organization_id', 'text', (c) =>
        c.references('organizations.id').onDelete('set null'),
      )
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .check(sql`status in ('pending', 'confirmed', 'waitlisted', 'cancelled', 'rejected')`),
      )
      // A short code typed or scanned at the door.
      .addColumn('code', 'text', (c) => c.notNull().unique())
      // Order on the waiting list (and for pending approvals): when the person joined it.
      .addColumn('queued_at', 'text', (c) => c.notNull())
      // Whether the person agreed to be named publicly among the participants.
      .addColumn('listed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('attended_at', 'text')
      .addColumn('checked_in_by', 'text', (c) => c.references('people.id').onDelete('set null'))
      .addColumn('decided_by', 'text', (c) => c.references('people.id').onDelete('set null'))
      .addUniqueConstraint('event_registrations_once', ['event_id', 'person_id']),
  ).execute();
  await db.schema
    .createIndex('event_registrations_queue')
    .on('event_registrations')
    .columns(['event_id', 'status', 'queued_at'])
    .execute();
  await db.schema
    .createIndex('event_registrations_person')
    .on('event_registrations')
    .column('person_id')
    .execute();

  await timestamps(
    db.schema
      .createTable('session_registrations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) =>
        c.notNull().references('event_sessions.id').onDelete('cascade'),
      )
      .addColumn('registration_id', 'text', (c) =>
        c.notNull().references('event_registrations.id').onDelete('cascade'),
      )
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('confirmed', 'waitlisted', 'cancelled')`),
      )
      .addColumn('queued_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('session_registrations_once', ['session_id', 'registration_id']),
  ).execute();
  await db.schema
    .createIndex('session_registrations_queue')
    .on('session_registrations')
    .columns(['session_id', 'status', 'queued_at'])
    .execute();

  // A personal iCalendar feed: the token is in the URL, so only its hash is kept.
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('calendar_feeds_one_active')
    .unique()
    .on('calendar_feeds')
    .column('person_id')
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();

  // Events held elsewhere (WUF13, a COP) and the delegations member organisations send.
  await timestamps(
    db.schema
      .createTable('external_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('city', 'text')
      .addColumn('country', 'text')
      .addColumn('starts_on', 'text', (c) => c.notNull())
      .addColumn('ends_on', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addCheckConstraint('external_events_dates', sql`ends_on >= starts_on`),
  ).execute();

  await timestamps(
    db.schema
      .createTable('delegations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('external_event_id', 'text', (c) =>
        c.notNull().references('external_events.id').onDelete('cascade'),
      )
      .addColumn('lead_organization_id', 'text', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.references('people.id').onDelete('set null'))
      .addUniqueConstraint('delegations_once', ['external_event_id', 'lead_organization_id']),
  ).execute();
  // The other organisations of a coalition delegation.
  await db.schema
    .createTable('delegation_organizations')
    .addColumn('delegation_id', 'text', (c) =>
      c.notNull().references('delegations.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('delegation_organizations_pk', ['delegation_id', 'organization_id'])
    .execute();
  await timestamps(
    db.schema
      .createTable('delegation_members')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('delegation_id', 'text', (c) =>
        c.notNull().references('delegations.id').onDelete('cascade'),
      )
      .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
      .addColumn('guest_name', 'text')
      .addColumn('organization_id', 'text', (c) =>
        c.references('organizations.id').onDelete('set null'),
      )
      .addColumn('role', 'text', (c) =>
        c.notNull().check(sql`role in ('head', 'member', 'speaker', 'support')`),
      )
      .addColumn('travel_status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('planning')
          .check(
            sql`travel_status in ('planning', 'visa_requested', 'visa_granted', 'booked', 'travelled', 'cancelled')`,
          ),
      )
      .addCheckConstraint(
        'delegation_members_who',
        sql`(person_id is null) <> (guest_name is null)`,
      ),
  ).execute();
  await timestamps(
    db.schema
      .createTable('delegation_tasks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('delegation_id', 'text', (c) =>
        c.notNull().references('delegations.id').onDelete('cascade'),
      )
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text', (c) => c.references('people.id').onDelete('set null'))
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('done_at', 'text')
      // Set when the reminder is sent, in the same statement that claims it (several processes).
      .addColumn('reminded_at', 'text'),
  ).execute();
  await db.schema
    .createIndex('delegation_tasks_due')
    .on('delegation_tasks')
    .columns(['done_at', 'reminded_at', 'due_on'])
    .execute();
}

export async function down(db: Kysely<unknown>) {
  for (const table of [
    'delegation_tasks',
    'delegation_members',
    'delegation_organizations',
    'delegations',
    'external_events',
    'calendar_feeds',
    'session_registrations',
    'event_registrations',
    'session_speakers',
    'session_tags',
    'session_sdgs',
    'event_sessions',
    'event_sdgs',
    'event_organizers',
    'events',
    'rooms',
    'venues',
    'event_series',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
