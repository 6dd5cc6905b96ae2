/** First-run setup: the one-time link that creates the first administrator of an empty instance. */
import { describe, expect, it } from 'vitest';
import { type TestConcord, uniqueEmail, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { countAdmins, countPeople, issueSetupToken } from '../index.js';

const INVALID = 'This setup link is not valid or was already used.';

/** The setup link as a path on this site, and its token. */
async function setupLink(concord: TestConcord) {
  const url = new URL(await issueSetupToken(concord.accounts));
  expect(url.origin).toBe(concord.deps.config.baseUrl);
  return { path: url.pathname + url.search, token: url.searchParams.get('token')! };
}

describeEachEngine('first-run setup', (engine) => {
  describe('on an empty database', () => {
    const concord = useConcord(engine);

    it('creates a confirmed administrator once, from a one-time link', async () => {
      const db = concord().deps.db.kysely;
      expect(await countPeople(db)).toBe(0);
      const { path, token } = await setupLink(concord());
      expect(path).toMatch(/^\/setup\?token=[\w-]{20,}$/);

      const client = concord().client();
      const form = await client.get(path);
      expect(form.status).toBe(200);
      expect(form.html).toContain('<h1>Create the first administrator</h1>');
      expect(form.html).toContain('action="/setup"');
      expect(form.html).toContain(`name="token" value="${token}"`);

      const bad = await client.post('/setup', {
        token,
        name: ' ',
        email: 'not-an-address',
        password: 'short',
      });
      expect(bad.status).toBe(422);
      expect(bad.html).toContain('Enter your name');
      expect(bad.html).toContain('Enter an email address like name@example.org');
      expect(bad.html).toContain('Your password must be at least 8 characters');
      expect(bad.html).toContain(`name="token" value="${token}"`);
      expect(await countPeople(db)).toBe(0);

      const email = uniqueEmail('first-admin');
      const password = 'the first administrator';
      const done = await client.post('/setup', { token, name: 'Secretariat', email, password });
      expect(done.status).toBe(303);
      expect(done.location).toBe('/sign-in');
      const person = await db
        .selectFrom('people')
        .selectAll()
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      expect(person).toMatchObject({ name: 'Secretariat', email_verified: 1, is_admin: 1 });
      expect(await countPeople(db)).toBe(1);
      // The audit says the administrator came from the setup page, not from the command line.
      const grants = await db
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'people.admin.grant')
        .where('subject_id', '=', person.id)
        .execute();
      expect(grants.map((g) => JSON.parse(g.details))).toEqual([{ email, via: 'setup' }]);
      // No confirmation mail: the address needs none.
      expect((await concord().deps.mailer.list(10)).filter((m) => m.to_address === email)).toEqual(
        [],
      );

      const admin = concord().client();
      await admin.get('/sign-in');
      expect((await admin.post('/sign-in', { email, password })).status).toBe(303);
      expect((await admin.get('/admin')).status).toBe(200);

      const again = await client.get(path);
      expect(again.status).toBe(404);
      expect(again.html).toContain(INVALID);
      const replay = await client.post('/setup', {
        token,
        name: 'Second Try',
        email: uniqueEmail('second'),
        password: 'another administrator',
      });
      expect(replay.status).toBe(404);
      expect(replay.html).toContain(INVALID);
      expect(await countPeople(db)).toBe(1);
      expect(await countAdmins(concord().accounts)).toBe(1);
    });

    it('answers a random or missing token with a 404 page', async () => {
      const client = concord().client();
      for (const path of ['/setup?token=not-a-real-token', '/setup']) {
        const page = await client.get(path);
        expect(page.status).toBe(404);
        expect(page.html).toContain(INVALID);
        expect(page.html).not.toContain('action="/setup"');
      }
      const before = await countPeople(concord().deps.db.kysely);
      const post = await client.post('/setup', {
        token: 'not-a-real-token',
        name: 'Intruder',
        email: uniqueEmail('intruder'),
        password: 'trying my luck here',
      });
      expect(post.status).toBe(404);
      expect(await countPeople(concord().deps.db.kysely)).toBe(before);
    });

    it('lets only one of two simultaneous submissions of one link through', async () => {
      const db = concord().deps.db.kysely;
      const before = await countAdmins(concord().accounts);
      const { path, token } = await setupLink(concord());
      const clients = [concord().client(), concord().client()];
      await Promise.all(clients.map((c) => c.get(path)));
      const pages = await Promise.all(
        clients.map((c, i) =>
          c.post('/setup', {
            token,
            name: `Racer ${i}`,
            email: uniqueEmail('racer'),
            password: 'racing to be the first',
          }),
        ),
      );
      expect(pages.map((p) => p.status).sort()).toEqual([303, 404]);
      expect(await countAdmins(concord().accounts)).toBe(before + 1);
      const racers = await db
        .selectFrom('people')
        .select('id')
        .where('name', 'like', 'Racer %')
        .execute();
      expect(racers).toHaveLength(1);
    });

    it('sets the password given at setup when the address had only an unconfirmed sign-up', async () => {
      // Someone (the operator before finding the link, or anybody else) signed up with the
      // address but never confirmed it: that sign-up's password must not open the admin account.
      const email = uniqueEmail('squatted');
      const squatter = concord().client();
      await squatter.get('/sign-up');
      await squatter.post('/sign-up', {
        name: 'Early Sign-up',
        email,
        password: 'the early sign-up password',
      });
      const { path, token } = await setupLink(concord());
      const operator = concord().client();
      await operator.get(path);
      const done = await operator.post('/setup', {
        token,
        name: 'Operator',
        email,
        password: 'the operator password',
      });
      expect(done.status).toBe(303);

      await squatter.get('/sign-in');
      const early = await squatter.post('/sign-in', {
        email,
        password: 'the early sign-up password',
      });
      expect(early.status).toBe(422);
      await operator.get('/sign-in');
      expect(
        (await operator.post('/sign-in', { email, password: 'the operator password' })).status,
      ).toBe(303);
      expect((await operator.get('/admin')).status).toBe(200);
    });
  });
});
