/**
 * A better-sqlite3 handle that prepares each distinct SQL text once.
 *
 * Kysely's SqliteDriver calls `prepare()` on every query; preparing costs more than running a
 * small indexed lookup, so a statement cache brings the data layer close to hand-written
 * prepared statements. Kysely compiles the same query builder chain to the same SQL text, so the
 * cache stays small; the bound keeps a pathological caller from growing it without limit.
 */
import type Database from 'better-sqlite3';

/** @example new SqliteDialect({ database: withStatementCache(new Database(file)) }) */
export function withStatementCache(db: Database.Database, limit = 500) {
  const statements = new Map<string, Database.Statement>();
  return {
    close() {
      statements.clear();
      db.close();
    },
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        // Refresh recency so the least recently used statement is the one evicted.
        statements.delete(sql);
      } else {
        statement = db.prepare(sql);
        if (statements.size >= limit) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
