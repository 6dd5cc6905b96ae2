/**
 * Whether the database can serve requests, for `/readyz`: it answers within a deadline, it is
 * not a read-only PostgreSQL standby, and it has not refused a write for want of storage lately.
 *
 * A probe write would not tell: SQLite keeps a transaction's pages in memory until it commits
 * (one rolled back never touches the disk), and a small row fits in a page that is already
 * there while a larger write needs a new one. So the writes the application really makes are
 * watched instead (see openDatabase), which costs nothing while they succeed.
 */
import { sql } from 'kysely';
import type { Db } from './connection.js';

/**
 * Why the database is not ready, in a few words for the operator, or undefined when it is.
 * @example const problem = await databaseProblem(db); if (problem) return c.text(problem, 503);
 */
export async function databaseProblem(
  db: Db<unknown>,
  deadlineMs = 800,
): Promise<string | undefined> {
  const failure = db.writeFailures.recent();
  if (failure) {
    const code = (failure as { code?: string }).code;
    return `database cannot write (${code ? `${code}: ` : ''}${failure.message})`;
  }
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<string>((resolve) => {
    timer = setTimeout(
      () => resolve(`database did not answer within ${deadlineMs} ms`),
      deadlineMs,
    );
  });
  try {
    return await Promise.race([deadline, answer(db)]);
  } catch {
    return 'database unreachable';
  } finally {
    clearTimeout(timer);
  }
}

async function answer(db: Db<unknown>) {
  if (db.engine === 'sqlite') {
    await sql`select 1`.execute(db.kysely);
    return undefined;
  }
  // After a failover the address may lead to a standby, which answers but refuses every write.
  const { rows } = await sql<{ standby: boolean }>`select pg_is_in_recovery() as standby`.execute(
    db.kysely,
  );
  return rows[0]?.standby ? 'database is a read-only standby' : undefined;
}
