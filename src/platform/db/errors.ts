/**
 * Reading database errors the same way on both engines: SQLite says "UNIQUE constraint failed",
 * PostgreSQL "duplicate key value violates unique constraint".
 */

const UNIQUE_CODES = new Set(['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

/** Whether a write failed on a unique key (a race lost to another writer, or a duplicate). */
export const isUniqueViolation = (error: unknown) =>
  UNIQUE_CODES.has((error as { code?: string })?.code ?? '') ||
  /unique|duplicate key/i.test((error as Error)?.message ?? '');
