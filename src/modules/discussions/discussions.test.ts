/**
 * Discussions through HTTP on both engines: who reads which discussion (each parent kind and
 * visibility, each role), who opens one, posts with replies and quotes, edits with their history
 * for moderators, soft removal (audited), agreements exact under 200 at once, 50 posts a page
 * with each post's address landing on its page, Markdown that stays inert, bad input refused at
 * its field with nothing written, and the links from the event page and the programme.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { adminClient, type TestClient, useConcord } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';
import { organiserWithOrganization } from '../../../test/fixtures/events.js';
import { addSession } from '../../../test/fixtures/programme.js';
import { publishedEvent, register, registrant } from '../../../test/fixtures/registration.js';
import { runnableMarkup, XSS_PAYLOADS } from '../../../test/fixtures/xss.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Actor } from '../../platform/http/context.js';
import { setAgreement, writePost } from './index.js';

type Role = 'visitor' | 'member' | 'participant' | 'organiser' | 'admin';

/** The id in a redirect to a discussion. */
const discussionIdFrom = (location: string | null) => {
  const match = /^\/discussions\/([0-9a-f-]{36})/.exec(location ?? '');
  if (!match) throw new Error(`not a discussion: ${location}`);
  return match[1]!;
};

describeEachEngine('discussions', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;
  const clients = {} as Record<Role, TestClient>;
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let otherOrgOwner: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let participant: Awaited<ReturnType<typeof registrant>>;
  let member: Awaited<ReturnType<typeof registrant>>;
  let event: { slug: string; id: string };
  let sessionId: string;

  async function open(client: TestClient, fields: Record<string, string>) {
    await client.get('/discussions');
    return client.post('/discussions', {
      title: 'A discussion',
      visibility: 'members',
      body: 'The first post of the discussion, long enough to tell its language.',
      language: '',
      ...fields,
    });
  }

  async function opened(client: TestClient, fields: Record<string, string>) {
    const page = await open(client, fields);
    expect(page.status, page.html.slice(0, 3000)).toBe(303);
    return discussionIdFrom(page.location);
  }

  async function post(client: TestClient, id: string, fields: Record<string, string>) {
    await client.get(`/discussions/${id}`);
    return client.post(`/discussions/${id}/posts`, { language: '', ...fields });
  }

  const postsOf = (id: string) =>
    db()
      .selectFrom('discussion_posts')
      .selectAll()
      .where('discussion_id', '=', id)
      .orderBy('seq')
      .execute();

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Karabakh Revival NGO');
    otherOrgOwner = await organiserWithOrganization(concord(), 'Digital Baku Union');
    event = await publishedEvent(concord(), organiser);
    sessionId = await addSession(concord(), organiser.client, event.slug, {
      titleEn: 'The digital NGO',
    });
    participant = await registrant(concord(), 'Aysel Quliyeva');
    expect((await register(participant.client, event.slug)).status).toBe(303);
    member = await registrant(concord(), 'Murad Həsənov');
    clients.visitor = concord().client();
    clients.member = member.client;
    clients.participant = participant.client;
    clients.organiser = organiser.client;
    clients.admin = (await adminClient(concord())).client;
  });

  describe('who reads what', () => {
    // biome-ignore format: the table reads best as a table
    const MATRIX: [parent: 'network' | 'event' | 'session', visibility: string, expected: Record<Role, number>][] = [
      ['network', 'public',       { visitor: 200, member: 200, participant: 200, organiser: 200, admin: 200 }],
      ['network', 'members',      { visitor: 401, member: 200, participant: 200, organiser: 200, admin: 200 }],
      ['event',   'public',       { visitor: 200, member: 200, participant: 200, organiser: 200, admin: 200 }],
      ['event',   'members',      { visitor: 401, member: 200, participant: 200, organiser: 200, admin: 200 }],
      ['event',   'participants', { visitor: 401, member: 404, participant: 200, organiser: 200, admin: 200 }],
      ['session', 'public',       { visitor: 200, member: 200, participant: 200, organiser: 200, admin: 200 }],
      ['session', 'members',      { visitor: 401, member: 200, participant: 200, organiser: 200, admin: 200 }],
      ['session', 'participants', { visitor: 401, member: 404, participant: 200, organiser: 200, admin: 200 }],
    ];
    for (const [parent, visibility, expected] of MATRIX) {
      it(`${parent} discussion for ${visibility}`, async () => {
        const ref =
          parent === 'network'
            ? 'network'
            : `${parent}:${parent === 'event' ? event.id : sessionId}`;
        const id = await opened(parent === 'network' ? clients.admin : organiser.client, {
          parent: ref,
          visibility,
          title: `${parent} ${visibility}`,
        });
        for (const [role, status] of Object.entries(expected) as [Role, number][]) {
          const page = await clients[role].get(`/discussions/${id}`);
          expect(page.status, `${role} reading a ${visibility} ${parent} discussion`).toBe(status);
          if (status === 200) expect(page.html).toContain(`${parent} ${visibility}`);
        }
      });
    }

    it('keeps a draft event’s discussions to its organisers', async () => {
      const draft = await publishedEvent(concord(), organiser, { titleEn: 'Draft later' });
      const id = await opened(organiser.client, {
        parent: `event:${draft.id}`,
        visibility: 'public',
      });
      await db()
        .updateTable('events')
        .set({ status: 'draft' })
        .where('id', '=', draft.id)
        .execute();
      expect((await clients.visitor.get(`/discussions/${id}`)).status).toBe(404);
      expect((await clients.member.get(`/discussions/${id}`)).status).toBe(404);
      expect((await clients.organiser.get(`/discussions/${id}`)).status).toBe(200);
      expect((await clients.admin.get(`/discussions/${id}`)).status).toBe(200);
    });

    it('lists on /discussions the network topics the reader may read, newest activity first', async () => {
      const older = await opened(clients.admin, {
        parent: 'network',
        visibility: 'public',
        title: 'Older topic',
      });
      await opened(clients.admin, {
        parent: 'network',
        visibility: 'members',
        title: 'Members topic',
      });
      await opened(clients.admin, {
        parent: 'network',
        visibility: 'public',
        title: 'Newer topic',
      });
      const visitor = (await clients.visitor.get('/discussions')).html;
      expect(visitor).toContain('Newer topic');
      expect(visitor).not.toContain('Members topic');
      expect(visitor.indexOf('Newer topic')).toBeLessThan(visitor.indexOf('Older topic'));
      await post(clients.member, older, {
        body: 'Bringing the older topic back to the top of the list.',
      });
      const again = (await clients.member.get('/discussions')).html;
      expect(again).toContain('Members topic');
      expect(again.indexOf('Older topic')).toBeLessThan(again.indexOf('Newer topic'));
    });
  });

  describe('who opens what', () => {
    it('lets administrators and owners of member organisations open network topics', async () => {
      expect((await open(clients.admin, { parent: 'network' })).status).toBe(303);
      expect((await open(otherOrgOwner.client, { parent: 'network' })).status).toBe(303);
      expect((await open(clients.member, { parent: 'network' })).status).toBe(403);
      expect((await open(clients.participant, { parent: 'network' })).status).toBe(403);
      expect((await clients.visitor.get('/discussions/new?parent=network')).status).toBe(401);
    });

    it('lets an event’s organisers and administrators open its discussions, nobody else', async () => {
      for (const ref of [`event:${event.id}`, `session:${sessionId}`]) {
        expect((await open(clients.organiser, { parent: ref })).status).toBe(303);
        expect((await open(clients.admin, { parent: ref })).status).toBe(303);
        expect((await open(clients.participant, { parent: ref })).status).toBe(403);
        expect((await open(otherOrgOwner.client, { parent: ref })).status).toBe(403);
      }
    });

    it('audits the opening, on behalf of the organisation the opener acts for', async () => {
      const id = await opened(otherOrgOwner.client, {
        parent: 'network',
        onBehalfOf: otherOrgOwner.organization.id,
        title: 'Preparing for WUF13',
      });
      const page = await clients.member.get(`/discussions/${id}`);
      expect(page.html).toContain('on behalf of Digital Baku Union');
      const audit = await db()
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'discussion.open')
        .where('subject_id', '=', id)
        .execute();
      expect(audit).toHaveLength(1);
      // The audit page names the discussion and links it.
      const log = await clients.admin.get('/admin/audit');
      expect(log.html).toContain(`<a href="/discussions/${id}">Preparing for WUF13</a>`);
    });
  });

  describe('posts', () => {
    let id: string;
    beforeAll(async () => {
      id = await opened(organiser.client, {
        parent: `session:${sessionId}`,
        visibility: 'members',
        title: 'AI for measurable results',
        body: 'How do you measure what digital tools change for the people you serve?',
      });
    });

    it('shows who wrote a post and for whom, and its language, detected or chosen', async () => {
      expect(
        (
          await post(clients.participant, id, {
            body: 'Мы измеряем охват и изменения в поведении людей каждый месяц.',
          })
        ).status,
      ).toBe(303);
      expect((await post(clients.member, id, { body: 'Bu gün', language: 'other' })).status).toBe(
        303,
      );
      const page = (await clients.member.get(`/discussions/${id}`)).html;
      expect(page).toContain('Aysel Quliyeva');
      expect(page).toContain('Language: Russian (detected)');
      expect(page).toContain('lang="ru"');
      expect(page).toContain('Language: Another language');
      const rows = await postsOf(id);
      expect(rows.map((r) => [r.language, r.language_detected])).toEqual([
        ['en', 1],
        ['ru', 1],
        ['other', 0],
      ]);
    });

    it('keeps replies one level deep and links quotes to the quoted post', async () => {
      const [first] = await postsOf(id);
      expect(
        (
          await post(clients.participant, id, {
            body: 'A reply to the first post.',
            replyTo: first!.id,
          })
        ).status,
      ).toBe(303);
      const reply = (await postsOf(id)).at(-1)!;
      expect(
        (
          await post(clients.member, id, {
            body: 'A reply to the reply.',
            replyTo: reply.id,
            quote: reply.id,
          })
        ).status,
      ).toBe(303);
      const nested = (await postsOf(id)).at(-1)!;
      expect(nested.reply_to_id).toBe(first!.id);
      expect(nested.quote_of_id).toBe(reply.id);
      expect(nested.quote_text).toBe('A reply to the first post.');
      const page = (await clients.member.get(`/discussions/${id}`)).html;
      expect(page).toContain(
        `href="/discussions/${id}/posts/${reply.id}">Quoting post ${reply.seq}</a>`,
      );
      expect(page).toContain(`href="/discussions/${id}/posts/${first!.id}">In reply to post 1</a>`);
    });

    it('refuses a reply to or a quote of a post of another discussion, at the field', async () => {
      const other = await opened(clients.admin, { parent: 'network', visibility: 'public' });
      const [foreign] = await postsOf(other);
      const before = (await postsOf(id)).length;
      const page = await post(clients.member, id, {
        body: 'Replying across discussions.',
        replyTo: foreign!.id,
      });
      expect(page.status).toBe(422);
      expect(page.html).toContain('The post you reply to is not in this discussion');
      expect((await postsOf(id)).length).toBe(before);
    });

    it('edits with a visible mark, and keeps earlier versions for moderators only', async () => {
      expect(
        (await post(clients.participant, id, { body: 'We count the volunteers first.' })).status,
      ).toBe(303);
      const mine = (await postsOf(id)).at(-1)!;
      const base = `/discussions/${id}/posts/${mine.id}`;
      expect((await clients.member.get(`${base}/edit`)).status).toBe(403);
      await clients.participant.get(`${base}/edit`);
      const saved = await clients.participant.post(base, {
        body: 'We count the volunteers and the hours first.',
        language: 'en',
      });
      expect(saved.status, saved.html.slice(0, 2000)).toBe(303);
      const page = (await clients.member.get(`/discussions/${id}`)).html;
      expect(page).toContain('We count the volunteers and the hours first.');
      expect(page).toContain('>edited</span>');
      expect(page).not.toContain('We count the volunteers first.');
      for (const [role, status] of [
        ['member', 403],
        ['participant', 403],
        ['organiser', 200],
        ['admin', 200],
      ] as const) {
        const history = await clients[role].get(`${base}/history`);
        expect(history.status, role).toBe(status);
        if (status === 200) expect(history.html).toContain('We count the volunteers first.');
      }
      expect((await clients.visitor.get(`${base}/history`)).status).toBe(401);
    });

    it('removes a post softly: its place stays, marked, its text gone, the removal audited', async () => {
      expect(
        (await post(clients.member, id, { body: 'A post that will be removed by its author.' }))
          .status,
      ).toBe(303);
      expect(
        (await post(clients.participant, id, { body: 'A post a moderator will remove.' })).status,
      ).toBe(303);
      const [own, other] = (await postsOf(id)).slice(-2);
      // Others may not remove a post that is not theirs; the author and the moderators may.
      await clients.member.get(`/discussions/${id}`);
      expect(
        (
          await clients.member.post(`/discussions/${id}/posts/${other!.id}/remove`, {
            confirm: 'yes',
          })
        ).status,
      ).toBe(403);
      expect(
        (await clients.member.post(`/discussions/${id}/posts/${own!.id}/remove`, {})).status,
      ).toBe(422);
      expect(
        (
          await clients.member.post(`/discussions/${id}/posts/${own!.id}/remove`, {
            confirm: 'yes',
          })
        ).status,
      ).toBe(303);
      await clients.organiser.get(`/discussions/${id}`);
      expect(
        (
          await clients.organiser.post(`/discussions/${id}/posts/${other!.id}/remove`, {
            confirm: 'yes',
          })
        ).status,
      ).toBe(303);
      const page = (await clients.participant.get(`/discussions/${id}`)).html;
      expect(page).not.toContain('A post that will be removed by its author.');
      expect(page).not.toContain('A post a moderator will remove.');
      expect(page.match(/This post was removed\./g)).toHaveLength(2);
      expect(page).toContain(`id="post-${own!.id}"`);
      const rows = await postsOf(id);
      expect(rows.filter((r) => r.deleted_at !== null).map((r) => r.id)).toEqual([
        own!.id,
        other!.id,
      ]);
      const audit = await db()
        .selectFrom('audit_log')
        .select(['details'])
        .where('action', '=', 'discussion.post.remove')
        .where('subject_id', '=', id)
        .execute();
      expect(audit).toHaveLength(2);
      // A removed post can be neither edited nor agreed with.
      expect((await clients.member.get(`/discussions/${id}/posts/${own!.id}/edit`)).status).toBe(
        403,
      );
    });
  });

  describe('agreements', () => {
    it('counts exactly with 200 people agreeing at once, and once per person', async () => {
      const id = await opened(clients.admin, { parent: 'network', visibility: 'public' });
      const [first] = await postsOf(id);
      const at = nowIso();
      const people: Actor[] = Array.from({ length: 200 }, (_, i) => ({
        id: newId(),
        name: `Agreeing person ${i}`,
        email: `agree.${engine}.${i}.${Date.now()}@example.org`,
        isAdmin: false,
        locale: null,
        sessionId: undefined,
      }));
      await db()
        .insertInto('people')
        .values(
          people.map((p) => ({
            id: p.id,
            name: p.name,
            email: p.email,
            email_verified: 1,
            image: null,
            locale: null,
            is_admin: 0,
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
      const ctx = concord().discussions;
      await Promise.all(people.map((p) => setAgreement(ctx, p, first!.id, true)));
      await Promise.all(
        Array.from({ length: 200 }, () => setAgreement(ctx, people[0]!, first!.id, true)),
      );
      const page = (await clients.visitor.get(`/discussions/${id}`)).html;
      expect(page).toContain('200 people agree');
      // Through the pages too: the same person twice at once is still one.
      await clients.member.get(`/discussions/${id}`);
      const [a, b] = await Promise.all([
        clients.member.post(`/discussions/${id}/posts/${first!.id}/agree`, { agree: 'yes' }),
        clients.member.post(`/discussions/${id}/posts/${first!.id}/agree`, { agree: 'yes' }),
      ]);
      expect([a.status, b.status]).toEqual([303, 303]);
      const after = (await clients.member.get(`/discussions/${id}`)).html;
      expect(after).toContain('201 people agree');
      expect(after).toContain('aria-pressed="true"');
      await clients.member.post(`/discussions/${id}/posts/${first!.id}/agree`, { agree: 'no' });
      expect((await clients.member.get(`/discussions/${id}`)).html).toContain('200 people agree');
      expect(
        (
          await clients.visitor.post(`/discussions/${id}/posts/${first!.id}/agree`, {
            agree: 'yes',
          })
        ).status,
      ).toBe(401);
    });
  });

  describe('pages', () => {
    it('shows 50 posts a page and leads each post’s address to its page and anchor', async () => {
      const id = await opened(clients.admin, {
        parent: 'network',
        visibility: 'public',
        body: 'Post number 1 of many.',
      });
      const admin = await db()
        .selectFrom('people')
        .selectAll()
        .where('is_admin', '=', 1)
        .executeTakeFirstOrThrow();
      const actor: Actor = {
        id: admin.id,
        name: admin.name,
        email: admin.email,
        isAdmin: true,
        locale: null,
        sessionId: undefined,
      };
      for (let n = 2; n <= 120; n++) {
        const written = await writePost(
          concord().discussions,
          actor,
          id,
          {
            body: `Post number ${n} of many.`,
            language: 'en',
            onBehalfOf: undefined,
            replyTo: undefined,
            quote: undefined,
          },
          'en',
        );
        expect(written.ok).toBe(true);
      }
      const posts = await postsOf(id);
      expect(posts.map((p) => p.seq)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
      const first = (await clients.visitor.get(`/discussions/${id}`)).html;
      expect(first.match(/<article id="post-/g)).toHaveLength(50);
      expect(first).toContain('Page 1 of 3');
      const third = (await clients.visitor.get(`/discussions/${id}?page=3`)).html;
      expect(third.match(/<article id="post-/g)).toHaveLength(20);
      expect(third).toContain('Post number 101 of many.');
      const p75 = posts[74]!;
      const located = await clients.visitor.get(`/discussions/${id}/posts/${p75.id}`);
      expect(located.status).toBe(302);
      expect(located.location).toBe(`/discussions/${id}?page=2#post-${p75.id}`);
      const p1 = await clients.visitor.get(`/discussions/${id}/posts/${posts[0]!.id}`);
      expect(p1.location).toBe(`/discussions/${id}#post-${posts[0]!.id}`);
      expect((await clients.visitor.get(`/discussions/${id}/posts/${newId()}`)).status).toBe(404);
      // A new post lands on the last page, at its anchor.
      const written = await post(clients.member, id, {
        body: 'Post number 121, through the form.',
      });
      expect(written.location).toMatch(
        new RegExp(`^/discussions/${id}\\?page=3&notice=discussions.thread.posted#post-`),
      );
    });
  });

  describe('markup', () => {
    it('renders every payload inert, in titles and posts', async () => {
      const id = await opened(clients.admin, {
        parent: 'network',
        visibility: 'public',
        title: XSS_PAYLOADS[0],
      });
      for (const payload of XSS_PAYLOADS) {
        expect((await post(clients.member, id, { body: payload })).status).toBe(303);
      }
      const page = await clients.visitor.get(`/discussions/${id}`);
      expect(runnableMarkup(page.html)).toEqual([]);
      expect(page.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect((await clients.visitor.get('/discussions')).html).not.toContain('<script>alert');
    });

    it('marks links people write as not endorsed', async () => {
      const id = await opened(clients.admin, {
        parent: 'network',
        visibility: 'public',
        body: 'See [the report](https://example.org/report).',
      });
      const page = (await clients.visitor.get(`/discussions/${id}`)).html;
      expect(page).toContain(
        '<a href="https://example.org/report" rel="nofollow ugc noopener">the report</a>',
      );
    });
  });

  describe('bad input', () => {
    const counts = async () => ({
      discussions: Number(
        (
          await db()
            .selectFrom('discussions')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      posts: Number(
        (
          await db()
            .selectFrom('discussion_posts')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });

    it('says what is wrong at the field, with 422, and writes nothing', async () => {
      const id = await opened(clients.admin, { parent: 'network', visibility: 'public' });
      const before = await counts();
      const cases: [fields: Record<string, string>, message: string][] = [
        [{ body: '' }, 'Write your post'],
        [{ body: '   \n ' }, 'Write your post'],
        [{ body: '\u0000\u0000' }, 'Write your post'],
        [{ body: 'x'.repeat(1024 * 1024) }, 'A post must be 20,000 characters or fewer'],
        [{ body: 'Fine text', language: 'xx' }, 'Choose the post’s language'],
      ];
      for (const [fields, message] of cases) {
        const page = await post(clients.member, id, fields);
        expect(page.status, message).toBe(422);
        expect(page.html).toContain(
          `<p class="field-error" id="field-${Object.keys(fields).at(-1)}-error">${message}`,
        );
      }
      const opening: [fields: Record<string, string>, message: string][] = [
        [{ parent: `session:${newId()}` }, 'Choose an event, a session or the network to discuss'],
        [{ parent: 'nonsense' }, 'Choose an event, a session or the network to discuss'],
        [{ parent: 'network', title: '' }, 'Enter a title'],
        [
          { parent: 'network', title: 't'.repeat(201) },
          'The title must be 200 characters or fewer',
        ],
        [
          { parent: 'network', visibility: 'participants' },
          'Only an event’s discussion can be for its participants',
        ],
        [
          { parent: 'network', body: 'y'.repeat(1024 * 1024) },
          'A post must be 20,000 characters or fewer',
        ],
      ];
      for (const [fields, message] of opening) {
        const page = await open(clients.admin, fields);
        expect(page.status, message).toBe(422);
        expect(page.html).toContain(message);
      }
      expect(await counts()).toEqual(before);
    });

    it('refuses a form without its CSRF token', async () => {
      const id = await opened(clients.admin, { parent: 'network', visibility: 'public' });
      const before = await counts();
      await clients.member.get(`/discussions/${id}`);
      const page = await clients.member.post(
        `/discussions/${id}/posts`,
        { body: 'No token.' },
        { csrf: null },
      );
      expect(page.status).toBe(403);
      expect(await counts()).toEqual(before);
    });
  });

  describe('links from the events’ pages', () => {
    it('lists an event’s discussions on its page and a session’s in the programme, as the reader may read them', async () => {
      const eventTopic = await opened(organiser.client, {
        parent: `event:${event.id}`,
        visibility: 'participants',
        title: 'Participants only talk',
      });
      const sessionTopic = await opened(organiser.client, {
        parent: `session:${sessionId}`,
        visibility: 'public',
        title: 'Open session talk',
      });
      const forParticipant = (await clients.participant.get(`/events/${event.slug}`)).html;
      expect(forParticipant).toContain(
        `<a href="/discussions/${eventTopic}">Participants only talk</a>`,
      );
      expect((await clients.member.get(`/events/${event.slug}`)).html).not.toContain(
        'Participants only talk',
      );
      const programme = (await clients.visitor.get(`/events/${event.slug}/programme`)).html;
      expect(programme).toContain(
        `<a href="/discussions/${sessionTopic}">Discussion: Open session talk`,
      );
      expect(programme).not.toContain('Participants only talk');
      const organisers = (await clients.organiser.get(`/events/${event.slug}`)).html;
      expect(organisers).toContain(`/discussions/new?parent=event:${event.id}`);
      const thread = (await clients.visitor.get(`/discussions/${sessionTopic}`)).html;
      expect(thread).toContain(`href="/events/${event.slug}/programme#session-${sessionId}"`);
    });
  });
});
