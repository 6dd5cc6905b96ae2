/**
 * Readable unique slugs for new rows (organisations, events, external events): the name in
 * Latin letters, numbered `-2`, `-3`… when taken, with the table's unique key as the judge.
 *
 * Two requests for one name both find a slug free and both insert it; the unique key lets one
 * through. On PostgreSQL the loser's failed insert aborts its whole transaction, so the next
 * number could not simply be tried. Retrying the whole transaction instead would run every
 * write before the insert again and let one racer through per round, so thirty racers would
 * need thirty rounds of everything. Each attempt therefore runs inside a SAVEPOINT: a lost race
 * rolls back only the insert, and the same transaction goes on with the next number. SQLite
 * has the same savepoints, so both engines take one path.
 */
import slugify from '@sindresorhus/slugify';
import { type Kysely, sql } from 'kysely';
import { isUniqueViolation } from './errors.js';
import type { Database } from './tables.js';

export type SlugRequest = {
  /** What the slug reads as, in any script (an acronym and country, a title and year). */
  text: string;
  /** Longest base, before any `-n`. */
  maxLength: number;
  /** The base when the text has no letter or digit that transliterates. */
  fallback: string;
  /** Slugs that are pages of their own and never a row's. */
  reserved?: ReadonlySet<string>;
  /** Whether a row already has the slug (read in the caller's transaction). */
  taken(slug: string): Promise<boolean>;
  /** Inserts the row under the slug, in the caller's transaction. */
  insert(slug: string): Promise<unknown>;
};

/**
 * Inserts a row under the first free slug and returns that slug. Must run in a transaction;
 * a unique violation on another column (a registration number) is rethrown.
 *
 * @example
 * const slug = await allocateSlug(tx, {
 *   text: input.name, maxLength: 60, fallback: 'organisation',
 *   taken: (slug) => q.slugTaken(tx, slug),
 *   insert: (slug) => q.insertOrganization(tx, { id, slug, ...values }),
 * });
 */
export async function allocateSlug(tx: Kysely<Database>, request: SlugRequest): Promise<string> {
  if (!tx.isTransaction) throw new Error('allocateSlug needs a transaction for its savepoints');
  const base = slugify(request.text).slice(0, request.maxLength) || request.fallback;
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (request.reserved?.has(slug) || (await request.taken(slug))) continue;
    await sql`savepoint slug_attempt`.execute(tx);
    try {
      await request.insert(slug);
      await sql`release savepoint slug_attempt`.execute(tx);
      return slug;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await sql`rollback to savepoint slug_attempt`.execute(tx);
      await sql`release savepoint slug_attempt`.execute(tx);
      // The racer that won has committed by now (PostgreSQL waits for it before refusing), so
      // the check sees its row; a slug still free means another key refused the row.
      if (!(await request.taken(slug))) throw error;
    }
  }
}
