/**
 * The writes a database refused for want of storage (a full disk, a read-only file, a standby),
 * noted by the connection as they fail and read by readiness (health.ts).
 */
import { isStorageFailure } from './errors.js';

/** How long a refused write keeps the database "cannot write", unless another one fails. */
export const WRITE_FAILURE_WINDOW_MS = 30_000;

/** The most recent write the database refused for want of storage. */
export class WriteFailures {
  private last: { at: number; error: Error } | undefined;

  /** Records `error` if it is a storage failure; other errors are the caller's. */
  note(error: unknown, now = Date.now()) {
    if (isStorageFailure(error)) this.last = { at: now, error: error as Error };
  }

  /** The storage failure of the last WRITE_FAILURE_WINDOW_MS, if there was one. */
  recent(now = Date.now()): Error | undefined {
    return this.last && now - this.last.at < WRITE_FAILURE_WINDOW_MS ? this.last.error : undefined;
  }
}
