import { describe, expect, it } from 'vitest';
import { signedUpClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';

describeEachEngine('accounts', (engine) => {
  const concord = useConcord(engine);

  describe('account settings', () => {
    it('changes the password and signs out other sessions', async () => {
      const { client, email, password } = await signedUpClient(concord());
      const other = concord().client();
      await other.get('/sign-in');
      expect((await other.post('/sign-in', { email, password })).status).toBe(303);
      await client.get('/account');
      const wrong = await client.post('/account/password', {
        currentPassword: 'nope nope nope',
        newPassword: 'a new long password',
      });
      expect(wrong.status).toBe(422);
      expect(wrong.html).toContain('The password is not correct');
      const changed = await client.post('/account/password', {
        currentPassword: password,
        newPassword: 'a new long password',
      });
      expect(changed.status).toBe(303);
      expect((await client.get('/account')).status).toBe(200);
      expect((await other.get('/account')).status).toBe(401);
      const audit = await concord()
        .deps.db.kysely.selectFrom('audit_log')
        .select('action')
        .where('actor_label', '=', email)
        .execute();
      expect(audit.map((a) => a.action)).toContain('auth.passwordChange');
    });

    it('saves the name and preferred language, and pages follow the language', async () => {
      const { client } = await signedUpClient(concord());
      await client.get('/account');
      const bad = await client.post('/account/profile', { name: 'Aygün', locale: 'fr' });
      expect(bad.status).toBe(422);
      expect(bad.html).toContain('Choose one of the languages offered');
      const saved = await client.post('/account/profile', { name: 'Aygün Əliyeva', locale: 'az' });
      expect(saved.status).toBe(303);
      const page = await client.get('/account');
      expect(page.html).toContain('lang="az"');
      expect(page.html).toContain('Aygün Əliyeva');
    });

    it('creates an API token shown once, which authenticates API calls until revoked', async () => {
      const { client, email } = await signedUpClient(concord());
      await client.get('/account');
      const created = await client.post('/account/tokens', { tokenName: 'reporting script' });
      const token = /(cnc_[\w-]+)/.exec(created.html)?.[1];
      expect(token).toBeDefined();
      const me = await concord().app.request('/api/v1/me', {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ email });
      const stored = await concord()
        .deps.db.kysely.selectFrom('api_tokens')
        .select('token_hash')
        .execute();
      expect(stored.some((r) => r.token_hash === token)).toBe(false);
      const id = /\/account\/tokens\/([\w-]+)\/revoke/.exec(
        (await client.get('/account')).html,
      )?.[1];
      expect((await client.post(`/account/tokens/${id}/revoke`, {})).status).toBe(303);
      const after = await concord().app.request('/api/v1/me', {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(after.status).toBe(401);
      expect(await after.json()).toMatchObject({ error: { code: 'error.401' } });
    });

    it('deletes the account only with DELETE and the password', async () => {
      const { client, email, password } = await signedUpClient(concord());
      await client.get('/account');
      const unconfirmed = await client.post('/account/delete', { confirm: 'delete', password });
      expect(unconfirmed.status).toBe(422);
      expect(unconfirmed.html).toContain('Type DELETE to confirm');
      const deleted = await client.post('/account/delete', { confirm: 'DELETE', password });
      expect(deleted.status).toBe(303);
      const rows = await concord()
        .deps.db.kysely.selectFrom('people')
        .select('id')
        .where('email', '=', email)
        .execute();
      expect(rows).toHaveLength(0);
      const audit = await concord()
        .deps.db.kysely.selectFrom('audit_log')
        .select('action')
        .where('actor_label', '=', email)
        .execute();
      expect(audit.map((a) => a.action)).toContain('account.delete');
    });
  });
});
