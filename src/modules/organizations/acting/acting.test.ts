/** Acting on behalf of an organisation: the remembered choice, the header, the page, the field. */
import { describe, expect, it } from 'vitest';
import {
  signedUpClient,
  type TestClient,
  type TestConcord,
  uniqueEmail,
  useConcord,
} from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import type { Actor } from '../../../platform/http/context.js';
import { translator } from '../../../platform/i18n/index.js';
import { invalid } from '../../../platform/outcome.js';
import type { PageContext } from '../../../ui/page.js';
import { addMember } from '../profile/service.js';
import { ActingOrganizationChooseSchema } from './schema.js';
import { loadActingFor, resolveActingOrganization } from './service.js';
import { OnBehalfOfField } from './views/acting.js';

let made = 0;
/** Creates an organisation through the form as `client`; returns its id and slug. */
async function createOrganization(concord: TestConcord, client: TestClient, name: string) {
  await client.get('/organizations/new');
  const page = await client.post('/organizations', {
    name,
    country: 'AZ',
    registrationNumber: `ACT-${Date.now()}-${++made}`,
  });
  expect(page.status).toBe(303);
  const slug = page.location!.split('?')[0]!.replace('/organizations/', '');
  const { id } = await concord.deps.db.kysely
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return { id, slug };
}

