/** Where `next` may send a browser: this site only, however the value is dressed up. */
import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail, useConcord } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';
import { createConfirmedPerson } from '../../modules/accounts/index.js';
import { createOrganization } from '../../modules/organizations/index.js';
import { safeNext } from './redirects.js';

const SITE = 'https://concord.example';

/** Values that browsers would follow to another site, or that cannot be a header at all. */
const HOSTILE = [
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\\/evil.example',
  '/\t/evil.example',
  '\t//evil.example',
  ' //evil.example',
  '/\r\n/evil.example',
  '/\r\nSet-Cookie: taken=1',
  '/.//evil.example',
  '/%2F%2Fevil.example',
  '/%09/evil.example',
  'javascript:alert(1)',
  'https://evil.example/',
  'http:evil.example',
  '/\u0000/evil.example',
];

/** What a browser does with a Location value: it must resolve to this site, as the same text. */
function staysOnSite(location: string | null | undefined) {
  if (location === null || location === undefined) return true;
  const unsafe = [...location].some((ch) => ch <= ' ' || ch === '\u007f' || ch === '\\');
  if (unsafe) return false;
  const url = new URL(location, SITE);
  return url.origin === SITE && !location.startsWith('//');
}

const attributeText = (html: string) => html.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
/** The form posting to `action` (without a query), or undefined. */
const formOf = (html: string, action: string) =>
  new RegExp(`<form[^>]*action="${action}[?"][\\s\\S]*?</form>`).exec(html)?.[0];

describe('safeNext', () => {
  it.each(HOSTILE)('keeps %j on this site', (value) => {
    const kept = safeNext(value);
    expect(staysOnSite(kept)).toBe(true);
    // Only a path of this site is kept, never the text another site could be read from.
    if (kept !== undefined) expect(kept).not.toMatch(/^\/+evil/);
  });

  it('refuses what a browser would follow elsewhere, and reads tabs and line breaks as it does', () => {
    expect(safeNext('/\t/evil.example')).toBeUndefined();
    expect(safeNext('/\\evil.example')).toBeUndefined();
    expect(safeNext('/.//evil.example')).toBeUndefined();
    expect(safeNext('/\r\nSet-Cookie: taken=1')).toBe('/Set-Cookie:%20taken=1');
    expect(safeNext('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
  });

  it('keeps a path on this site with its query and fragment', () => {
    expect(safeNext('/events/forum-2027/registration?x=1#seats')).toBe(
      '/events/forum-2027/registration?x=1#seats',
    );
    expect(safeNext('/organizations/%C9%99li')).toBe('/organizations/%C9%99li');
  });

  it('encodes what a header may not carry', () => {
    expect(safeNext('/Xankəndi?q=ə')).toBe('/Xank%C9%99ndi?q=%C9%99');
  });

  it('refuses what is not a text or too long', () => {
    expect(safeNext(undefined)).toBeUndefined();
    expect(safeNext(['/a'])).toBeUndefined();
    expect(safeNext(`/${'a'.repeat(3000)}`)).toBeUndefined();
  });
});

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
