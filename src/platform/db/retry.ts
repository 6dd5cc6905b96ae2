/**
 * Running a write again when it lost a race on a unique key. Two requests both find a name, a
 * code or a row free and both insert it; the key lets one through and refuses the other. Run
 * again, the loser's transaction sees the winner's row and takes another path (uses that row,
 * draws another code). Each round lets at least one racer through, so `attempts` bounds how
 * many may race at once. A slug that is merely taken is allocateSlug's job (slugs.ts): it
 * retries inside one transaction instead of running every write again.
 */
import { isUniqueViolation } from './errors.js';

/**
 * Runs `write` (a whole transaction) up to `attempts` times while it fails on a unique key;
 * any other failure, or the last attempt's, is thrown.
 * @example return retryOnUniqueViolation(() => db.transaction().execute(async (tx) => …), 3);
 */
export async function retryOnUniqueViolation<T>(
  write: () => Promise<T>,
  attempts: number,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolation(error)) throw error;
    }
  }
}
