/**
 * The directory's facet values held in memory (facets.ts) follow every committed
 * change, in the process that made it and in another process on the same database, and stay
 * equal to a count of the rows under concurrent writers.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { bootConcord, type Concord } from '../../../boot.js';
import { createLogger } from '../../../platform/log.js';
import { SDG_NUMBERS } from '../../reference/index.js';
import { readDirectoryRevision } from './queries.js';
import { listDirectory } from './service.js';

const LATER = '2099-12-31';

describeEachEngine('directory facets in memory', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;
  /** A second Concord process on the same database, as behind a load balancer. */
  let other: Concord;
  beforeAll(async () => {
    other = await bootConcord(concord().deps.config, createLogger('silent'), { poolSize: 4 });
  });
  afterAll(async () => {
    await other?.close();
  });

  let next = 0;
  async function organization(values: { name?: string; country: string; status: string }) {
    const id = `facets-${engine}-${String(++next).padStart(3, '0')}`;
    const now = new Date().toISOString();
    await db()
      .insertInto('organizations')
      .values({
        id,
        slug: id,
        name: values.name ?? `Facet Union ${String(next).padStart(3, '0')}`,
        name_translations: '{}',
        country: values.country,
        description: '{}',
        working_languages: '[]',
        social_links: '[]',
        membership_status: values.status,
        created_at: now,
        updated_at: now,
      } as never)
      .execute();
    return id;
  }

  /** The directory's counts and names, as each process answers them. */
  const directory = async (c: Concord, query: Record<string, string> = {}) => {
    const found = await listDirectory(c.organizations, query, 'en', false);
    return {
      total: found.total,
      names: found.organizations.map((o) => o.name),
      countries: Object.fromEntries(found.facets.countries.map((f) => [f.value, f.count])),
      sdgs: Object.fromEntries(found.facets.sdgs.map((f) => [f.value, f.count])),
      verified: found.facets.verified,
    };
  };
  /** The same counted from the rows. */
  const counted = async () => {
    const members = await db()
      .selectFrom('organizations')
      .selectAll()
      .where('membership_status', '=', 'member')
      .execute();
    const countries: Record<string, number> = {};
    const sdgs: Record<string, number> = {};
    for (const m of members as unknown as { country: string; sdg_mask: number }[]) {
      countries[m.country] = (countries[m.country] ?? 0) + 1;
      for (const goal of SDG_NUMBERS)
        if (m.sdg_mask & (1 << (goal - 1))) sdgs[goal] = (sdgs[goal] ?? 0) + 1;
    }
    return { total: members.length, countries, sdgs };
  };

  it('grows the revision with what the directory reads, and only with that', async () => {
    const id = await organization({ country: 'AZ', status: 'none' });
    const changes: [string, () => Promise<unknown>, boolean][] = [
      [
        'website',
        () =>
          db()
            .updateTable('organizations')
            .set({ website: 'https://example.org' })
            .where('id', '=', id)
            .execute(),
        false,
      ],
      [
        'status',
        () =>
          db()
            .updateTable('organizations')
            .set({ membership_status: 'member' })
            .where('id', '=', id)
            .execute(),
        true,
      ],
      [
        'name',
        () =>
          db()
            .updateTable('organizations')
            .set({ name: 'Renamed Union' })
            .where('id', '=', id)
            .execute(),
        true,
      ],
      [
        'country',
        () =>
          db().updateTable('organizations').set({ country: 'GE' }).where('id', '=', id).execute(),
        true,
      ],
      [
        'goal',
        () =>
          db().insertInto('organization_sdgs').values({ organization_id: id, sdg: 3 }).execute(),
        true,
      ],
      [
        'verification',
        () =>
          db()
            .insertInto('organization_verifications')
            .values({
              id: `v-${id}`,
              organization_id: id,
              verified_by: null,
              verified_by_label: 'Admin',
              verified_at: new Date().toISOString(),
              evidence: 'Registry',
              valid_until: LATER,
              created_at: LATER,
              updated_at: LATER,
            } as never)
            .execute(),
        true,
      ],
      ['removal', () => db().deleteFrom('organizations').where('id', '=', id).execute(), true],
    ];
    for (const [what, change, grows] of changes) {
      const before = await readDirectoryRevision(db());
      await change();
      const after = await readDirectoryRevision(db());
      expect(after > before, what).toBe(grows);
    }
  });

  it('answers from the latest commit in this process and in another one', async () => {
    await directory(concord());
    await directory(other);
    await organization({ name: 'Mmm Middle Union', country: 'KZ', status: 'member' });
    const a = await organization({ name: 'Aaa First Union', country: 'KZ', status: 'member' });
    for (const c of [concord(), other]) {
      const seen = await directory(c);
      expect(seen.names).toEqual(['Aaa First Union', 'Mmm Middle Union']);
      expect(seen).toMatchObject(await counted());
    }
    await db().insertInto('organization_sdgs').values({ organization_id: a, sdg: 14 }).execute();
    await db()
      .updateTable('organizations')
      .set({ name: 'Zzz Last Union', country: 'UZ' })
      .where('id', '=', a)
      .execute();
    for (const c of [concord(), other]) {
      const seen = await directory(c, { sdg: '14' });
      expect(seen.names).toEqual(['Zzz Last Union']);
      expect((await directory(c)).names).toEqual(['Mmm Middle Union', 'Zzz Last Union']);
      expect(await directory(c)).toMatchObject(await counted());
    }
    await db()
      .updateTable('organizations')
      .set({ membership_status: 'suspended' })
      .where('id', '=', a)
      .execute();
    for (const c of [concord(), other])
      expect((await directory(c, { sdg: '14' })).names).toEqual([]);
  });

  it('stays equal to a count of the rows under concurrent writers and readers', async () => {
    const ids = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        organization({ country: i % 2 ? 'AM' : 'TR', status: i % 3 ? 'member' : 'applied' }),
      ),
    );
    await Promise.all([
      ...ids.map((id, i) =>
        db()
          .transaction()
          .execute(async (tx) => {
            await tx
              .updateTable('organizations')
              .set({ membership_status: 'member', country: i % 2 ? 'GE' : 'AZ' })
              .where('id', '=', id)
              .execute();
            await tx
              .insertInto('organization_sdgs')
              .values({ organization_id: id, sdg: (i % 17) + 1 })
              .execute();
          }),
      ),
      ...Array.from({ length: 8 }, (_, i) => directory(i % 2 ? other : concord())),
    ]);
    for (const c of [concord(), other]) expect(await directory(c)).toMatchObject(await counted());
  });
});