async function actorOf(concord: TestConcord, email: string): Promise<Actor> {
  const row = await concord.deps.db.kysely
    .selectFrom('people')
    .select(['id', 'name', 'email'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return { ...row, isAdmin: false, locale: null, sessionId: undefined };
}

/** The "Acting for" line of the page header, as text, or undefined when there is none. */
function actingLine(html: string) {
  const header = /<header[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
  const span = /<span class="acting">([\s\S]*?)<\/span>/.exec(header)?.[1];
  return span
    ?.replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The value of the checked radio button named `name`, or undefined. */
const checkedValue = (html: string, name: string) =>
  [...html.matchAll(/<input[^>]*type="radio"[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`name="${name}"`) && / checked(=""|\s|\/|>)/.test(tag))
    ?.match(/value="([^"]*)"/)?.[1];

const savedChoice = (concord: TestConcord, personId: string) =>
  concord.deps.db.kysely
    .selectFrom('acting_organizations')
    .selectAll()
    .where('person_id', '=', personId)
    .executeTakeFirst();

describeEachEngine('acting on behalf of an organisation', (engine) => {
  const concord = useConcord(engine);

  it('shows nothing to visitors or to people without organisations', async () => {
    const visitor = concord().client();
    expect(actingLine((await visitor.get('/organizations')).html)).toBeUndefined();
    expect((await visitor.get('/organizations/acting')).status).toBe(401);
    expect((await visitor.post('/organizations/acting', { organization: 'self' })).status).toBe(
      401,
    );
    const { client } = await signedUpClient(concord());
    const home = await client.get('/organizations');
    expect(home.html).toContain('href="/account"');
    expect(actingLine(home.html)).toBeUndefined();
    const page = await client.get('/organizations/acting');
    expect(page.status).toBe(200);
    expect(page.html).toContain('You do not belong to any organisation');
  });

  it('acts for a person’s only organisation by default, and names it in the header', async () => {
    const { client, email } = await signedUpClient(concord());
    const org = await createOrganization(concord(), client, 'Qarabağ Könüllüləri');
    const page = await client.get('/organizations/mine');
    expect(actingLine(page.html)).toBe('Acting for: Qarabağ Könüllüləri · Change');
    expect(page.html).toContain(
      `href="/organizations/acting?next=${encodeURIComponent('/organizations/mine')}"`,
    );
    const actor = await actorOf(concord(), email);
    expect(await savedChoice(concord(), actor.id)).toBeUndefined();
    const choose = await client.get('/organizations/acting');
    expect(checkedValue(choose.html, 'organization')).toBe(org.id);
  });

  it('chooses among two organisations, and can choose only oneself', async () => {
    const { client, email } = await signedUpClient(concord());
    const first = await createOrganization(concord(), client, 'Alpha Union');
    const second = await createOrganization(concord(), client, 'Beta Forum');
    // Two and never chosen: no guess, the person acts only for themselves until they choose.
    expect(actingLine((await client.get('/organizations/mine')).html)).toBe(
      'Acting for: only yourself · Change',
    );
    const page = await client.get('/organizations/acting');
    // On the page itself, "Change" stays there rather than coming back to it.
    expect(page.html).toContain('<a href="/organizations/acting">Change</a>');
    expect(page.html).toContain('Alpha Union');
    expect(page.html).toContain('Beta Forum');
    expect(checkedValue(page.html, 'organization')).toBe('self');

    const saved = await client.post('/organizations/acting', {
      organization: second.id,
      next: '/organizations/mine',
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe('/organizations/mine');
    expect(actingLine((await client.get('/organizations/mine')).html)).toBe(
      'Acting for: Beta Forum · Change',
    );
    const actor = await actorOf(concord(), email);
    expect((await savedChoice(concord(), actor.id))?.organization_id).toBe(second.id);
    expect(checkedValue((await client.get('/organizations/acting')).html, 'organization')).toBe(
      second.id,
    );

    const self = await client.post('/organizations/acting', { organization: 'self' });
    expect(self.location).toBe('/organizations/acting?notice=acting.saved');
    const after = await client.get(self.location!);
    expect(after.html).toContain('Saved.');
    expect(actingLine(after.html)).toBe('Acting for: only yourself · Change');
    expect(await savedChoice(concord(), actor.id)).toMatchObject({ organization_id: null });
    expect(first.id).not.toBe(second.id);
  });

  it('refuses an organisation the person does not belong to, at the field, saving nothing', async () => {
    const owner = await signedUpClient(concord());
    const theirs = await createOrganization(concord(), owner.client, 'Someone Else’s NGO');
    const { client, email } = await signedUpClient(concord());
    const mine = await createOrganization(concord(), client, 'My Own NGO');
    await client.post('/organizations/acting', { organization: mine.id });
    const actor = await actorOf(concord(), email);
    const before = await savedChoice(concord(), actor.id);

    for (const organization of [theirs.id, 'no-such-organisation', 'x'.repeat(500)]) {
      const refused = await client.post('/organizations/acting', { organization });
      expect(refused.status).toBe(422);
      expect(refused.html).toContain('Choose one of the organisations you belong to.');
      expect(refused.html).toMatch(/id="field-organization-error"/);
      expect(refused.html).toContain('href="#field-organization"');
    }
    expect(await savedChoice(concord(), actor.id)).toEqual(before);
    expect(actingLine((await client.get('/organizations/mine')).html)).toBe(
      'Acting for: My Own NGO · Change',
    );
    // The service gives later modules the same answer.
    expect(await resolveActingOrganization(concord().deps.db.kysely, actor, theirs.id)).toEqual(
      invalid('onBehalfOf', 'validation.acting.notMember'),
    );
  });

  it('never acts for an organisation the person was removed from', async () => {
    const owner = await signedUpClient(concord());
    const shared = await createOrganization(concord(), owner.client, 'Shared Network');
    const { client, email } = await signedUpClient(concord());
    const own = await createOrganization(concord(), client, 'Own Office');
    const actor = await actorOf(concord(), email);
    await addMember(concord().organizations, shared.id, actor.id, 'member');

    await client.post('/organizations/acting', { organization: shared.id });
    expect(actingLine((await client.get('/organizations/mine')).html)).toBe(
      'Acting for: Shared Network · Change',
    );
    const left = await client.post(`/organizations/${shared.slug}/leave`, {});
    expect(left.status).toBe(303);

    // The saved row still names it; the read checks membership and falls back.
    expect((await savedChoice(concord(), actor.id))?.organization_id).toBe(shared.id);
    const page = await client.get('/organizations/mine');
    expect(actingLine(page.html)).toBe('Acting for: Own Office · Change');
    expect(actingLine(page.html)).not.toContain('Shared Network');
    const acting = await loadActingFor(concord().deps.db.kysely, actor.id, 'en');
    expect(acting.organizations.map((o) => o.id)).toEqual([own.id]);
    expect(acting.current?.id).toBe(own.id);
    const resolved = await resolveActingOrganization(concord().deps.db.kysely, actor, shared.id);
    expect(resolved.ok).toBe(false);
  });

  it('preselects the current organisation in the on-behalf-of field of other forms', async () => {
    const { client, email } = await signedUpClient(concord(), { email: uniqueEmail('field') });
    await createOrganization(concord(), client, 'Gamma Alliance');
    const delta = await createOrganization(concord(), client, 'Delta Centre');
    await client.post('/organizations/acting', { organization: delta.id });
    const actor = await actorOf(concord(), email);
    const acting = await loadActingFor(concord().deps.db.kysely, actor.id, 'en');
    const ctx: PageContext = {
      t: translator('en'),
      locale: 'en',
      actor,
      csrfToken: '',
      actingFor: undefined,
      path: '/',
      site: await concord().deps.site('en'),
    };

    const field = String(OnBehalfOfField({ ctx, acting }));
    expect(field).toContain('<legend>On behalf of</legend>');
    expect(field).toContain('Gamma Alliance');
    expect(field).toContain('Only myself');
    expect(checkedValue(field, 'onBehalfOf')).toBe(delta.id);
    // Coming back with errors, the submitted choice wins over the saved one.
    const resubmitted = String(OnBehalfOfField({ ctx, acting, value: 'self' }));
    expect(checkedValue(resubmitted, 'onBehalfOf')).toBe('self');
    const required = String(OnBehalfOfField({ ctx, acting, requireOrganization: true }));
    expect(required).not.toContain('Only myself');

    const db = concord().deps.db.kysely;
    expect(await resolveActingOrganization(db, actor, delta.id)).toEqual({
      ok: true,
      organization: { id: delta.id, slug: delta.slug, name: 'Delta Centre' },
    });
    expect(await resolveActingOrganization(db, actor, 'self')).toEqual({
      ok: true,
      organization: null,
    });
    expect(await resolveActingOrganization(db, actor, 'self', { required: true })).toMatchObject(
      invalid('onBehalfOf', 'validation.acting.required'),
    );
  });
});

describe('the acting page', () => {
  it('comes back only to a path on this site', () => {
    const parse = (next: string) => ActingOrganizationChooseSchema.parse({ next }).next;
    expect(parse('https://evil.example')).toBeUndefined();
    expect(parse('//evil.example')).toBeUndefined();
    expect(parse('/\\evil.example')).toBeUndefined();
    expect(parse('/organizations?q=x')).toBe('/organizations?q=x');
  });
});
