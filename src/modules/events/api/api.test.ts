/** Events in the JSON API: the list's filters and pages, one event, its programme; both engines. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { eventForm, organiserWithOrganization } from '../../../../test/fixtures/events.js';
import { registrant } from '../../../../test/fixtures/registration.js';
import { translator } from '../../../platform/i18n/index.js';
import { createApiToken } from '../../accounts/index.js';
import { findEventBySlug } from '../event/rows.js';
import { EVENT_FORM_LISTS, EventSaveSchema } from '../event/schema.js';
import { createEvent, transitionEvent } from '../event/service.js';
import { acceptInvitation, sessionInvitations } from '../programme/invitations/service.js';
import { RoomSaveSchema, SessionSaveSchema } from '../programme/schema.js';
import { createRoom, saveSession } from '../programme/service.js';
import { registerForEvent } from '../registration/service.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked by value, not by type
type Json = Record<string, any>;
type OpenApiDocument = {
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
};
type Organiser = Awaited<ReturnType<typeof organiserWithOrganization>>;

/** Upcoming forums beside the named events, so that the list has more than one page. */
const FILLERS = 20;

describeEachEngine('events API', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;
  let organiser: Organiser;
  let other: Organiser;
  let stranger: Organiser;
  let guest: Awaited<ReturnType<typeof registrant>>;
  const slugs = {} as Record<
    'khankendi' | 'webinar' | 'nairobi' | 'past' | 'draft' | 'cancelled' | 'side',
    string
  >;
  const tokens = {} as Record<'organiser' | 'stranger', string>;
  let registrationCode: string;

  const call = (path: string, options: { token?: string; headers?: Json } = {}) =>
    concord().app.request(`/api${path}`, {
      headers: {
        ...(options.token && { authorization: `Bearer ${options.token}` }),
        ...options.headers,
      },
    });
  const read = async (response: Response) => ({
    status: response.status,
    body: (await response.json()) as Json,
  });
  const document = async () => (await (await call('/openapi.json')).json()) as OpenApiDocument;

  /** An event made through the service from the form's values; published unless told. */
  async function make(
    who: Organiser,
    changes: Record<string, string | string[]>,
    status: 'draft' | 'published' | 'cancelled' | 'finished' = 'published',
  ) {
    const form = eventForm(who.organization.id, changes);
    const values: Record<string, string | string[]> = Object.fromEntries(form);
    for (const list of EVENT_FORM_LISTS) values[list] = form.getAll(list);
    const created = await createEvent(concord().events, who.actor, EventSaveSchema.parse(values));
    if (!created.ok) throw new Error(JSON.stringify(created.problems));
    const moves = { draft: [], published: ['publish'], cancelled: ['cancel'] } as const;
    for (const to of status === 'finished' ? (['publish', 'finish'] as const) : moves[status]) {
      const row = await findEventBySlug(db(), created.slug);
      const moved = await transitionEvent(concord().events, who.actor, row!, to);
      if (!moved.ok) throw new Error(moved.problem.key);
    }
    return created.slug;
  }

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Qarabağ Dirçəliş Birliyi');
    other = await organiserWithOrganization(concord(), 'Sahel Water Alliance');
    stranger = await organiserWithOrganization(concord(), 'Stranger Union');
    tokens.organiser = await createApiToken(concord().accounts, organiser.actor, 'test');
    tokens.stranger = await createApiToken(concord().accounts, stranger.actor, 'test');

    slugs.khankendi = await make(organiser, {
      titleEn: 'Cooperation Forum',
      titleAz: 'Əməkdaşlıq Forumu',
      titleRu: 'Форум сотрудничества',
      descriptionAz: 'Yüzlərlə QHT nümayəndəsi.',
      venueCity: 'Xankəndi',
      sdgs: ['16'],
      capacity: '50',
      startsAt: '2028-01-10T10:00',
      endsAt: '2028-01-10T18:00',
    });
    slugs.webinar = await make(other, {
      kind: 'webinar',
      titleEn: 'Water data webinar',
      titleAz: '',
      venueName: '',
      venueAddress: '',
      venueCity: '',
      venueCountry: '',
      onlineUrl: 'https://meet.example.org/water',
      sdgs: ['6'],
      registrationMode: 'closed',
      startsAt: '2028-01-11T10:00',
      endsAt: '2028-01-11T11:00',
    });
    slugs.nairobi = await make(other, {
      kind: 'conference',
      titleEn: 'Nairobi civic space conference',
      titleAz: '',
      timeZone: 'Africa/Nairobi',
      venueName: 'KICC',
      venueCity: 'Nairobi',
      venueCountry: 'KE',
      sdgs: ['16'],
      startsAt: '2028-01-12T09:00',
      endsAt: '2028-01-12T17:00',
    });
    slugs.side = await make(other, {
      kind: 'side_event',
      titleEn: 'Youth side event',
      titleAz: '',
      parent: slugs.khankendi,
      sdgs: [],
      startsAt: '2028-01-10T13:00',
      endsAt: '2028-01-10T14:00',
    });
    slugs.past = await make(
      organiser,
      { titleEn: 'Past Forum 2025', startsAt: '2025-10-20T10:00', endsAt: '2025-10-20T18:00' },
      'finished',
    );
    slugs.draft = await make(
      organiser,
      { titleEn: 'Secret draft forum', startsAt: '2028-02-01T10:00', endsAt: '2028-02-01T12:00' },
      'draft',
    );
    slugs.cancelled = await make(
      organiser,
      { titleEn: 'Called-off forum', startsAt: '2028-03-01T10:00', endsAt: '2028-03-01T12:00' },
      'cancelled',
    );
    for (let n = 1; n <= FILLERS; n++) {
      await make(organiser, {
        titleEn: `Regional forum ${n}`,
        titleAz: '',
        sdgs: [],
        startsAt: `2029-04-${String(n).padStart(2, '0')}T10:00`,
        endsAt: `2029-04-${String(n).padStart(2, '0')}T12:00`,
      });
    }

    // A listed participant, and a programme with a platform person and a guest speaking.
    const forum = (await findEventBySlug(db(), slugs.khankendi))!;
    guest = await registrant(concord(), 'Leyla Məmmədova');
    const guestActor = { ...organiser.actor, id: guest.id, name: guest.name, email: guest.email };
    const registered = await registerForEvent(concord().events, guestActor, forum, {
      listed: true,
    });
    if (!registered.ok) throw new Error('registration');
    registrationCode = (await db()
      .selectFrom('event_registrations')
      .select('code')
      .where('person_id', '=', guest.id)
      .executeTakeFirstOrThrow())!.code;
    const room = await createRoom(
      concord().events,
      organiser.actor,
      forum,
      RoomSaveSchema.parse({ name: 'Hall A', capacity: '200' }),
    );
    if (!room.ok) throw new Error('room');
    const session = SessionSaveSchema(forum.time_zone).parse({
      kind: 'panel',
      titleEn: 'Civic space panel',
      titleAz: 'Vətəndaş məkanı paneli',
      descriptionEn: 'Who speaks for whom.',
      startsAt: '2028-01-10T11:00',
      endsAt: '2028-01-10T12:30',
      room: room.id,
      track: 'Policy',
      tags: 'civic space, youth',
      sdgs: ['16'],
      moderator: `${guest.email}, Qarabağ Dirçəliş Birliyi`,
      speakers: 'Amina Diallo, Sahel Water Alliance',
    });
    const saved = await saveSession(concord().events, organiser.actor, forum, session, {
      locale: 'en',
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    // Invited by address, she accepts: only then does the programme name her.
    for (const invitation of await sessionInvitations(concord().events, saved.id)) {
      await acceptInvitation(concord().events, guestActor, forum.id, invitation);
    }
  });

  /** Every slug of a listing, following `next` to the last page. */
  async function walk(query: string) {
    const found: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const suffix: string = after ? `&after=${encodeURIComponent(after)}` : '';
      const { status, body } = await read(await call(`/v1/events?${query}${suffix}`));
      expect(status).toBe(200);
      found.push(...body.events.map((e: Json) => e.slug));
      after = body.next;
      pages++;
    } while (after && pages < 10);
    return { slugs: found, pages };
  }
  const listed = async (query: string) => (await walk(query)).slugs;

  describe('GET /v1/events', () => {
    it('lists upcoming public events soonest first, 20 a page, with the schema’s fields', async () => {
      const { status, body } = await read(await call('/v1/events'));
      expect(status).toBe(200);
      expect(body.events).toHaveLength(20);
      expect(typeof body.next).toBe('string');
      expect(body.events.slice(0, 3).map((e: Json) => e.slug)).toEqual([
        slugs.khankendi,
        slugs.side,
        slugs.webinar,
      ]);
      const schema = (await document()).components.schemas.EventSummary!;
      expect(Object.keys(body.events[0]).sort()).toEqual(Object.keys(schema.properties!).sort());
      expect(body.events[0]).toMatchObject({
        slug: slugs.khankendi,
        kind: 'forum',
        status: 'published',
        title: 'Cooperation Forum',
        titleLang: 'en',
        startsAt: '2028-01-10T10:00:00+04:00',
        endsAt: '2028-01-10T18:00:00+04:00',
        timeZone: 'Asia/Baku',
        city: 'Xankəndi',
        country: 'AZ',
        countryName: 'Azerbaijan',
        online: false,
      });
      expect(body.events[0].url).toMatch(new RegExp(`/api/v1/events/${slugs.khankendi}$`));
    });

    it('walks every page by the next cursor: public ones only, no draft, no past', async () => {
      const { slugs: all, pages } = await walk('');
      expect(pages).toBe(2);
      expect(all).toHaveLength(4 + 1 + FILLERS); // four named upcoming, the cancelled one, fillers
      expect(new Set(all).size).toBe(all.length);
      expect(all).toContain(slugs.cancelled);
      expect(all).not.toContain(slugs.draft);
      expect(all).not.toContain(slugs.past);
      expect(await listed('when=past')).toEqual([slugs.past]);
    });

    it('filters by kind, country, organiser, goal and search, as the events page does', async () => {
      expect(await listed('kind=webinar')).toEqual([slugs.webinar]);
      expect(await listed('country=KE')).toEqual([slugs.nairobi]);
      expect(await listed('country=ke')).toEqual([slugs.nairobi]);
      expect(await listed(`org=${other.organization.slug}`)).toEqual([
        slugs.side,
        slugs.webinar,
        slugs.nairobi,
      ]);
      expect(await listed(`org=${stranger.organization.slug}`)).toEqual([]);
      // The cancelled forum keeps the form's default goals (16, 17); the draft has them too.
      expect(await listed('sdg=16')).toEqual([slugs.khankendi, slugs.nairobi, slugs.cancelled]);
      expect(await listed('q=xankendi')).toContain(slugs.khankendi);
      expect(await listed('q=xankendi')).not.toContain(slugs.nairobi);
      expect(await listed('q=secret')).toEqual([]); // a draft is not found by search either
      expect(await listed('kind=conference&country=KE&sdg=6')).toEqual([]);
      expect(await listed('when=past&q=forum')).toEqual([slugs.past]);
    });

    it('answers 422 naming each bad parameter, in the caller’s language', async () => {
      const bad = `when=soon&kind=party&country=XX&sdg=18&org=Not%20A%20Slug&after=nope&q=${'x'.repeat(201)}`;
      for (const locale of ['en', 'ru'] as const) {
        const t = translator(locale);
        const { status, body } = await read(
          await call(`/v1/events?${bad}`, { headers: { 'accept-language': locale } }),
        );
        expect(status).toBe(422);
        expect(body).toEqual({
          error: {
            code: 'api.error.validation',
            message: t('api.error.validation'),
            fields: {
              when: t('api.error.invalid'),
              kind: t('validation.event.kind.invalid'),
              country: t('validation.event.venueCountry.invalid'),
              sdg: t('validation.event.sdgs.invalid'),
              org: t('api.error.invalid'),
              after: t('api.error.invalid'),
              q: t('validation.text.tooLong'),
            },
          },
        });
      }
      const half = await read(await call('/v1/events?sdg=1.5'));
      expect(half.status).toBe(422);
      expect(Object.keys(half.body.error.fields)).toEqual(['sdg']);
    });
  });

  describe('GET /v1/events/{slug}', () => {
    it('returns the event as its page shows it, with the schema’s fields and links', async () => {
      const { status, body } = await read(
        await call(`/v1/events/${slugs.khankendi}`, { headers: { 'accept-language': 'az' } }),
      );
      expect(status).toBe(200);
      const schema = (await document()).components.schemas.Event!;
      expect(Object.keys(body).sort()).toEqual(Object.keys(schema.properties!).sort());
      const base = concord().deps.config.baseUrl;
      expect(body).toMatchObject({
        slug: slugs.khankendi,
        kind: 'forum',
        status: 'published',
        title: 'Əməkdaşlıq Forumu',
        titleLang: 'az',
        titles: {
          az: 'Əməkdaşlıq Forumu',
          en: 'Cooperation Forum',
          ru: 'Форум сотрудничества',
        },
        description: 'Yüzlərlə QHT nümayəndəsi.',
        descriptionLang: 'az',
        startsAt: '2028-01-10T10:00:00+04:00',
        endsAt: '2028-01-10T18:00:00+04:00',
        timeZone: 'Asia/Baku',
        venue: {
          name: 'Xankəndi Konqres Mərkəzi',
          address: 'Azadlıq küçəsi 1',
          city: 'Xankəndi',
          country: 'AZ',
          countryName: 'Azərbaycan',
        },
        online: false,
        onlineUrl: null,
        organizers: [{ slug: organiser.organization.slug, name: 'Qarabağ Dirçəliş Birliyi' }],
        sdgs: [16],
        parent: null,
        sideEvents: [
          {
            slug: slugs.side,
            title: 'Youth side event',
            status: 'published',
            url: `${base}/api/v1/events/${slugs.side}`,
          },
        ],
        registration: {
          mode: 'open',
          open: true,
          closedReason: null,
          deadline: null,
          capacity: 50,
          confirmed: 1,
          waitlisted: 0,
          seatsLeft: 49,
          organizations: [],
        },
        links: {
          self: `${base}/api/v1/events/${slugs.khankendi}`,
          page: `${base}/events/${slugs.khankendi}`,
          programme: `${base}/api/v1/events/${slugs.khankendi}/programme`,
          figures: `${base}/events/${slugs.khankendi}/figures.json`,
          calendar: `${base}/events/${slugs.khankendi}/event.ics`,
        },
      });
      // The links lead somewhere: the figures JSON is served where the event says.
      const figures = await concord().app.request(new URL(body.links.figures).pathname);
      expect(figures.status).toBe(200);
      expect((await figures.json()).event.slug).toBe(slugs.khankendi);
    });

    it('tells a side event’s host, that it is online and why registration is closed', async () => {
      const side = (await read(await call(`/v1/events/${slugs.side}`))).body;
      expect(side.parent).toEqual({
        slug: slugs.khankendi,
        title: 'Cooperation Forum',
        url: `${concord().deps.config.baseUrl}/api/v1/events/${slugs.khankendi}`,
      });
      const webinar = (await read(await call(`/v1/events/${slugs.webinar}`))).body;
      expect(webinar).toMatchObject({
        venue: null,
        online: true,
        registration: { mode: 'closed', open: false, closedReason: 'registration.refused.closed' },
      });
      // The link itself only for its organisers and those holding a seat.
      expect(webinar).not.toHaveProperty('onlineUrl');
      const cancelled = (await read(await call(`/v1/events/${slugs.cancelled}`))).body;
      expect(cancelled.status).toBe('cancelled');
      expect(cancelled.registration.open).toBe(false);
    });

    it('leaks nothing private: no e-mail, registration code, internal id or creator', async () => {
      for (const path of [
        `/v1/events/${slugs.khankendi}`,
        `/v1/events/${slugs.khankendi}/programme`,
      ]) {
        const text = await (await call(path, { token: tokens.organiser })).text();
        expect(text).not.toContain(guest.email);
        expect(text).not.toContain(organiser.actor.email);
        expect(text).not.toContain(registrationCode);
        expect(text).not.toContain(organiser.organization.id);
        expect(text).not.toContain(organiser.actor.id);
        expect(text).not.toMatch(/created_by|person_id|confirmed_count|"code"/);
      }
      const list = await (await call('/v1/events')).text();
      expect(list).not.toMatch(/"id"|online_url|meet\.example\.org/);
    });

    it('answers 404 to unknown slugs and to drafts, except for the draft’s organisers', async () => {
      for (const [path, token] of [
        ['/v1/events/no-such-event', undefined],
        [`/v1/events/${slugs.draft}`, undefined],
        [`/v1/events/${slugs.draft}`, tokens.stranger],
        [`/v1/events/${slugs.draft}/programme`, undefined],
        ['/v1/events/no-such-event/programme', undefined],
      ] as const) {
        const { status, body } = await read(await call(path, { token }));
        expect({ path, status }).toEqual({ path, status: 404 });
        expect(body).toEqual({
          error: { code: 'error.404', message: 'We could not find that page.' },
        });
      }
      const own = await read(await call(`/v1/events/${slugs.draft}`, { token: tokens.organiser }));
      expect(own.status).toBe(200);
      expect(own.body.status).toBe('draft');
      // The organiser's token does not put the draft into the public list.
      const { body } = await read(await call('/v1/events?q=secret', { token: tokens.organiser }));
      expect(body.events).toEqual([]);
    });
  });

  describe('GET /v1/events/{slug}/programme', () => {
    it('gives sessions with room, times, public names of speakers, track, tags and goals', async () => {
      const { status, body } = await read(await call(`/v1/events/${slugs.khankendi}/programme`));
      expect(status).toBe(200);
      const schemas = (await document()).components.schemas;
      expect(Object.keys(body).sort()).toEqual(Object.keys(schemas.Programme!.properties!).sort());
      expect(body).toMatchObject({
        event: { slug: slugs.khankendi, title: 'Cooperation Forum' },
        timeZone: 'Asia/Baku',
        rooms: ['Hall A'],
        tracks: ['Policy'],
        tags: ['civic space', 'youth'],
      });
      expect(body.sessions).toHaveLength(1);
      const [session] = body.sessions;
      expect(Object.keys(session).sort()).toEqual(
        Object.keys(schemas.ProgrammeSession!.properties!).sort(),
      );
      expect(session).toMatchObject({
        kind: 'panel',
        title: 'Civic space panel',
        titles: { en: 'Civic space panel', az: 'Vətəndaş məkanı paneli' },
        description: 'Who speaks for whom.',
        startsAt: '2028-01-10T11:00:00+04:00',
        endsAt: '2028-01-10T12:30:00+04:00',
        day: '2028-01-10',
        room: 'Hall A',
        track: 'Policy',
        tags: ['civic space', 'youth'],
        sdgs: [16],
        moderators: [{ name: 'Leyla Məmmədova', organization: 'Qarabağ Dirçəliş Birliyi' }],
        speakers: [{ name: 'Amina Diallo', organization: 'Sahel Water Alliance' }],
      });
      // The id is the programme page's anchor for the session.
      const page = await concord().client().get(`/events/${slugs.khankendi}/programme`);
      expect(page.html).toContain(`id="session-${session.id}"`);
    });

    describe('in the reader’s language', () => {
      let slug: string;
      let ownLocale: string | null;
      const setLocale = (locale: string | null) =>
        db().updateTable('people').set({ locale }).where('id', '=', organiser.actor.id).execute();
      afterAll(() => setLocale(ownLocale));
      beforeAll(async () => {
        // The token owner's language wins over Accept-Language: here they have none, until
        // the test of that order gives them one.
        ownLocale = (
          await db()
            .selectFrom('people')
            .select('locale')
            .where('id', '=', organiser.actor.id)
            .executeTakeFirstOrThrow()
        ).locale;
        await setLocale(null);
        // A draft, so that the public lists the other tests count stay as they are.
        slug = await make(
          organiser,
          {
            titleEn: 'Translated programme forum',
            venueName: 'Bakı Konqres Mərkəzi',
            startsAt: '2028-05-10T10:00',
            endsAt: '2028-05-10T18:00',
          },
          'draft',
        );
        const forum = (await findEventBySlug(db(), slug))!;
        const room = await createRoom(
          concord().events,
          organiser.actor,
          forum,
          RoomSaveSchema.parse({ name: 'Hall B', nameAz: 'B zalı', nameRu: 'Зал B' }),
        );
        if (!room.ok) throw new Error('room');
        const session = SessionSaveSchema(forum.time_zone).parse({
          kind: 'workshop',
          titleEn: 'Return and housing',
          startsAt: '2028-05-10T11:00',
          endsAt: '2028-05-10T12:00',
          room: room.id,
          track: 'Great Return',
          trackAz: 'Böyük Qayıdış',
          trackRu: 'Великое возвращение',
          tags: 'youth, housing',
          tagsAz: 'gənclər, mənzil',
          tagsRu: 'молодёжь, жильё',
        });
        const saved = await saveSession(concord().events, organiser.actor, forum, session, {
          locale: 'en',
        });
        if (!saved.ok) throw new Error(JSON.stringify(saved));
      });

      const programmeIn = async (query: string, headers: Json = {}) =>
        read(
          await call(`/v1/events/${slug}/programme${query}`, { token: tokens.organiser, headers }),
        );
      const translations = {
        room: { az: 'B zalı', ru: 'Зал B' },
        track: { az: 'Böyük Qayıdış', ru: 'Великое возвращение' },
        housing: { az: 'mənzil', ru: 'жильё' },
        youth: { az: 'gənclər', ru: 'молодёжь' },
      };

      it('gives room, track and topics in Azerbaijani and Russian, with their language', async () => {
        for (const [lang, expected] of [
          [
            'az',
            {
              room: 'B zalı',
              track: 'Böyük Qayıdış',
              tags: ['gənclər', 'mənzil'],
              values: ['youth', 'housing'],
            },
          ],
          [
            'ru',
            {
              room: 'Зал B',
              track: 'Великое возвращение',
              tags: ['жильё', 'молодёжь'],
              values: ['housing', 'youth'],
            },
          ],
        ] as const) {
          const { status, body } = await programmeIn('', { 'accept-language': lang });
          expect(status).toBe(200);
          const [session] = body.sessions;
          expect(session).toMatchObject({
            room: expected.room,
            roomLang: lang,
            roomTranslations: translations.room,
            track: expected.track,
            trackLang: lang,
            trackTranslations: translations.track,
            trackValue: 'Great Return',
            tags: expected.tags,
          });
          expect(session.topics).toEqual(
            expected.values.map((value, i) => ({
              value,
              label: expected.tags[i],
              lang,
              translations: translations[value],
            })),
          );
          expect(body).toMatchObject({
            rooms: [expected.room],
            tracks: [expected.track],
            tags: expected.tags,
          });
        }
      });

      it('gives a name with no English translation as first written, its language null', async () => {
        const { body } = await programmeIn('', { 'accept-language': 'en' });
        expect(body.sessions[0]).toMatchObject({
          room: 'Hall B',
          roomLang: null,
          track: 'Great Return',
          trackLang: null,
          tags: ['housing', 'youth'],
        });
        expect(body.sessions[0].topics[0]).toEqual({
          value: 'housing',
          label: 'housing',
          lang: null,
          translations: translations.housing,
        });
      });

      it('takes ?lang before Accept-Language and the token owner’s language, and refuses another', async () => {
        const byLang = await call(`/v1/events/${slug}/programme?lang=ru`, {
          token: tokens.organiser,
          headers: { 'accept-language': 'az' },
        });
        expect(byLang.headers.get('content-language')).toBe('ru');
        expect((await read(byLang)).body.sessions[0].track).toBe('Великое возвращение');

        await setLocale('az');
        try {
          const owner = await programmeIn('', { 'accept-language': 'ru' });
          expect(owner.body.sessions[0].room).toBe('B zalı');
          const asked = await programmeIn('?lang=en', { 'accept-language': 'ru' });
          expect(asked.body.sessions[0].room).toBe('Hall B');
        } finally {
          await setLocale(null);
        }

        // Titles and the list follow the same choice.
        const listed = await read(await call(`/v1/events?lang=az`));
        expect(listed.body.events.map((e: Json) => e.title)).toContain('Əməkdaşlıq Forumu');
        const refused = await read(
          await call(`/v1/events/${slug}/programme?lang=fr`, {
            headers: { 'accept-language': 'ru' },
          }),
        );
        expect(refused).toEqual({
          status: 422,
          body: {
            error: {
              code: 'api.error.validation',
              message: translator('ru')('api.error.validation'),
              fields: { lang: 'Выберите один из языков: en, az, ru' },
            },
          },
        });
      });
    });

    it('answers an event without sessions with an empty programme', async () => {
      const { status, body } = await read(await call(`/v1/events/${slugs.nairobi}/programme`));
      expect(status).toBe(200);
      expect(body).toMatchObject({ timeZone: 'Africa/Nairobi', sessions: [], rooms: [] });
    });
  });

  describe('the document and the reference page', () => {
    it('describes the event paths, their schemas and the 422 of the list', async () => {
      const doc = await document();
      expect(Object.keys(doc.paths['/v1/events']!)).toEqual(['get']);
      expect(Object.keys(doc.paths['/v1/events/{slug}']!)).toEqual(['get']);
      expect(Object.keys(doc.paths['/v1/events/{slug}/programme']!)).toEqual(['get']);
      expect(Object.keys(doc.paths['/v1/events/{slug}']!.get!.responses).sort()).toEqual([
        '200',
        '404',
      ]);
      expect(Object.keys(doc.paths['/v1/events']!.get!.responses)).toContain('422');
      for (const name of ['Event', 'EventSummary', 'EventPage', 'Programme', 'ProgrammeSession']) {
        expect(doc.components.schemas[name], name).toBeDefined();
      }
      // Every call takes ?lang, declared once.
      const lang = { $ref: '#/components/parameters/lang' };
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(item)) {
          expect({ path, method, parameters: (op as Json).parameters }).toEqual({
            path,
            method,
            parameters: expect.arrayContaining([lang]),
          });
        }
      }
      expect((doc as Json).components.parameters.lang).toMatchObject({
        in: 'query',
        schema: { enum: ['en', 'az', 'ru'] },
      });
      expect((doc as Json).info.description).toContain('`lang`');
      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)];
      for (const [, name] of refs) expect(doc.components.schemas[name!], name).toBeDefined();
    });

    it('lists the event endpoints on /api, and how to choose their language', async () => {
      const html = await (await concord().app.request('/api')).text();
      expect(html).toContain('in the language you choose with the lang parameter (az, en or ru)');
      for (const line of [
        'GET /api/v1/events',
        'GET /api/v1/events/{slug}',
        'GET /api/v1/events/{slug}/programme',
      ]) {
        expect(html).toContain(line);
      }
    });
  });
});
