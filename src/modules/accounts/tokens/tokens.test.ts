/** Personal API tokens open the JSON API only, and die with the password they were made under. */
import { expect, it } from 'vitest';
import { linkFromMail, signedUpClient, type TestClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';

/** Creates a token on the account page, as a person does; returns the token shown once. */
async function tokenFromAccountPage(client: TestClient) {
  await client.get('/account');
  const page = await client.post('/account/tokens', { tokenName: 'script' });
  const token = /<code>(cnc_[^<]+)<\/code>/.exec(page.html)?.[1];
  if (!token) throw new Error('no token on the account page');
  return token;
}

describeEachEngine('API tokens', (engine) => {
  const concord = useConcord(engine);
  const api = (path: string, token: string) =>
    concord().app.request(path, { headers: { authorization: `Bearer ${token}` } });

  it('act as a signed-out visitor on web pages, and cannot post web forms', async () => {
    const { client } = await signedUpClient(concord());
    const token = await tokenFromAccountPage(client);
    await client.get('/organizations/new');
    const created = await client.post('/organizations', { name: 'Token Watch', country: 'AZ' });
    expect(created.status).toBe(303);
    const slug = created.location!.split('?')[0]!.replace('/organizations/', '');
    expect((await api('/api/v1/me', token)).status).toBe(200);

    // The owner's pages answer as they would to someone signed out.
    for (const path of [
      `/organizations/${slug}/people`,
      `/organizations/${slug}/edit`,
      '/account',
    ]) {
      const visitor = await concord().app.request(path);
      const withToken = await api(path, token);
      expect({ path, status: withToken.status }).toEqual({ path, status: visitor.status });
      expect(withToken.status).toBeGreaterThanOrEqual(400);
    }

    // A web form posted with the token and no CSRF token is refused, and changes nothing.
    const posted = await concord().app.request(`/organizations/${slug}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ name: 'Renamed by a token', country: 'AZ' }).toString(),
    });
    expect(posted.status).toBe(403);
    const profile = await client.get(`/organizations/${slug}`);
    expect(profile.html).toContain('Token Watch');
    expect(profile.html).not.toContain('Renamed by a token');
  });

  it('are revoked when the password changes, as the account page says', async () => {
    const { client, password } = await signedUpClient(concord());
    const token = await tokenFromAccountPage(client);
    const second = await tokenFromAccountPage(client);
    expect((await api('/api/v1/me', token)).status).toBe(200);

    const page = await client.get('/account');
    expect(page.html).toContain('signs you out everywhere else and revokes your API tokens');
    const changed = await client.post('/account/password', {
      currentPassword: password,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.status).toBe(303);

    for (const old of [token, second]) {
      const response = await api('/api/v1/me', old);
      expect(response.status).toBe(401);
    }
    const after = await client.get('/account');
    expect(after.html).toContain('You have no API tokens.');
    // A token made under the new password works.
    expect((await api('/api/v1/me', await tokenFromAccountPage(client))).status).toBe(200);
  });

  it('are revoked when the password is reset through the mailed link', async () => {
    const { client, email } = await signedUpClient(concord());
    const token = await tokenFromAccountPage(client);
    const visitor = concord().client();
    await visitor.get('/forgot-password');
    expect((await visitor.post('/forgot-password', { email })).status).toBe(200);
    const link = await linkFromMail(concord(), email);
    await visitor.get(link);
    const resetToken = new URL(link, 'http://x').searchParams.get('token')!;
    const reset = await visitor.post('/reset-password', {
      token: resetToken,
      password: 'a passphrase after the reset',
    });
    expect(reset.status).toBe(303);
    expect((await api('/api/v1/me', token)).status).toBe(401);
  });
});
