/**
 * Who may publish, on both engines: an event goes public only under network member
 * organisations. Organisers whose organisation the network has not admitted are told why and
 * what to do; a platform administrator may still publish; an organisation that is not a member
 * (never admitted, or suspended later) is never named on a public event.
 */
import { expect, it } from 'vitest';
import { adminClient, type TestClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import {
  eventForm,
  organiserWithOrganization,
  slugFrom,
} from '../../../../test/fixtures/events.js';
import { translator } from '../../../platform/i18n/index.js';

const t = translator('en');
type Organiser = Awaited<ReturnType<typeof organiserWithOrganization>>;

describeEachEngine('publishing events', (engine) => {
  const concord = useConcord(engine);
  let admin: TestClient;
  const adminOnce = async () => {
    admin ??= (await adminClient(concord())).client;
    return admin;
  };

  async function draft(organiser: Organiser, titleEn: string) {
    await organiser.client.get('/events/new');
    const created = await organiser.client.post(
      '/events',
      eventForm(organiser.organization.id, { titleEn, titleAz: titleEn }),
    );
    expect(created.status).toBe(303);
    return slugFrom(created.location);
  }

  /** What the public reads: the calendar (with its organiser filter) and the API's list. */
  async function publicly() {
    const visitor = concord().client();
    const calendar = (await visitor.get('/events')).html;
    const api = await concord().app.request('/api/v1/events?when=upcoming');
    return { calendar, api: JSON.stringify(await api.json()) };
  }

  it("refuses a non-member's publication with what to do, and lists nothing", async () => {
    const organiser = await organiserWithOrganization(concord(), 'Unreviewed Circle', {
      member: false,
    });
    const slug = await draft(organiser, 'Unreviewed Assembly');
    const page = await organiser.client.get(`/events/${slug}`);
    expect(page.html).toContain(t('event.publish.awaitsMembership'));
    expect(page.html).toContain(
      `<a href="/organizations/${organiser.organization.slug}/membership">Unreviewed Circle</a>`,
    );
    expect(page.html).not.toContain(`action="/events/${slug}/publish"`);

    const refused = await organiser.client.post(`/events/${slug}/publish`, {});
    expect(refused.status).toBe(409);
    expect(refused.html).toContain(t('event.publish.notMembers', { names: '«Unreviewed Circle»' }));
    expect((await concord().client().get(`/events/${slug}`)).status).toBe(404);
    const seen = await publicly();
    for (const text of [seen.calendar, seen.api]) {
      expect(text).not.toContain('Unreviewed Assembly');
      expect(text).not.toContain('Unreviewed Circle');
    }
  });

  it("publishes a member's event, named under its organisation", async () => {
    const organiser = await organiserWithOrganization(concord(), 'Admitted Union');
    const slug = await draft(organiser, 'Admitted Congress');
    const page = await organiser.client.get(`/events/${slug}`);
    expect(page.html).not.toContain(t('event.publish.awaitsMembership'));
    expect((await organiser.client.post(`/events/${slug}/publish`, {})).status).toBe(303);
    const seen = await publicly();
    expect(seen.calendar).toContain('Admitted Congress');
    expect(seen.calendar).toContain('Admitted Union');
    expect(seen.api).toContain('Admitted Congress');
    const one = await concord().app.request(`/api/v1/events/${slug}`);
    expect((await one.json()).organizers).toEqual([
      { slug: organiser.organization.slug, name: 'Admitted Union' },
    ]);
  });

  it("lets an administrator publish a non-member's event, without naming the organisation", async () => {
    const organiser = await organiserWithOrganization(concord(), 'Pending Partners', {
      member: false,
    });
    const slug = await draft(organiser, 'Approved Webinar');
    const client = await adminOnce();
    const page = await client.get(`/events/${slug}`);
    expect(page.html).toContain(`action="/events/${slug}/publish"`);
    expect((await client.post(`/events/${slug}/publish`, {})).status).toBe(303);

    const seen = await publicly();
    expect(seen.calendar).toContain('Approved Webinar');
    expect(seen.api).toContain('Approved Webinar');
    expect(seen.calendar).not.toContain('Pending Partners');
    const one = await concord().app.request(`/api/v1/events/${slug}`);
    expect((await one.json()).organizers).toEqual([]);
    expect((await concord().client().get(`/events/${slug}`)).html).not.toContain(
      'Pending Partners',
    );
  });

  it('stops naming an organiser once the network suspends it', async () => {
    const organiser = await organiserWithOrganization(concord(), 'Later Suspended Fund');
    const slug = await draft(organiser, 'Suspended Organiser Forum');
    expect((await organiser.client.post(`/events/${slug}/publish`, {})).status).toBe(303);
    expect((await concord().client().get(`/events/${slug}`)).html).toContain(
      'Later Suspended Fund',
    );

    const client = await adminOnce();
    await client.get(`/admin/membership/organizations/${organiser.organization.slug}`);
    const suspended = await client.post(
      `/admin/membership/organizations/${organiser.organization.slug}/suspend`,
      { reason: 'Registration withdrawn by the ministry.' },
    );
    expect(suspended.status).toBe(303);

    const page = await concord().client().get(`/events/${slug}`);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('Later Suspended Fund');
    const seen = await publicly();
    expect(seen.calendar).toContain('Suspended Organiser Forum');
    expect(seen.calendar).not.toContain('Later Suspended Fund');
    expect(seen.api).not.toContain('Later Suspended Fund');
  });
});
