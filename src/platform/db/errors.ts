/**
 * Reading database errors the same way on both engines: SQLite says "UNIQUE constraint failed",
 * PostgreSQL "duplicate key value violates unique constraint"; a lost connection, a timeout or a
 * full disk each have their own codes on each engine and driver.
 */

const UNIQUE_CODES = new Set(['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

/** Whether a write failed on a unique key (a race lost to another writer, or a duplicate). */
export const isUniqueViolation = (error: unknown) =>
  UNIQUE_CODES.has((error as { code?: string })?.code ?? '') ||
  /unique|duplicate key/i.test((error as Error)?.message ?? '');

const code = (error: unknown) => String((error as { code?: unknown })?.code ?? '');
const message = (error: unknown) => String((error as { message?: unknown })?.message ?? '');

/**
 * Whether PostgreSQL failed this transaction to break a deadlock with another: run again, it
 * waits for the other and sees what it committed. (SQLite's one writer never deadlocks.)
 */
export const isDeadlock = (error: unknown) => code(error) === '40P01';

const UNREACHABLE_CODES = new Set([
  // PostgreSQL: the server ended the session (a restart, a failover, pg_terminate_backend), was
  // starting or stopping, timed out a statement or an idle transaction, or had no slot left.
  '57P01',
  '57P02',
  '57P03',
  '57014',
  '25P03',
  '53300',
  // The network under the driver.
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // SQLite: another process held the write lock for longer than the busy timeout.
  'SQLITE_BUSY',
]);

// node-postgres reports a lost or stalled connection with messages only, no code.
const UNREACHABLE_MESSAGES =
  /^(Connection terminated|Query read timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;

/** Whether the database could not be reached, or stopped answering in time. */
export const isConnectionFailure = (error: unknown) =>
  UNREACHABLE_CODES.has(code(error)) ||
  code(error).startsWith('08') ||
  UNREACHABLE_MESSAGES.test(message(error));

/**
 * Whether the database answered but cannot store what it was given: a full disk, an I/O error,
 * a read-only file or a PostgreSQL standby left behind by a failover.
 */
export const isStorageFailure = (error: unknown) => {
  const c = code(error);
  return (
    c === 'SQLITE_FULL' ||
    c.startsWith('SQLITE_IOERR') ||
    c.startsWith('SQLITE_READONLY') ||
    c === 'SQLITE_CANTOPEN' ||
    (c.startsWith('53') && c !== '53300') ||
    c === '58030' ||
    c === '25006'
  );
};

/** Whether a request failed because of the database's state rather than its own: try again later. */
export const isDatabaseFault = (error: unknown) =>
  isConnectionFailure(error) || isStorageFailure(error);
