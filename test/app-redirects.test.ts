/**
 * Every route of the app that reads `next` (locale, sign-in, acting organisation) sends the
 * browser to this site only, with the values safeNext is tested with
 * (src/platform/http/redirects.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createConfirmedPerson } from '../src/modules/accounts/index.js';
import { createOrganization } from '../src/modules/organizations/index.js';
import { uniqueEmail, useConcord } from './app.js';
import { describeEachEngine } from './engines.js';
import { HOSTILE, staysOnSite } from './fixtures/redirects.js';

const attributeText = (html: string) => html.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
/** The form posting to `action` (without a query), or undefined. */
const formOf = (html: string, action: string) =>
  new RegExp(`<form[^>]*action="${action}[?"][\\s\\S]*?</form>`).exec(html)?.[0];

describeEachEngine('every route that reads next', (engine) => {
  const concord = useConcord(engine);

  async function signedIn() {
    const email = uniqueEmail('next');
    const password = 'a long enough password';
    await createConfirmedPerson(concord().accounts, { name: 'Nigar Hüseynova', email, password });
    const client = concord().client();
    await client.get('/sign-in');
    return { client, email, password };
  }

  let person: Awaited<ReturnType<typeof signedIn>>;
  beforeAll(async () => {
    person = await signedIn();
    const id = (
      await concord()
        .accounts.deps.db.kysely.selectFrom('people')
        .select('id')
        .where('email', '=', person.email)
        .executeTakeFirstOrThrow()
    ).id;
    const actor = {
      id,
      name: 'Nigar Hüseynova',
      email: person.email,
      isAdmin: false,
      locale: null,
    };
    await createOrganization(
      concord().organizations,
      { ...actor, sessionId: 's' },
      {
        name: 'Gəncə Gənclər Birliyi',
        country: 'AZ',
        sdgs: [],
        tags: [],
        workingLanguages: [],
        socialLinks: [],
      },
    );
    const { email, password } = person;
    expect((await person.client.post('/sign-in', { email, password })).status).toBe(303);
  });

  describe.each(HOSTILE)('next = %j', (value) => {
    const query = `next=${encodeURIComponent(value)}`;
    // A query holding NUL is refused (400) before any route reads it; a form field loses the NUL.
    const refused = value.includes('\u0000');

    it('GET /locale/:code', async () => {
      const page = await concord().client().get(`/locale/az?${query}`);
      expect(page.status).toBe(refused ? 400 : 303);
      expect(staysOnSite(page.location)).toBe(true);
    });

    it('POST /locale', async () => {
      await person.client.get('/');
      const page = await person.client.post('/locale', { locale: 'en', next: value });
      expect(page.status).toBe(303);
      expect(staysOnSite(page.location)).toBe(true);
    });

    it('GET and POST /sign-in', async () => {
      const { client, email, password } = await signedIn();
      const form = await client.get(`/sign-in?${query}`);
      expect(form.status).toBe(refused ? 400 : 200);
      if (refused) return;
      const carried = /action="\/sign-in\?next=([^"]*)"/.exec(form.html)?.[1];
      expect(staysOnSite(carried && decodeURIComponent(attributeText(carried)))).toBe(true);
      const page = await client.post(`/sign-in?${query}`, { email, password });
      expect(page.status).toBe(303);
      expect(staysOnSite(page.location)).toBe(true);
    });

    it('GET and POST /organizations/acting', async () => {
      const form = await person.client.get(`/organizations/acting?${query}`);
      expect(form.status).toBe(refused ? 400 : 200);
      if (refused) return;
      const choose = formOf(form.html, '/organizations/acting');
      expect(choose).toBeDefined();
      const carried = /name="next" value="([^"]*)"/.exec(choose!)?.[1];
      expect(staysOnSite(carried && attributeText(carried))).toBe(true);
      const page = await person.client.post('/organizations/acting', {
        organization: 'self',
        next: value,
      });
      expect(page.status).toBe(303);
      expect(staysOnSite(page.location)).toBe(true);
    });
  });

  it('still brings people back to the page they came from', async () => {
    const back = '/events?kind=forum#list';
    const query = `next=${encodeURIComponent(back)}`;
    expect((await concord().client().get(`/locale/ru?${query}`)).location).toBe(back);
    const { client, email, password } = await signedIn();
    await client.get(`/sign-in?${query}`);
    expect((await client.post(`/sign-in?${query}`, { email, password })).location).toBe(back);
    const acting = await person.client.post('/organizations/acting', {
      organization: 'self',
      next: back,
    });
    expect(acting.location).toBe(back);
  });
});
