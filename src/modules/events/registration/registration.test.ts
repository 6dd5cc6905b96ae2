import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import {
  eventForm,
  organiserWithOrganization,
  slugFrom,
} from '../../../../test/fixtures/events.js';
import {
  lastMailTo,
  publishedEvent,
  register,
  registrant,
  registrationOf,
  seats,
} from '../../../../test/fixtures/registration.js';
import { outboxAttachments } from '../../../platform/mail/index.js';
import { displayCode, normalizeCode } from './code.js';
import { participantsCsv } from './participants/service.js';

describe('registration codes', () => {
  it('reads what people type: any case, with or without the dash, O for 0 and I or L for 1', () => {
    expect(normalizeCode('abcd-2345')).toBe('ABCD2345');
    expect(normalizeCode(' ABCD 2345 ')).toBe('ABCD2345');
    expect(normalizeCode('oo1l-iabc')).toBe('00111ABC');
    expect(normalizeCode('ABCD-234')).toBeUndefined();
    expect(normalizeCode('ABCD-234U')).toBeUndefined();
    expect(displayCode('ABCD2345')).toBe('ABCD-2345');
  });
});

describeEachEngine('event registration', (engine) => {
  const concord = useConcord(engine);
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Qarabağ Dirçəliş Birliyi');
  });

  it('confirms while seats last, then waitlists, and promotes the longest-waiting on cancel', async () => {
    const event = await publishedEvent(concord(), organiser, { capacity: '2' });
    const people: Awaited<ReturnType<typeof registrant>>[] = [];
    for (const name of ['Aysel', 'Babək', 'Cavid', 'Dilarə']) {
      people.push(await registrant(concord(), name));
    }
    for (const person of people) {
      const page = await register(person.client, event.slug);
      expect(page.status).toBe(303);
    }
    const statuses = async () =>
      Promise.all(
        people.map(async (p) => (await registrationOf(concord(), event.id, p.id))?.status),
      );
    expect(await statuses()).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    expect((await lastMailTo(concord(), people[2]!.email))?.subject).toContain(
      'You are on the waiting list',
    );

    // Registering again while registered changes nothing.
    expect((await register(people[0]!.client, event.slug)).status).toBe(303);
    expect(await statuses()).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);

    // Babək cancels: Cavid, who waited longest, gets the seat and a mail with his code.
    await people[1]!.client.get(`/events/${event.slug}/registration`);
    const cancelled = await people[1]!.client.post(`/events/${event.slug}/registration/cancel`, {
      confirm: 'yes',
    });
    expect(cancelled.status).toBe(303);
    expect(await statuses()).toEqual(['confirmed', 'cancelled', 'confirmed', 'waitlisted']);
    const promoted = await lastMailTo(concord(), people[2]!.email);
    expect(promoted?.subject).toContain('A seat is yours');
    const cavid = await registrationOf(concord(), event.id, people[2]!.id);
    expect(promoted?.body_text).toContain(displayCode(cavid!.code));
    expect((await lastMailTo(concord(), people[1]!.email))?.subject).toContain(
      'Registration cancelled',
    );

    // Babək registers again: the same row and code, at the end of the queue.
    const before = await registrationOf(concord(), event.id, people[1]!.id);
    expect((await register(people[1]!.client, event.slug)).status).toBe(303);
    const again = await registrationOf(concord(), event.id, people[1]!.id);
    expect(again).toMatchObject({ id: before!.id, code: before!.code, status: 'waitlisted' });
    expect(again!.queued_at > before!.queued_at).toBe(true);

    // An organiser cancels Aysel: Dilarə (queued before Babək's return) moves up, not Babək.
    const aysel = await registrationOf(concord(), event.id, people[0]!.id);
    await organiser.client.get(`/events/${event.slug}/participants`);
    const byOrganiser = await organiser.client.post(`/events/${event.slug}/participants/cancel`, {
      registration: aysel!.id,
    });
    expect(byOrganiser.status).toBe(303);
    expect(await statuses()).toEqual(['cancelled', 'waitlisted', 'confirmed', 'confirmed']);
    expect((await lastMailTo(concord(), people[0]!.email))?.body_text).toContain(
      'The organisers have cancelled',
    );
    const counted = await seats(concord(), event.id);
    expect(counted.counters).toEqual(counted.rows);
    expect(counted.counters).toMatchObject({ confirmed: 2, waitlisted: 1 });
  });

  it('mails the confirmation with the event as .ics and the code as a QR PNG, and shows the code', async () => {
    const event = await publishedEvent(concord(), organiser, { capacity: '10' });
    const person = await registrant(concord(), 'Elvin Quliyev');
    const page = await register(person.client, event.slug);
    expect(page.location).toBe(
      `/events/${event.slug}/registration?notice=registration.notice.confirmed`,
    );
    const row = await registrationOf(concord(), event.id, person.id);
    expect(row).toMatchObject({ status: 'confirmed', listed: 0, organization_id: null });
    expect(row!.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);

    const mail = await lastMailTo(concord(), person.email);
    expect(mail?.subject).toBe('You are registered: Azerbaijan NGOs Cooperation Forum');
    expect(mail?.body_text).toContain(displayCode(row!.code));
    const [ics, png] = outboxAttachments(mail!);
    expect(ics?.contentType).toMatch(/^text\/calendar/);
    const vevent = new ICAL.Component(
      ICAL.parse(ics!.content.toString('utf8')),
    ).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('summary')).toBe('Azerbaijan NGOs Cooperation Forum');
    const start = vevent.getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).toBe('Asia/Baku');
    expect(String(start.getFirstValue())).toBe('2027-10-20T10:00:00');
    expect(png?.contentType).toBe('image/png');
    expect([...png!.content.subarray(0, 8)]).toEqual([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ]);

    const mine = await person.client.get(page.location!);
    expect(mine.html).toContain(displayCode(row!.code));
    const svg = /<svg[\s\S]*?<\/svg>/.exec(mine.html)?.[0];
    expect(svg).toBeDefined();
    expect(svg).not.toMatch(/style=/);
    expect(mine.html).toContain('You are registered.');
  });

  it('registers on behalf of an organisation the person belongs to, and refuses another', async () => {
    const event = await publishedEvent(concord(), organiser, { capacity: '10' });
    const member = await organiserWithOrganization(concord(), 'Gənc Liderlər Assosiasiyası');
    const page = await member.client.get(`/events/${event.slug}`);
    // The person's only organisation is preselected.
    expect(page.html).toMatch(
      new RegExp(`name="onBehalfOf" value="${member.organization.id}" checked=""`),
    );
    const refused = await register(member.client, event.slug, {
      onBehalfOf: organiser.organization.id,
    });
    expect(refused.status).toBe(422);
    expect(await registrationOf(concord(), event.id, member.actor.id)).toBeUndefined();
    const done = await register(member.client, event.slug, {
      onBehalfOf: member.organization.id,
      listed: 'on',
    });
    expect(done.status).toBe(303);
    expect(await registrationOf(concord(), event.id, member.actor.id)).toMatchObject({
      organization_id: member.organization.id,
      status: 'confirmed',
    });
    // The public sees the organisation of a listed participant, and counts.
    const visitor = await concord().client().get(`/events/${event.slug}`);
    expect(visitor.html).toContain('Gənc Liderlər Assosiasiyası');
    expect(visitor.html).toContain('1 participant registered');
    expect(visitor.html).not.toContain(member.actor.email);
  });

  it('offers to list an organisation only to someone who can register for one, and lists only it', async () => {
    const event = await publishedEvent(concord(), organiser, { capacity: '10' });
    // Someone with no organisation is not asked, and a forged choice is not kept.
    const alone = await registrant(concord(), 'Fərid Əliyev');
    const form = await alone.client.get(`/events/${event.slug}`);
    expect(form.html).toContain(`action="/events/${event.slug}/register"`);
    expect(form.html).not.toContain('name="listed"');
    expect((await register(alone.client, event.slug, { listed: 'on' })).status).toBe(303);
    expect(await registrationOf(concord(), event.id, alone.id)).toMatchObject({
      listed: 0,
      organization_id: null,
    });
    // A member is asked, with the rule beside the box; registering only for oneself, the
    // choice is ignored.
    const member = await organiserWithOrganization(concord(), 'Açıq Məkan İctimai Birliyi');
    const offered = await member.client.get(`/events/${event.slug}`);
    expect(offered.html).toMatch(
      /name="listed" id="field-listed" aria-describedby="field-listed-hint"/,
    );
    expect(offered.html).toContain(
      '<p class="hint" id="field-listed-hint">Applies only when you register on behalf of an organisation.</p>',
    );
    const self = await register(member.client, event.slug, { onBehalfOf: 'self', listed: 'on' });
    expect(self.status).toBe(303);
    expect(await registrationOf(concord(), event.id, member.actor.id)).toMatchObject({
      listed: 0,
      organization_id: null,
    });
    const visitor = await concord().client().get(`/events/${event.slug}`);
    expect(visitor.html).toContain('2 participants registered');
    expect(visitor.html).not.toContain('Açıq Məkan İctimai Birliyi');
  });

  it('asks before cancelling: a page says what happens, and only its confirmed form cancels', async () => {
    const event = await publishedEvent(concord(), organiser, { capacity: '10' });
    const person = await registrant(concord(), 'Günel Həsənli');
    await register(person.client, event.slug);
    const mine = await person.client.get(`/events/${event.slug}/registration`);
    const cancelUrl = `/events/${event.slug}/registration/cancel`;
    // The button is a link to the question, not a form that cancels.
    expect(mine.html).toContain(`<a class="button danger" href="${cancelUrl}">`);
    expect(mine.html).not.toContain(`action="${cancelUrl}"`);

    const question = await person.client.get(cancelUrl);
    expect(question.status).toBe(200);
    expect(question.html).toContain('<h1>Cancel your registration?</h1>');
    expect(question.html).toContain('a freed seat goes to the next person on the waiting list');
    expect(question.html).toMatch(
      new RegExp(
        `<form method="post" action="${cancelUrl}" class="stack"><input type="hidden" name="_csrf" value="[^"]+"/><input type="hidden" name="confirm" value="yes"/>`,
      ),
    );
    expect(question.html).toContain(
      `<a href="/events/${event.slug}/registration">No, keep my registration</a>`,
    );
    const confirmed = async () =>
      (await registrationOf(concord(), event.id, person.id))?.status === 'confirmed';

    // Without the answer nothing changes: the question again, saying so.
    const unanswered = await person.client.post(cancelUrl, {});
    expect(unanswered.status).toBe(422);
    expect(unanswered.html).toContain('Nothing has changed yet.');
    expect(unanswered.html).toContain('<h1>Cancel your registration?</h1>');
    expect(await confirmed()).toBe(true);
    // Nor without the CSRF token, answer or not.
    const forged = await person.client.post(cancelUrl, { confirm: 'yes' }, { csrf: null });
    expect(forged.status).toBe(403);
    expect(await confirmed()).toBe(true);

    await person.client.get(cancelUrl);
    const cancelled = await person.client.post(cancelUrl, { confirm: 'yes' });
    expect(cancelled.status).toBe(303);
    expect(cancelled.location).toBe(
      `/events/${event.slug}/registration?notice=registration.notice.cancelled`,
    );
    expect((await registrationOf(concord(), event.id, person.id))?.status).toBe('cancelled');
    // Nothing left to cancel: the question leads back to the registration page; a visitor
    // is asked to sign in first.
    const again = await person.client.get(cancelUrl);
    expect(again.status).toBe(302);
    expect(again.location).toBe(`/events/${event.slug}/registration`);
    const visitor = await concord().client().get(cancelUrl);
    expect(visitor.location).toBe(`/sign-in?next=${cancelUrl}`);
  });

  it('keeps unlisted participants out of the public list', async () => {
    const event = await publishedEvent(concord(), organiser, { capacity: '10' });
    const member = await organiserWithOrganization(concord(), 'Şəffaflıq Təşəbbüsü');
    await register(member.client, event.slug, { onBehalfOf: member.organization.id });
    const visitor = await concord().client().get(`/events/${event.slug}`);
    expect(visitor.html).toContain('1 participant registered');
    expect(visitor.html).not.toContain('Şəffaflıq Təşəbbüsü');
  });

  it('in approval mode, holds requests until organisers approve (a seat, or the queue) or reject', async () => {
    const event = await publishedEvent(concord(), organiser, {
      capacity: '1',
      registrationMode: 'approval',
    });
    const [first, second, third] = [
      await registrant(concord(), 'Fidan'),
      await registrant(concord(), 'Qasım'),
      await registrant(concord(), 'Hicran'),
    ];
    for (const p of [first, second, third]) {
      const page = await register(p!.client, event.slug);
      expect(page.location).toContain('registration.notice.pending');
    }
    expect((await lastMailTo(concord(), first!.email))?.subject).toContain('Registration received');
    expect((await seats(concord(), event.id)).counters).toMatchObject({ confirmed: 0 });
    const id = async (p: { id: string }) => (await registrationOf(concord(), event.id, p.id))!.id;

    const list = await organiser.client.get(`/events/${event.slug}/participants`);
    expect(list.html).toContain('Awaiting approval (3)');
    const decide = (action: string, registration: string) =>
      organiser.client.post(`/events/${event.slug}/participants/${action}`, { registration });
    expect((await decide('approve', await id(first!))).status).toBe(303);
    expect((await decide('approve', await id(second!))).status).toBe(303);
    expect((await decide('reject', await id(third!))).status).toBe(303);
    expect((await registrationOf(concord(), event.id, first!.id))?.status).toBe('confirmed');
    expect((await registrationOf(concord(), event.id, second!.id))?.status).toBe('waitlisted');
    expect((await registrationOf(concord(), event.id, third!.id))?.status).toBe('rejected');
    expect((await lastMailTo(concord(), first!.email))?.subject).toContain('You are registered');
    expect((await lastMailTo(concord(), third!.email))?.subject).toContain('Registration declined');
    // A decided request cannot be decided again; a rejected person cannot register again.
    expect((await decide('approve', await id(third!))).status).toBe(409);
    const again = await register(third!.client, event.slug);
    expect(again.status).toBe(409);
    expect(again.html).toContain('The organisers declined your registration');
    // Giving a seat from the waiting list needs a free seat.
    expect((await decide('confirm', await id(second!))).status).toBe(409);
    // Others may not decide.
    await second!.client.get(`/events/${event.slug}`);
    expect(
      (
        await second!.client.post(`/events/${event.slug}/participants/approve`, {
          registration: await id(second!),
        })
      ).status,
    ).toBe(403);
    const counted = await seats(concord(), event.id);
    expect(counted.counters).toEqual(counted.rows);
  });

  it('refuses after the deadline and when registration is closed, writing nothing', async () => {
    const late = await publishedEvent(concord(), organiser, {
      registrationDeadline: '2026-01-01T10:00',
    });
    const closed = await publishedEvent(concord(), organiser, { registrationMode: 'closed' });
    const person = await registrant(concord(), 'İlqar');
    const afterDeadline = await register(person.client, late.slug);
    expect(afterDeadline.status).toBe(409);
    expect(afterDeadline.html).toContain('The registration deadline has passed.');
    const whenClosed = await register(person.client, closed.slug);
    expect(whenClosed.status).toBe(409);
    expect(whenClosed.html).toContain('do not take registrations on the platform');
    expect((await person.client.get(`/events/${closed.slug}`)).html).not.toContain(
      `action="/events/${closed.slug}/register"`,
    );
    expect(await registrationOf(concord(), late.id, person.id)).toBeUndefined();
    expect(await registrationOf(concord(), closed.id, person.id)).toBeUndefined();
  });

  it('asks visitors to sign in and keeps drafts unknown', async () => {
    const event = await publishedEvent(concord(), organiser);
    const visitor = concord().client();
    const page = await visitor.get(`/events/${event.slug}`);
    expect(page.html).toContain('Sign in to register');
    expect((await visitor.post(`/events/${event.slug}/register`, {})).status).toBe(401);
    await organiser.client.get('/events/new');
    const draft = await organiser.client.post('/events', eventForm(organiser.organization.id));
    const draftSlug = slugFrom(draft.location);
    const person = await registrant(concord(), 'Jalə');
    await person.client.get('/events');
    expect((await person.client.post(`/events/${draftSlug}/register`, {})).status).toBe(404);
  });

  it('exports participants as CSV for organisers only', async () => {
    const event = await publishedEvent(concord(), organiser, { capacity: '1' });
    const a = await registrant(concord(), 'Kamran, "the first"');
    const b = await registrant(concord(), 'Лейла Алиева');
    const c = await registrant(concord(), '=1+2 Rauf');
    await register(a.client, event.slug);
    await register(b.client, event.slug);
    await register(c.client, event.slug);
    const csv = await organiser.client.get(`/events/${event.slug}/participants.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // Response.text() drops a byte-order mark: the CSV itself must start with one.
    const row = await concord()
      .deps.db.kysely.selectFrom('events')
      .selectAll()
      .where('id', '=', event.id)
      .executeTakeFirstOrThrow();
    expect((await participantsCsv(concord().events, row)).startsWith('\ufeff')).toBe(true);
    const lines = csv.html.trim().split('\r\n');
    expect(lines[0]).toBe('name,email,organization,status,code,registered_at,attended_at,listed');
    expect(lines[1]).toContain(`"Kamran, ""the first""",${a.email},,confirmed,`);
    expect(lines[2]).toContain(`Лейла Алиева,${b.email},,waitlisted,`);
    // A name that a spreadsheet would run as a formula is written as text.
    expect(lines[3]).toContain(`'=1+2 Rauf,${c.email},`);
    expect((await a.client.get(`/events/${event.slug}/participants.csv`)).status).toBe(403);
    expect((await concord().client().get(`/events/${event.slug}/participants.csv`)).status).toBe(
      401,
    );
    expect((await a.client.get(`/events/${event.slug}/participants`)).status).toBe(403);
  });
  it('gives raised capacity to the waiting list in order, and refuses fewer seats than confirmed', async () => {
    const event = await publishedEvent(concord(), organiser, { capacity: '1' });
    const people: Awaited<ReturnType<typeof registrant>>[] = [];
    for (const name of ['Mehriban', 'Nicat', 'Orxan']) {
      const person = await registrant(concord(), name);
      await register(person.client, event.slug);
      people.push(person);
    }
    const edit = (capacity: string) =>
      organiser.client
        .get(`/events/${event.slug}/edit`)
        .then(() =>
          organiser.client.post(
            `/events/${event.slug}`,
            eventForm(organiser.organization.id, { capacity }),
          ),
        );
    expect((await edit('2')).status).toBe(303);
    const statuses = await Promise.all(
      people.map(async (p) => (await registrationOf(concord(), event.id, p.id))?.status),
    );
    expect(statuses).toEqual(['confirmed', 'confirmed', 'waitlisted']);
    expect((await lastMailTo(concord(), people[1]!.email))?.subject).toContain('A seat is yours');
    const lower = await edit('1');
    expect(lower.status).toBe(422);
    expect(lower.html).toContain(
      'Capacity cannot be lower than the number of confirmed participants',
    );
    const counted = await seats(concord(), event.id);
    expect(counted.counters).toEqual(counted.rows);
    expect(counted.counters).toMatchObject({ confirmed: 2, waitlisted: 1 });
  });
});
