/**
 * Rooms, tracks and topics in every language, as titles are: one JSON object per field
 * (decision 004), `{ "az"?: string, "en"?: string, "ru"?: string }`, read with
 * `readTranslation`. The original text stays where it was (a room's name, a session's track,
 * a topic), because it is what the venue's rooms are unique by and what the programme's
 * filters link to; the translations only change what a reader sees. Existing rows get `{}`
 * and read as before.
 */
import type { Kysely } from 'kysely';

const COLUMNS = [
  ['rooms', 'name_translations'],
  ['event_sessions', 'track_translations'],
  ['session_tags', 'tag_translations'],
] as const;

export async function up(db: Kysely<unknown>) {
  // One column per statement: SQLite adds only one at a time.
  for (const [table, column] of COLUMNS) {
    await db.schema
      .alterTable(table)
      .addColumn(column, 'text', (c) => c.notNull().defaultTo('{}'))
      .execute();
  }
}

export async function down(db: Kysely<unknown>) {
  for (const [table, column] of [...COLUMNS].reverse()) {
    await db.schema.alterTable(table).dropColumn(column).execute();
  }
}
