/**
 * Rooms, tracks and topics in the reader's language: organisers give them in each language on
 * the room and session forms, and the programme, its filters and the event page show them.
 */
import { beforeAll, expect, it } from 'vitest';
import { useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { organiserWithOrganization } from '../../../../test/fixtures/events.js';
import { addSession, sessionForm } from '../../../../test/fixtures/programme.js';
import { publishedEvent } from '../../../../test/fixtures/registration.js';

describeEachEngine('programme in the reader’s language', (engine) => {
  const concord = useConcord(engine);
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let slug: string;
  let room: string;
  let session: string;

  const visitor = async (locale: 'az' | 'ru' | 'en', path: string) => {
    const client = concord().client();
    await client.get(`/locale/${locale}?next=/`);
    return client.get(path);
  };

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Xankəndi Gənclər Birliyi');
    ({ slug } = await publishedEvent(concord(), organiser));
    await organiser.client.get(`/events/${slug}/programme/rooms`);
    const added = await organiser.client.post(`/events/${slug}/programme/rooms`, {
      name: 'Hall A',
      nameAz: 'A zalı',
      nameEn: '',
      nameRu: 'Зал A',
      capacity: '100',
    });
    expect(added.status, added.html.slice(0, 2000)).toBe(303);
    room = (
      await concord()
        .deps.db.kysely.selectFrom('rooms')
        .select('id')
        .where('name', '=', 'Hall A')
        .executeTakeFirstOrThrow()
    ).id;
    session = await addSession(concord(), organiser.client, slug, {
      titleEn: 'The Great Return',
      startsAt: '2027-10-20T10:00',
      endsAt: '2027-10-20T11:00',
      room,
      track: 'Great Return',
      trackAz: 'Böyük Qayıdış',
      trackRu: 'Великое возвращение',
      tags: 'Housing, Return',
      tagsAz: 'mənzil, qayıdış',
      tagsRu: 'жильё, возвращение',
    });
  });

  it('stores each text beside the original, as titles are stored', async () => {
    const db = concord().deps.db.kysely;
    const stored = await db
      .selectFrom('rooms')
      .select('name_translations')
      .where('id', '=', room)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.name_translations)).toEqual({ az: 'A zalı', ru: 'Зал A' });
    const row = await db
      .selectFrom('event_sessions')
      .select(['track', 'track_translations'])
      .where('id', '=', session)
      .executeTakeFirstOrThrow();
    expect(row.track).toBe('Great Return');
    expect(JSON.parse(row.track_translations)).toEqual({
      az: 'Böyük Qayıdış',
      ru: 'Великое возвращение',
    });
    const tags = await db
      .selectFrom('session_tags')
      .select(['tag', 'tag_translations'])
      .where('session_id', '=', session)
      .orderBy('tag')
      .execute();
    expect(tags.map((t) => [t.tag, JSON.parse(t.tag_translations)])).toEqual([
      ['housing', { az: 'mənzil', ru: 'жильё' }],
      ['return', { az: 'qayıdış', ru: 'возвращение' }],
    ]);
  });

  it('shows the room, track and topics in Russian and Azerbaijani, the filters keeping their values', async () => {
    const ru = await visitor('ru', `/events/${slug}/programme`);
    expect(ru.status).toBe(200);
    expect(ru.html).toContain('<span> · Зал A</span>');
    expect(ru.html).toContain('<span class="badge muted">Великое возвращение</span>');
    expect(ru.html).toContain('<dd>возвращение, жильё</dd>');
    expect(ru.html).toMatch(/<option value="Great Return"[^>]*>Великое возвращение<\/option>/);
    expect(ru.html).toMatch(/<option value="housing"[^>]*>жильё<\/option>/);
    expect(ru.html).not.toContain('Hall A');

    const az = await visitor('az', `/events/${slug}/programme?topic=housing`);
    expect(az.html).toContain('<span> · A zalı</span>');
    expect(az.html).toContain('<span class="badge muted">Böyük Qayıdış</span>');
    // In the Azerbaijani alphabet q comes before m.
    expect(az.html).toContain('<dd>qayıdış, mənzil</dd>');
    expect(az.html).toMatch(/<option value="housing" selected[^>]*>mənzil<\/option>/);

    // English has no text of its own here: its readers see the texts as first given.
    const en = await visitor('en', `/events/${slug}/programme`);
    expect(en.html).toContain('<span> · Hall A</span>');
    expect(en.html).toContain('<span class="badge muted">Great Return</span>');
    expect(en.html).toContain('<dd>housing, return</dd>');
  });

  it('names the room in the reader’s language on the event page and in the PDF’s language', async () => {
    const ru = await visitor('ru', `/events/${slug}`);
    expect(ru.html).toContain(' · Зал A — ');
    const pdf = await visitor('ru', `/events/${slug}/programme.pdf`);
    expect(pdf.status).toBe(200);
  });

  it('fills the forms with the texts in each language', async () => {
    const edit = await organiser.client.get(`/events/${slug}/programme/sessions/${session}/edit`);
    expect(edit.html).toMatch(/name="trackRu" type="text" value="Великое возвращение"/);
    expect(edit.html).toMatch(/name="tagsAz" type="text" value="mənzil, qayıdış"/);
    expect(edit.html).toMatch(/name="tagsEn" type="text" value=""/);
    const roomForm = await organiser.client.get(`/events/${slug}/programme/rooms/${room}/edit`);
    expect(roomForm.html).toMatch(/name="nameAz" type="text" value="A zalı"/);
  });

  it('refuses topics in a language that do not match the topics one for one, keeping the input', async () => {
    await organiser.client.get(`/events/${slug}/programme/sessions/new`);
    const page = await organiser.client.post(
      `/events/${slug}/programme/sessions`,
      sessionForm({
        startsAt: '2027-10-20T12:00',
        endsAt: '2027-10-20T13:00',
        tags: 'water, youth',
        tagsRu: 'вода',
      }),
    );
    expect(page.status).toBe(422);
    expect(page.html).toContain('Give as many topics as above, in the same order');
    expect(page.html).toMatch(/id="field-tagsRu"[^>]*aria-invalid="true"/);
    expect(page.html).toMatch(/name="tagsRu" type="text" value="вода"/);
  });
});
