/**
 * The page header (issue 12): a bar with the network's name and a "Menu" disclosure that needs
 * no script, holding the navigation and the account (acting for, administration, sign out), for
 * visitors and signed-in people alike. How it looks at 360 px is the browser suite's
 * (test/e2e/phones.e2e.test.ts); here, what every page sends.
 */
import { describe, expect, it } from 'vitest';
import { createOrganization } from '../src/modules/organizations/index.js';
import { adminClient, signedUpClient, useConcord } from './app.js';
import { describeEachEngine } from './engines.js';

/** The header's menu: what its <details> holds, or undefined. */
const menuOf = (html: string) => {
  const header = /<header class="site-header">[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
  return /<details class="menu"><summary>([^<]*)<\/summary>([\s\S]*)<\/details><\/div><\/header>/.exec(
    header,
  );
};
/** The text of each link and button in `html`, in order. */
const controls = (html: string) =>
  [...html.matchAll(/<(a|button)\b[^>]*>([^<]*)<\/\1>/g)].map((m) => m[2]);

describeEachEngine('the page header', (engine) => {
  const concord = useConcord(engine);

  it('puts a visitor’s navigation and sign-in links behind the menu', async () => {
    const page = await concord().client().get('/events');
    const menu = menuOf(page.html);
    expect(menu?.[1]).toBe('Menu');
    expect(menu?.[2]).toContain('<nav aria-label="Main">');
    expect(controls(menu![2]!)).toEqual([
      'Home',
      'Member organisations',
      'Events',
      'The network in figures',
      'Sign in',
      'Create an account',
    ]);
    // The default identity has one name, shown once.
    expect(page.html).toContain('<a class="brand" href="/">NGO network</a>');
  });

  it('puts a signed-in person’s organisations, acting for, account and sign out behind the menu', async () => {
    const { client } = await signedUpClient(concord(), { name: 'Aysel Quliyeva' });
    await client.get('/organizations/new');
    const created = await client.post('/organizations', {
      name: 'Şuşa Könüllüləri',
      country: 'AZ',
    });
    expect(created.status).toBe(303);
    const menu = menuOf((await client.get('/events')).html)?.[2] ?? '';
    expect(controls(menu)).toEqual([
      'Home',
      'Member organisations',
      'Events',
      'The network in figures',
      'My organisations',
      'Change',
      'Account',
      'Sign out',
    ]);
    expect(menu).toMatch(/Acting for: <strong>Şuşa Könüllüləri<\/strong>/);
    // Acting for is changed on a page with a plain form, which comes back here: no script.
    expect(menu).toContain(`href="/organizations/acting?next=${encodeURIComponent('/events')}"`);
    expect(menu).toMatch(/<form method="post" action="\/sign-out" class="inline">/);
  });

  it('adds administration for an administrator', async () => {
    const { client, id, email } = await adminClient(concord());
    const org = await createOrganization(
      concord().organizations,
      { id, name: 'Test Administrator', email, isAdmin: true, locale: null, sessionId: 's' },
      {
        name: 'Secretariat',
        country: 'AZ',
        sdgs: [],
        tags: [],
        workingLanguages: [],
        socialLinks: [],
      },
    );
    expect(org.ok).toBe(true);
    const menu = menuOf((await client.get('/organizations')).html)?.[2] ?? '';
    expect(controls(menu)).toContain('Administration');
    expect(controls(menu).slice(-3)).toEqual(['Change', 'Account', 'Sign out']);
  });
});

describe('the menu in other languages', () => {
  const concord = useConcord('sqlite');
  it('names the menu in the reader’s language', async () => {
    for (const [language, word] of [
      ['az', 'Menyu'],
      ['ru', 'Меню'],
    ] as const) {
      const page = await concord()
        .client()
        .request('/events', { headers: { 'accept-language': language } });
      expect(menuOf(page.html)?.[1]).toBe(word);
    }
  });
});
