/**
 * Runs a suite once per database engine. PostgreSQL is skipped with a printed reason when no
 * server is reachable, except under CI=true, where an unreachable server fails the run.
 */
import { describe } from 'vitest';
import type { Engine } from '../src/platform/db/connection.js';
import { postgresUnavailable } from './fixtures/databases.js';

const unavailable = await postgresUnavailable();
if (unavailable) {
  if (process.env.CI === 'true') throw new Error(`CI=true requires PostgreSQL: ${unavailable}`);
  console.warn(`Skipping PostgreSQL tests: ${unavailable}`);
}

export const ENGINES: Engine[] = ['sqlite', 'postgres'];

/** @example describeEachEngine('sign-up', (engine) => { … }) */
export function describeEachEngine(name: string, suite: (engine: Engine) => void) {
  for (const engine of ENGINES) {
    describe.skipIf(engine === 'postgres' && unavailable !== undefined)(`${name} [${engine}]`, () =>
      suite(engine),
    );
  }
}
