import { beforeAll, expect, it } from 'vitest';
import { linkFromMail, signedUpClient, uniqueEmail, useConcord } from '../../../../../test/app.js';
import { describeEachEngine } from '../../../../../test/engines.js';
import {
  eventForm,
  organiserWithOrganization,
  slugFrom,
} from '../../../../../test/fixtures/events.js';
import {
  answerSpeakerInvitation,
  pdfText,
  sessionForm,
} from '../../../../../test/fixtures/programme.js';

describeEachEngine('speakers invited by address', (engine) => {
  const concord = useConcord(engine);
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let holder: Awaited<ReturnType<typeof signedUpClient>>;
  let slug: string;
  const HOLDER = 'Samira Nəsibova';

  const db = () => concord().deps.db.kysely;
  const mailsTo = async (email: string) =>
    (await concord().deps.mailer.list(1000)).filter((m) => m.to_address === email);
  const invitations = (email: string) =>
    db().selectFrom('speaker_invitations').selectAll().where('email', '=', email).execute();
  const sessionId = async (title: string) =>
    (
      await db()
        .selectFrom('event_sessions')
        .select('id')
        .where('title', '=', JSON.stringify({ en: title }))
        .executeTakeFirstOrThrow()
    ).id;

  async function addSession(changes: Record<string, string>) {
    await organiser.client.get(`/events/${slug}/programme/sessions/new`);
    return organiser.client.post(`/events/${slug}/programme/sessions`, sessionForm(changes));
  }
  async function editSession(id: string, changes: Record<string, string>) {
    await organiser.client.get(`/events/${slug}/programme/sessions/${id}/edit`);
    return organiser.client.post(`/events/${slug}/programme/sessions/${id}`, sessionForm(changes));
  }

  /** What anyone can read of the programme: its page, the API, the PDF's text and the .ics. */
  async function publicTexts() {
    const visitor = concord().client();
    const page = await visitor.get(`/events/${slug}/programme`);
    const api = await visitor.get(`/api/v1/events/${slug}/programme`);
    const pdf = await concord().app.request(`/events/${slug}/programme.pdf`);
    const ics = await visitor.get(`/events/${slug}/event.ics`);
    expect([page.status, api.status, pdf.status, ics.status]).toEqual([200, 200, 200, 200]);
    return {
      page: page.html,
      api: api.html,
      pdf: pdfText(Buffer.from(await pdf.arrayBuffer())),
      ics: ics.html,
    };
  }

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Gənclər Şəbəkəsi');
    holder = await signedUpClient(concord(), { name: HOLDER, email: uniqueEmail('holder') });
    await organiser.client.get('/events/new');
    const created = await organiser.client.post('/events', eventForm(organiser.organization.id));
    expect(created.status, created.html.slice(0, 1000)).toBe(303);
    slug = slugFrom(created.location);
    await organiser.client.get(`/events/${slug}`);
    expect((await organiser.client.post(`/events/${slug}/publish`, {})).status).toBe(303);
  });

  it('answers the same whether or not someone on Concord has the address', async () => {
    const nobody = uniqueEmail('nobody');
    const answers = [];
    for (const [title, address] of [
      ['With an account', holder.email],
      ['Without an account', nobody],
    ] as const) {
      const refused = await addSession({
        titleEn: title,
        startsAt: '2027-10-20T12:00',
        endsAt: '2027-10-20T11:00',
        speakers: `${address}, Sahel Water Alliance`,
      });
      const saved = await addSession({
        titleEn: title,
        startsAt: '2027-10-20T11:00',
        endsAt: '2027-10-20T12:00',
        speakers: `${address}, Sahel Water Alliance`,
      });
      const [mail] = await mailsTo(address);
      answers.push({
        refused: {
          status: refused.status,
          html: refused.html.replaceAll(address, 'ADDRESS').replaceAll(title, 'TITLE'),
        },
        saved: { status: saved.status, location: saved.location, html: saved.html },
        mail: {
          subject: mail?.subject.replaceAll(title, 'TITLE'),
          body: mail?.body_text
            .replace(/speaker-invitations\/[\w-]+/, 'speaker-invitations/TOKEN')
            .replaceAll(title, 'TITLE'),
        },
      });
    }
    expect(answers[0]!.refused.status).toBe(422);
    expect(answers[0]!.saved.status).toBe(303);
    expect(answers[0]!.saved.location).toBe(`/events/${slug}/programme`);
    expect(answers[0]!.mail.subject).toContain('invites you to speak at');
    expect(answers[1]).toEqual(answers[0]);
    expect(JSON.stringify(answers)).not.toContain('Nobody on Concord');
  });

  it('names the invitee nowhere public until they accept, and everywhere after', async () => {
    const before = await publicTexts();
    for (const text of Object.values(before)) {
      expect(text).not.toContain(HOLDER);
      expect(text).not.toContain(holder.email);
    }
    // The PDF's text is read, not guessed: the sessions are there.
    expect(before.pdf).toContain('With an account');
    const organisers = await organiser.client.get(`/events/${slug}/programme`);
    expect(organisers.html).toContain(
      `<li>${holder.email}<span class="hint"> (invited — awaiting acceptance)</span></li>`,
    );
    const id = await sessionId('With an account');
    const edit = await organiser.client.get(`/events/${slug}/programme/sessions/${id}/edit`);
    expect(edit.html).toContain(`${holder.email}, Sahel Water Alliance</textarea>`);
    expect(edit.html).toMatch(
      new RegExp(
        `<td>${holder.email.replaceAll('.', '\\.')}</td><td>Speaker</td><td>invited — awaiting acceptance</td>`,
      ),
    );

    const accepted = await answerSpeakerInvitation(concord(), holder.client, holder.email);
    expect(accepted.html).toContain('Thank you: the programme now lists you.');
    const after = await publicTexts();
    expect(after.page).toContain(`${HOLDER}<span class="hint">, Sahel Water Alliance</span>`);
    expect(JSON.parse(after.api).sessions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          speakers: [{ name: HOLDER, organization: 'Sahel Water Alliance' }],
        }),
      ]),
    );
    expect(after.pdf).toContain(`${HOLDER} (Sahel Water Alliance)`);
    for (const text of Object.values(after)) expect(text).not.toContain(holder.email);
    const again = await organiser.client.get(`/events/${slug}/programme`);
    expect(again.html).not.toContain(`${holder.email}<span class="hint">`);
  });

  it('lets someone without an account sign up from the link and then accept', async () => {
    const address = uniqueEmail('newcomer');
    const saved = await addSession({
      titleEn: 'Newcomer panel',
      startsAt: '2027-10-20T14:00',
      endsAt: '2027-10-20T15:00',
      moderator: address,
    });
    expect(saved.status).toBe(303);
    const link = await linkFromMail(concord(), address);
    const anonymous = await concord().client().get(link);
    expect(anonymous.status).toBe(200);
    expect(anonymous.html).toContain('as the moderator of “Newcomer panel”');
    expect(anonymous.html).toContain(`Sign in as ${address} to accept`);
    expect(anonymous.html).toContain('<a href="/sign-up">');

    // Someone else signed in sees whom it was for, and cannot accept it.
    expect((await holder.client.get(link)).html).toContain(
      `This invitation was sent to ${address}`,
    );
    expect((await holder.client.post(`${link}/accept`, {})).status).toBe(403);

    const newcomer = await signedUpClient(concord(), { name: 'Nuray Quliyeva', email: address });
    expect((await newcomer.client.get(link)).html).toContain('Accept and be listed');
    const accepted = await newcomer.client.post(`${link}/accept`, {});
    expect(accepted.status).toBe(200);
    const page = await concord().client().get(`/events/${slug}/programme`);
    expect(page.html).toMatch(
      /<dt>Moderator<\/dt><dd><ul class="programme-people"><li>Nuray Quliyeva<\/li>/,
    );
  });

  it('removes a declined invitation; the programme never names them', async () => {
    const decliner = await signedUpClient(concord(), { name: 'Tural Declines' });
    const saved = await addSession({
      titleEn: 'Declined panel',
      startsAt: '2027-10-20T15:00',
      endsAt: '2027-10-20T16:00',
      speakers: decliner.email,
    });
    expect(saved.status).toBe(303);
    const link = await linkFromMail(concord(), decliner.email);
    // Declining needs no account: the link is enough.
    const visitor = concord().client();
    await visitor.get(link);
    const declined = await visitor.post(`${link}/decline`, {});
    expect(declined.status).toBe(200);
    expect(declined.html).toContain('You declined: the programme will not list you.');
    expect(await invitations(decliner.email)).toEqual([]);
    expect((await concord().client().get(link)).status).toBe(404);
    await decliner.client.get('/');
    expect((await decliner.client.post(`${link}/accept`, {})).status).toBe(404);
    const id = await sessionId('Declined panel');
    const edit = await organiser.client.get(`/events/${slug}/programme/sessions/${id}/edit`);
    expect(edit.html).not.toContain(decliner.email);
    const texts = await publicTexts();
    for (const text of Object.values(texts)) expect(text).not.toContain('Tural Declines');
  });

  it('lets a listed speaker take themselves off, and nobody else', async () => {
    const leaver = await signedUpClient(concord(), { name: 'Aysel Leaves' });
    await addSession({
      titleEn: 'Left panel',
      startsAt: '2027-10-20T16:00',
      endsAt: '2027-10-20T17:00',
      speakers: leaver.email,
    });
    const link = await linkFromMail(concord(), leaver.email);
    await answerSpeakerInvitation(concord(), leaver.client, leaver.email);
    expect((await concord().client().get(`/events/${slug}/programme`)).html).toContain(
      'Aysel Leaves',
    );
    const visitor = concord().client();
    await visitor.get(link);
    expect((await visitor.post(`${link}/decline`, {})).status).toBe(403);
    await leaver.client.get(link);
    expect((await leaver.client.post(`${link}/decline`, {})).status).toBe(200);
    expect((await concord().client().get(`/events/${slug}/programme`)).html).not.toContain(
      'Aysel Leaves',
    );
  });

  it('never invites one address twice to one session, saved again or at once', async () => {
    const id = await sessionId('With an account');
    const mails = (await mailsTo(holder.email)).length;
    const again = await editSession(id, {
      titleEn: 'With an account',
      startsAt: '2027-10-20T11:00',
      endsAt: '2027-10-20T12:00',
      speakers: `${holder.email}, Sahel Water Alliance\n${holder.email.toUpperCase()}`,
    });
    expect(again.status, again.html.slice(0, 2000)).toBe(303);
    const rows = (await invitations(holder.email)).filter((r) => r.session_id === id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.accepted_at).not.toBeNull();
    expect((await mailsTo(holder.email)).length).toBe(mails);

    const address = uniqueEmail('raced');
    const raced = await sessionId('Without an account');
    await organiser.client.get(`/events/${slug}/programme/sessions/${raced}/edit`);
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        organiser.client.post(
          `/events/${slug}/programme/sessions/${raced}`,
          sessionForm({
            titleEn: 'Without an account',
            startsAt: '2027-10-20T11:00',
            endsAt: '2027-10-20T12:00',
            speakers: address,
          }),
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([303, 303, 303]);
    expect(await invitations(address)).toHaveLength(1);
    expect(await mailsTo(address)).toHaveLength(1);
  });

  it('lets the organisers send again (a few times a day) and withdraw', async () => {
    const address = uniqueEmail('resent');
    await addSession({
      titleEn: 'Resent panel',
      startsAt: '2027-10-20T17:00',
      endsAt: '2027-10-20T17:30',
      speakers: address,
    });
    const id = await sessionId('Resent panel');
    const [invitation] = await invitations(address);
    const first = await linkFromMail(concord(), address);
    const base = `/events/${slug}/programme/sessions/${id}/invitations/${invitation!.id}`;
    await organiser.client.get(`/events/${slug}/programme/sessions/${id}/edit`);
    const resent = await organiser.client.post(`${base}/resend`, {});
    expect(resent.status).toBe(303);
    const page = await organiser.client.get(resent.location!);
    expect(page.html).toContain('The invitation is sent again, with a new link.');
    const second = await linkFromMail(concord(), address);
    expect(second).not.toBe(first);
    expect((await concord().client().get(first)).status).toBe(404);
    expect((await concord().client().get(second)).status).toBe(200);
    expect((await organiser.client.post(`${base}/resend`, {})).status).toBe(303);
    expect((await organiser.client.post(`${base}/resend`, {})).status).toBe(303);
    expect((await organiser.client.post(`${base}/resend`, {})).status).toBe(429);
    expect(await mailsTo(address)).toHaveLength(4);

    const { client: outsider } = await signedUpClient(concord());
    await outsider.get('/');
    expect((await outsider.post(`${base}/withdraw`, {})).status).toBe(403);
    const withdrawn = await organiser.client.post(`${base}/withdraw`, {});
    expect(withdrawn.status).toBe(303);
    expect(await invitations(address)).toEqual([]);
    expect(
      (
        await concord()
          .client()
          .get(await linkFromMail(concord(), address))
      ).status,
    ).toBe(404);
    expect((await organiser.client.post(`${base}/withdraw`, {})).status).toBe(404);
  });

  it('withdraws an accepted speaker whose line the organisers remove', async () => {
    const id = await sessionId('With an account');
    const saved = await editSession(id, {
      titleEn: 'With an account',
      startsAt: '2027-10-20T11:00',
      endsAt: '2027-10-20T12:00',
      speakers: 'John Guest, UNDP',
    });
    expect(saved.status).toBe(303);
    expect((await invitations(holder.email)).filter((r) => r.session_id === id)).toEqual([]);
    const page = await concord().client().get(`/events/${slug}/programme`);
    expect(page.html).not.toContain(HOLDER);
    expect(page.html).toContain('John Guest');
  });

  it('limits the invitations one organiser sends in an hour', async () => {
    const busy = await organiserWithOrganization(concord(), 'Busy Network');
    await busy.client.get('/events/new');
    const created = await busy.client.post('/events', eventForm(busy.organization.id));
    const event = slugFrom(created.location);
    await busy.client.get(`/events/${event}/programme/sessions/new`);
    const times = { startsAt: '2027-10-20T10:00', endsAt: '2027-10-20T11:00' };
    const first = await busy.client.post(
      `/events/${event}/programme/sessions`,
      sessionForm({ titleEn: 'Busy panel', ...times, speakers: uniqueEmail('busy') }),
    );
    expect(first.status).toBe(303);
    const id = await sessionId('Busy panel');
    const save = (speakers: string) =>
      busy.client.post(
        `/events/${event}/programme/sessions/${id}`,
        sessionForm({ titleEn: 'Busy panel', ...times, speakers }),
      );
    for (let n = 1; n < 30; n++) expect((await save(uniqueEmail('busy'))).status).toBe(303);
    const refused = await save(uniqueEmail('over'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    // Saving without a new address is no invitation, and goes through.
    const kept = await db()
      .selectFrom('speaker_invitations')
      .select('email')
      .where('session_id', '=', id)
      .executeTakeFirstOrThrow();
    expect((await save(kept.email)).status).toBe(303);
  });
});
