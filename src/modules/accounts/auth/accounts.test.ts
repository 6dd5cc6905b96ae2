import { describe, expect, it } from 'vitest';
import { linkFromMail, signedUpClient, uniqueEmail, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';

describeEachEngine('accounts', (engine) => {
  const concord = useConcord(engine);

  describe('sign-up and confirmation', () => {
    it('creates an unconfirmed account, mails a link, and confirms it', async () => {
      const email = uniqueEmail('signup');
      const client = concord().client();
      await client.get('/sign-up');
      const done = await client.post('/sign-up', {
        name: 'Khatira Valiyeva',
        email,
        password: 'liberated khankendi 2025',
      });
      expect(done.status).toBe(200);
      expect(done.html).toContain(email);

      const early = await client.post('/sign-in', { email, password: 'liberated khankendi 2025' });
      expect(early.status).toBe(422);
      expect(early.html).toContain('Confirm your email address first');

      const confirmed = await client.get(await linkFromMail(concord(), email));
      expect(confirmed.status).toBe(200);
      expect(confirmed.html).toContain('Your email address is confirmed');

      const signedIn = await client.post('/sign-in', {
        email,
        password: 'liberated khankendi 2025',
      });
      expect(signedIn.status).toBe(303);
      const account = await client.get('/account');
      expect(account.status).toBe(200);
      expect(account.html).toContain('Khatira Valiyeva');
    });

    it('shows each bad field its own message and writes nothing', async () => {
      const client = concord().client();
      await client.get('/sign-up');
      const before = await concord()
        .deps.db.kysely.selectFrom('people')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const page = await client.post('/sign-up', {
        name: '  ',
        email: 'not-an-email',
        password: 'short',
      });
      expect(page.status).toBe(422);
      expect(page.html).toContain('Enter your name');
      expect(page.html).toContain('Enter an email address like name@example.org');
      expect(page.html).toContain('Your password must be at least 8 characters');
      expect(page.html).toContain('aria-invalid="true"');
      const common = await client.post('/sign-up', {
        name: 'A',
        email: uniqueEmail(),
        password: 'password123',
      });
      expect(common.html).toContain('This password is too common');
      const after = await concord()
        .deps.db.kysely.selectFrom('people')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('answers a taken address like a new one, and keeps one account', async () => {
      const { email } = await signedUpClient(concord());
      const client = concord().client();
      await client.get('/sign-up');
      const page = await client.post('/sign-up', {
        name: 'Impostor',
        email,
        password: 'another long password',
      });
      expect(page.status).toBe(200);
      expect(page.html).toContain('Check your email');
      const rows = await concord()
        .deps.db.kysely.selectFrom('people')
        .select('name')
        .where('email', '=', email)
        .execute();
      expect(rows).toEqual([{ name: 'Test Person' }]);
    });

    it('keeps exactly one account when sign-ups with one address race', async () => {
      const email = uniqueEmail('race');
      const clients = Array.from({ length: 8 }, () => concord().client());
      await Promise.all(clients.map((c) => c.get('/sign-up')));
      const pages = await Promise.all(
        clients.map((c, i) =>
          c.post('/sign-up', { name: `Racer ${i}`, email, password: 'racing for one address' }),
        ),
      );
      for (const page of pages) expect(page.status).toBe(200);
      const rows = await concord()
        .deps.db.kysely.selectFrom('people')
        .select('id')
        .where('email', '=', email)
        .execute();
      expect(rows).toHaveLength(1);
      const credentials = await concord()
        .deps.db.kysely.selectFrom('accounts')
        .select('id')
        .where('user_id', '=', rows[0]!.id)
        .execute();
      expect(credentials).toHaveLength(1);
    });

    it('stores timestamps as UTC ISO text and flags as 0/1 on every engine', async () => {
      const { email } = await signedUpClient(concord());
      const row = await concord()
        .deps.db.kysely.selectFrom('people')
        .selectAll()
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      expect(row.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(row.email_verified).toBe(1);
      expect(row.is_admin).toBe(0);
      const session = await concord()
        .deps.db.kysely.selectFrom('sessions')
        .select('expires_at')
        .where('user_id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(session.expires_at).toMatch(/Z$/);
    });
  });

  describe('sign-in and sign-out', () => {
    it('refuses a wrong password without saying whether the address exists', async () => {
      const { email } = await signedUpClient(concord());
      const client = concord().client();
      await client.get('/sign-in');
      const wrong = await client.post('/sign-in', { email, password: 'not the password' });
      const unknown = await client.post('/sign-in', {
        email: uniqueEmail('nobody'),
        password: 'not the password',
      });
      expect(wrong.status).toBe(422);
      expect(unknown.status).toBe(422);
      expect(wrong.html).toContain('The email address or password is not correct');
      expect(unknown.html).toContain('The email address or password is not correct');
    });

    it('records sign-ins and failures in the audit log', async () => {
      const { email } = await signedUpClient(concord());
      const client = concord().client();
      await client.get('/sign-in');
      await client.post('/sign-in', { email, password: 'wrong wrong wrong' });
      const rows = await concord()
        .deps.db.kysely.selectFrom('audit_log')
        .select(['action', 'details', 'actor_label'])
        .execute();
      expect(rows.some((r) => r.action === 'auth.signIn' && r.actor_label === email)).toBe(true);
      expect(rows.some((r) => r.action === 'auth.signIn.failed' && r.details.includes(email))).toBe(
        true,
      );
    });

    it('offers sign-in on a page that needs it, and returns there afterwards', async () => {
      const { email, password } = await signedUpClient(concord());
      const client = concord().client();
      const refused = await client.get('/account');
      expect(refused.status).toBe(401);
      expect(refused.html).toContain('href="/sign-in?next=%2Faccount"');
      const form = await client.get('/sign-in?next=%2Faccount');
      expect(form.html).toContain('action="/sign-in?next=%2Faccount"');
      const signedIn = await client.post('/sign-in?next=%2Faccount', { email, password });
      expect(signedIn.location).toBe('/account');
      await client.get('/sign-in');
      const offsite = await client.post('/sign-in?next=%2F%2Fevil.example', { email, password });
      expect(offsite.location).toBe('/');
    });

    it('signs out and the session no longer works', async () => {
      const { client } = await signedUpClient(concord());
      await client.get('/account');
      const out = await client.post('/sign-out', {});
      expect(out.status).toBe(303);
      const after = await client.get('/account');
      expect(after.status).toBe(401);
    });
  });

  describe('password reset', () => {
    it('mails a single-use link that sets a new password', async () => {
      const { email } = await signedUpClient(concord());
      const client = concord().client();
      await client.get('/forgot-password');
      const sent = await client.post('/forgot-password', { email });
      expect(sent.html).toContain('If an account uses that address');
      const link = await linkFromMail(concord(), email);
      expect(link).toMatch(/^\/reset-password\?token=/);
      const token = new URL(link, 'http://x').searchParams.get('token')!;
      await client.get(link);
      const done = await client.post('/reset-password', {
        token,
        password: 'a brand new passphrase',
      });
      expect(done.status).toBe(303);
      const again = await client.post('/reset-password', {
        token,
        password: 'yet another passphrase',
      });
      expect(again.status).toBe(400);
      expect(again.html).toContain('not valid, has expired or was already used');
      const signIn = await client.post('/sign-in', { email, password: 'a brand new passphrase' });
      expect(signIn.status).toBe(303);
    });

    it('answers unknown addresses the same way and sends nothing', async () => {
      const client = concord().client();
      await client.get('/forgot-password');
      const nobody = uniqueEmail('nobody');
      const page = await client.post('/forgot-password', { email: nobody });
      expect(page.html).toContain('If an account uses that address');
      await expect(linkFromMail(concord(), nobody)).rejects.toThrow('no mail');
    });
  });
});
