/**
 * The online meeting link is for the event's organisers, platform administrators and people
 * holding a confirmed seat: on the page, in the API, in mails and calendar files. Everyone else
 * (visitors, signed-in people who did not register, the waiting list) learns only that the
 * event is online, and the link is nowhere in what they are served.
 */
import { beforeAll, expect, it } from 'vitest';
import { adminClient, type TestClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { eventForm, organiserWithOrganization } from '../../../../test/fixtures/events.js';
import {
  lastMailTo,
  publishedEvent,
  register,
  registrant,
  registrationOf,
} from '../../../../test/fixtures/registration.js';
import type { Actor } from '../../../platform/http/context.js';
import { outboxAttachments } from '../../../platform/mail/index.js';
import { createApiToken } from '../../accounts/index.js';

const LINK = 'https://meet.example.org/general-assembly-2027';
const EVENT = { kind: 'general_assembly', onlineUrl: LINK, capacity: '1' };
/** iCalendar folds long lines; a link may be split across two. */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

describeEachEngine('online meeting link', (engine) => {
  const concord = useConcord(engine);
  let event: { slug: string; id: string };
  let organisationId: string;
  type Reader = { client: TestClient; token: string; email?: string };
  const readers = {} as Record<
    'visitor' | 'outsider' | 'waitlisted' | 'confirmed' | 'organiser' | 'admin',
    Reader
  >;

  const tokenFor = (person: { id: string; name: string; email: string }, isAdmin = false) => {
    const actor: Actor = { ...person, isAdmin, locale: null, sessionId: 's' };
    return createApiToken(concord().accounts, actor, 'test');
  };
  const signedIn = async (name: string) => {
    const person = await registrant(concord(), name);
    return { ...person, token: await tokenFor(person) };
  };
  const api = async (token: string) => {
    const response = await concord().app.request(`/api/v1/events/${event.slug}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    expect(response.status).toBe(200);
    return { text: await response.clone().text(), json: await response.json() };
  };

  beforeAll(async () => {
    const organiser = await organiserWithOrganization(concord(), 'Global South NGO Platform');
    organisationId = organiser.organization.id;
    event = await publishedEvent(concord(), organiser, EVENT);
    const confirmed = await signedIn('Aynur Quliyeva');
    const waitlisted = await signedIn('Rəşad Hüseynov');
    const outsider = await signedIn('Kamran Əliyev');
    expect((await register(confirmed.client, event.slug)).status).toBe(303);
    expect((await register(waitlisted.client, event.slug)).status).toBe(303);
    expect((await registrationOf(concord(), event.id, confirmed.id))?.status).toBe('confirmed');
    expect((await registrationOf(concord(), event.id, waitlisted.id))?.status).toBe('waitlisted');
    const admin = await adminClient(concord());
    readers.visitor = { client: concord().client(), token: '' };
    readers.outsider = outsider;
    readers.waitlisted = waitlisted;
    readers.confirmed = confirmed;
    readers.organiser = { client: organiser.client, token: await tokenFor(organiser.actor) };
    readers.admin = {
      client: admin.client,
      token: await tokenFor({ id: admin.id, name: 'Admin', email: admin.email }, true),
    };
  });

  it.each(['visitor', 'outsider', 'waitlisted'] as const)(
    'keeps the link from a %s: page, JSON-LD, API, .ics and programme',
    async (who) => {
      const { client, token } = readers[who];
      const page = await client.get(`/events/${event.slug}`);
      expect(page.status).toBe(200);
      expect(page.html).not.toContain('meet.example.org');
      expect(page.html).toContain('The link to join is given to registered participants.');
      // Search engines learn that it is online, and where to read about it.
      const jsonLd = JSON.parse(
        /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.html)![1]!,
      );
      expect(jsonLd.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
      expect(jsonLd.location[1]).toEqual({
        '@type': 'VirtualLocation',
        url: `${concord().deps.config.baseUrl}/events/${event.slug}`,
      });

      const { text, json } = await api(token);
      expect(text).not.toContain('meet.example.org');
      expect(json.online).toBe(true);
      expect(json).not.toHaveProperty('onlineUrl');

      const ics = await client.get(`/events/${event.slug}/event.ics`);
      expect(ics.status).toBe(200);
      expect(ics.html).toContain('BEGIN:VEVENT');
      expect(ics.html).not.toContain('meet.example.org');

      const programme = await client.get(`/events/${event.slug}/programme`);
      expect(programme.html).not.toContain('meet.example.org');
    },
  );

  it.each(['confirmed', 'organiser', 'admin'] as const)(
    'gives the link to the %s on the page and in the API',
    async (who) => {
      const { client, token } = readers[who];
      const page = await client.get(`/events/${event.slug}`);
      expect(page.html).toContain(`<a href="${LINK}" rel="nofollow noopener">${LINK}</a>`);
      expect(page.html).not.toContain('given to registered participants');
      // Not even a seat-holder's page tells search engines the link.
      expect(
        /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.html)![1],
      ).not.toContain('meet.example.org');
      expect((await api(token)).json).toMatchObject({ online: true, onlineUrl: LINK });
      // The public calendar file is the same for everyone.
      expect((await client.get(`/events/${event.slug}/event.ics`)).html).not.toContain(
        'meet.example.org',
      );
    },
  );

  it('mails the link with the seat and its calendar file, and not to the waiting list', async () => {
    const mail = await lastMailTo(concord(), readers.confirmed.email!);
    expect(mail?.subject).toContain('You are registered');
    expect(mail!.body_text).toContain(`Join online: ${LINK}`);
    const ics = outboxAttachments(mail!).find((a) => a.filename.endsWith('.ics'));
    expect(unfold(ics!.content.toString())).toContain(LINK);

    const waiting = await lastMailTo(concord(), readers.waitlisted.email!);
    expect(waiting?.subject).toContain('waiting list');
    expect(waiting!.body_text).not.toContain('meet.example.org');
    expect(outboxAttachments(waiting!)).toEqual([]);
  });

  it('tells the waiting list of new times without the link, the seat-holder with it', async () => {
    const { client } = readers.organiser;
    await client.get(`/events/${event.slug}/edit`);
    const moved = await client.post(
      `/events/${event.slug}`,
      eventForm(organisationId, {
        ...EVENT,
        startsAt: '2027-10-21T10:00',
        endsAt: '2027-10-21T18:00',
      }),
    );
    expect(moved.status).toBe(303);
    const seat = await lastMailTo(concord(), readers.confirmed.email!);
    expect(seat?.subject).toContain('New dates');
    expect(seat!.body_text).toContain(`Join online: ${LINK}`);
    expect(unfold(outboxAttachments(seat!)[0]!.content.toString())).toContain(LINK);
    const waiting = await lastMailTo(concord(), readers.waitlisted.email!);
    expect(waiting?.subject).toContain('New dates');
    expect(waiting!.body_text).not.toContain('meet.example.org');
    expect(outboxAttachments(waiting!)).toEqual([]);
  });

  it('puts the link in the seat-holder’s personal feed only', async () => {
    const feedOf = async (client: TestClient) => {
      await client.get('/events/feed');
      const created = await client.post('/events/feed', {});
      const url = /id="feed-url" type="text" readonly="" value="([^"]+)"/.exec(created.html)![1]!;
      return (await concord().client().get(new URL(url).pathname)).html;
    };
    const confirmedFeed = await feedOf(readers.confirmed.client);
    expect(unfold(confirmedFeed)).toContain(LINK);
    const waitingFeed = await feedOf(readers.waitlisted.client);
    expect(waitingFeed).not.toContain('meet.example.org');
  });
});
