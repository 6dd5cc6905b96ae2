/**
 * The demo loads whole or not at all, once: two processes loading it together on a new database
 * end with one demo and one clean answer each; a load that fails half-way leaves no row of it,
 * and loading again then gives the whole demo.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { type TestConcord, useConcord, useConcords } from '../../test/app.js';
import { describeEachEngine } from '../../test/engines.js';
import { DemoLoadedElsewhereError, loadDemoData } from './index.js';

const LOAD_TIMEOUT = 240_000;

const TABLES = [
  'people',
  'accounts',
  'organizations',
  'organization_members',
  'events',
  'event_registrations',
  'delegations',
  'audit_log',
  'demo_load',
] as const;

async function counts(concord: TestConcord) {
  const db = concord.deps.db.kysely;
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    result[table] = Number(row.rows[0]!.n);
  }
  return result;
}

describeEachEngine('demo data loaded by two processes at once', (engine) => {
  const concords = useConcords(engine, 2);

  it(
    'is loaded by one of them; the other learns so and loads nothing',
    async () => {
      const [one, two] = [concords()[0]!, concords()[1]!];
      const outcomes = await Promise.allSettled([loadDemoData(one), loadDemoData(two)]);
      const loaded = outcomes.filter((o) => o.status === 'fulfilled');
      const refused = outcomes.filter((o) => o.status === 'rejected');
      expect(loaded).toHaveLength(1);
      expect(loaded[0]!.value).toMatchObject({ email: 'secretariat@gsngo-platform.example' });
      expect(refused).toHaveLength(1);
      expect(refused[0]!.reason).toBeInstanceOf(DemoLoadedElsewhereError);

      const after = await counts(one);
      expect(after.demo_load).toBe(1);
      expect(after.organizations).toBe(33);
      const admins = await one.deps.db.kysely
        .selectFrom('people')
        .select('email')
        .where('is_admin', '=', 1)
        .execute();
      expect(admins).toEqual([{ email: 'secretariat@gsngo-platform.example' }]);
      // The printed password is the one that works.
      const client = one.client();
      await client.get('/sign-in');
      const signedIn = await client.post('/sign-in', {
        email: loaded[0]!.value.email,
        password: loaded[0]!.value.password,
      });
      expect(signedIn.status).toBe(303);
    },
    LOAD_TIMEOUT,
  );
});

describeEachEngine('demo data whose load fails half-way', (engine) => {
  const concord = useConcord(engine);

  /** A fault in the database itself, where the demo starts writing its events. */
  async function breakEvents(on: boolean) {
    const db = concord().deps.db.kysely;
    if (engine === 'sqlite') {
      await sql
        .raw(
          on
            ? `create trigger demo_fault before insert on events
               begin select raise(abort, 'database or disk is full (injected)'); end`
            : 'drop trigger demo_fault',
        )
        .execute(db);
      return;
    }
    if (on) {
      await sql
        .raw(`create function demo_fault() returns trigger language plpgsql as $$
              begin raise exception 'could not extend file (injected)'; end $$`)
        .execute(db);
      await sql
        .raw(`create trigger demo_fault before insert on events
              for each row execute function demo_fault()`)
        .execute(db);
    } else {
      await sql.raw('drop trigger demo_fault on events').execute(db);
      await sql.raw('drop function demo_fault()').execute(db);
    }
  }

  it(
    'leaves no row of the demo, and the next load gives all of it',
    async () => {
      const empty = await counts(concord());
      await breakEvents(true);
      await expect(loadDemoData(concord())).rejects.toThrow(/injected/);
      expect(await counts(concord())).toEqual(empty);
      expect(Object.values(empty).every((n) => n === 0)).toBe(true);

      await breakEvents(false);
      const admin = await loadDemoData(concord());
      expect(admin.email).toBe('secretariat@gsngo-platform.example');
      const loaded = await counts(concord());
      expect(loaded.demo_load).toBe(1);
      expect(loaded.organizations).toBe(33);
      expect(loaded.events).toBeGreaterThan(5);
      expect(loaded.event_registrations).toBeGreaterThanOrEqual(200);
      expect(loaded.delegations).toBe(1);
      // Search finds what the load indexed (the index is written in the same transaction).
      const found = await concord().client().get('/organizations?q=xankendi');
      expect(found.html).toContain('Public Union for Support to Internally Displaced Persons');
    },
    LOAD_TIMEOUT,
  );
});
