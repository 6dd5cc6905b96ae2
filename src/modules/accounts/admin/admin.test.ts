/** Platform administration through HTTP: who may see it, people and roles, outbox (the audit log: audit.test.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  adminClient,
  signedUpClient,
  type TestClient,
  type TestConcord,
  uniqueEmail,
  useConcord,
} from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { createConfirmedPerson } from '../index.js';
import { changeAdminRole } from './service.js';

const LAST_ADMIN = 'You cannot remove the last administrator.';

const personByEmail = (concord: TestConcord, email: string) =>
  concord.deps.db.kysely
    .selectFrom('people')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirstOrThrow();

const auditRows = (concord: TestConcord, action: string, subjectId: string) =>
  concord.deps.db.kysely
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('subject_id', '=', subjectId)
    .execute();

const countAdmins = async (concord: TestConcord) =>
  (
    await concord.deps.db.kysely
      .selectFrom('people')
      .select('id')
      .where('is_admin', '=', 1)
      .execute()
  ).length;

/** The emails in the people table of /admin/people (the second cell of each row). */
const listedEmails = (html: string) =>
  [...html.matchAll(/<tr><td>[^<]*<\/td><td>([^<]+)<\/td>/g)].map((m) => m[1]);

describeEachEngine('administration', (engine) => {
  describe('with several people', () => {
    const concord = useConcord(engine);
    let admin: Awaited<ReturnType<typeof adminClient>>;
    let member: Awaited<ReturnType<typeof signedUpClient>>;
    let visitor: TestClient;

    beforeAll(async () => {
      admin = await adminClient(concord());
      member = await signedUpClient(concord(), { name: 'Plain Member' });
      visitor = concord().client();
    });

    it('answers visitors 401, members 403 and administrators on every admin route', async () => {
      const target = await signedUpClient(concord(), { name: 'Role Target' });
      const targetId = (await personByEmail(concord(), target.email)).id;
      const routes = [
        { method: 'GET', path: '/admin', visitor: 401, member: 403, admin: 200 },
        { method: 'GET', path: '/admin/people', visitor: 401, member: 403, admin: 200 },
        {
          method: 'GET',
          path: `/admin/people/${targetId}/admin`,
          visitor: 401,
          member: 403,
          admin: 200,
        },
        {
          method: 'POST',
          path: `/admin/people/${targetId}/admin`,
          visitor: 401,
          member: 403,
          admin: 303,
        },
        { method: 'GET', path: '/admin/outbox', visitor: 401, member: 403, admin: 200 },
        { method: 'GET', path: '/admin/jobs', visitor: 401, member: 403, admin: 200 },
        { method: 'GET', path: '/admin/audit', visitor: 401, member: 403, admin: 200 },
      ] as const;
      for (const route of routes) {
        for (const [role, client] of [
          ['visitor', visitor],
          ['member', member.client],
          ['admin', admin.client],
        ] as const) {
          const page =
            route.method === 'GET'
              ? await client.get(route.path)
              : await client.post(route.path, { admin: 'grant', confirm: 'yes' });
          expect({ role, path: route.path, status: page.status }).toEqual({
            role,
            path: route.path,
            status: route[role],
          });
          if (role === 'visitor') expect(page.html).toContain('Please sign in to continue.');
          if (role === 'member') expect(page.html).toContain('You are not allowed to do that.');
          if (route.method === 'POST' && role !== 'admin') {
            // A refused request changes nothing.
            expect((await personByEmail(concord(), target.email)).is_admin).toBe(0);
          }
        }
      }
      expect((await personByEmail(concord(), target.email)).is_admin).toBe(1);
      expect(await auditRows(concord(), 'people.admin.grant', targetId)).toHaveLength(1);
    });

    it('finds people by name and by email, whatever the case', async () => {
      const stamp = Date.now();
      const zaur = `zaur.quliyev.${stamp}@example.org`;
      const leyla = `leyla_${stamp}@example.org`;
      const other = `leylax${stamp}@example.org`;
      const accounts = concord().accounts;
      await createConfirmedPerson(accounts, {
        name: 'Zaur Quliyev',
        email: zaur,
        password: 'x'.repeat(12),
      });
      await createConfirmedPerson(accounts, {
        name: 'Leyla Həsənova',
        email: leyla,
        password: 'x'.repeat(12),
      });
      await createConfirmedPerson(accounts, {
        name: 'Leyla Other',
        email: other,
        password: 'x'.repeat(12),
      });
      const search = async (q: string) =>
        listedEmails((await admin.client.get(`/admin/people?q=${encodeURIComponent(q)}`)).html);

      expect(await search('zaur')).toEqual([zaur]);
      expect(await search('QULIYEV')).toEqual([zaur]);
      expect(await search(`ZAUR.QULIYEV.${stamp}@EXAMPLE.ORG`)).toEqual([zaur]);
      expect(await search('HƏSƏNOVA')).toEqual([leyla]);
      // '_' and '%' are literal characters, not wildcards, on both engines.
      expect(await search(`leyla_${stamp}`)).toEqual([leyla]);
      expect(await search(`%${stamp}`)).toEqual([]);
      const none = await admin.client.get('/admin/people?q=no-such-person-anywhere');
      expect(none.html).toContain('Nobody matches.');
    });

    it('grants and revokes administration, recording who did it to whom', async () => {
      const target = await signedUpClient(concord(), { name: 'Nigar Rzayeva' });
      const targetId = (await personByEmail(concord(), target.email)).id;
      expect((await target.client.get('/admin')).status).toBe(403);

      // "Make administrator" leads to a question: who, and what the role allows.
      const list = await admin.client.get('/admin/people?q=Nigar');
      const confirmUrl = `/admin/people/${targetId}/admin`;
      expect(list.html).toContain(
        `<a href="${confirmUrl}" aria-label="Make administrator: Nigar Rzayeva">Make administrator</a>`,
      );
      expect(list.html).not.toMatch(/name="admin" value="grant"/);
      const question = await admin.client.get(confirmUrl);
      expect(question.html).toContain('<h1>Make this person an administrator?</h1>');
      expect(question.html).toContain('<dd>Nigar Rzayeva</dd>');
      expect(question.html).toContain('An administrator can see and change everything');
      expect(question.html).toMatch(
        new RegExp(
          `<form method="post" action="${confirmUrl}" class="stack"><input type="hidden" name="_csrf" value="[^"]+"/><input type="hidden" name="admin" value="grant"/><input type="hidden" name="confirm" value="yes"/>`,
        ),
      );
      // Without the answer, or without the CSRF token, nothing changes.
      const unanswered = await admin.client.post(confirmUrl, { admin: 'grant' });
      expect(unanswered.status).toBe(422);
      expect(unanswered.html).toContain('Nothing has changed yet.');
      const forged = await admin.client.post(
        confirmUrl,
        { admin: 'grant', confirm: 'yes' },
        { csrf: null },
      );
      expect(forged.status).toBe(403);
      expect((await personByEmail(concord(), target.email)).is_admin).toBe(0);
      expect(await auditRows(concord(), 'people.admin.grant', targetId)).toHaveLength(0);

      await admin.client.get(confirmUrl);
      const granted = await admin.client.post(confirmUrl, { admin: 'grant', confirm: 'yes' });
      expect(granted.status).toBe(303);
      const notice = await admin.client.get(granted.location!);
      expect(notice.html).toContain('Nigar Rzayeva is now an administrator.');
      expect((await personByEmail(concord(), target.email)).is_admin).toBe(1);
      expect((await target.client.get('/admin')).status).toBe(200);
      const [grant] = await auditRows(concord(), 'people.admin.grant', targetId);
      expect(grant).toMatchObject({
        actor_id: admin.id,
        actor_label: admin.email,
        subject_type: 'person',
        subject_id: targetId,
      });

      const revoked = await admin.client.post(`/admin/people/${targetId}/admin`, {
        admin: 'revoke',
      });
      expect(revoked.status).toBe(303);
      expect((await admin.client.get(revoked.location!)).html).toContain(
        'Nigar Rzayeva is no longer an administrator.',
      );
      expect((await personByEmail(concord(), target.email)).is_admin).toBe(0);
      expect((await target.client.get('/admin')).status).toBe(403);
      const [revoke] = await auditRows(concord(), 'people.admin.revoke', targetId);
      expect(revoke).toMatchObject({
        actor_id: admin.id,
        actor_label: admin.email,
        subject_type: 'person',
        subject_id: targetId,
      });
    });

    it('refuses bad input with 400, an unknown person with 404, and changes nothing', async () => {
      const target = await signedUpClient(concord());
      const targetId = (await personByEmail(concord(), target.email)).id;
      const auditBefore = await concord()
        .deps.db.kysely.selectFrom('audit_log')
        .select('id')
        .execute();
      await admin.client.get('/admin/people');
      const maybe = await admin.client.post(`/admin/people/${targetId}/admin`, { admin: 'maybe' });
      expect(maybe.status).toBe(400);
      expect(maybe.html).toContain('The request could not be understood');
      expect((await admin.client.post(`/admin/people/${targetId}/admin`, {})).status).toBe(400);
      const unknown = await admin.client.post('/admin/people/no-such-id/admin', { admin: 'grant' });
      expect(unknown.status).toBe(404);
      expect((await personByEmail(concord(), target.email)).is_admin).toBe(0);
      const auditAfter = await concord()
        .deps.db.kysely.selectFrom('audit_log')
        .select('id')
        .execute();
      expect(auditAfter).toHaveLength(auditBefore.length);
    });

    it('shows the queued confirmation mail in the outbox', async () => {
      const email = uniqueEmail('outbox');
      const client = concord().client();
      await client.get('/sign-up');
      await client.post('/sign-up', { name: 'Outbox Reader', email, password: 'waiting for mail' });
      const page = await admin.client.get('/admin/outbox');
      expect(page.status).toBe(200);
      const message = page.html
        .split('<article class="outbox-message">')
        .find((part) => part.includes(email));
      expect(message).toBeDefined();
      expect(message).toContain('Confirm your email address for NGO network');
      expect(message).toContain('/verify-email?token=');
      expect(message).toContain('waiting');
    });
  });

  describe('the last administrator', () => {
    const concord = useConcord(engine);

    it('cannot remove their own administration or delete their account', async () => {
      const only = await adminClient(concord());
      expect(await countAdmins(concord())).toBe(1);
      await only.client.get('/admin/people');
      const revoke = await only.client.post(`/admin/people/${only.id}/admin`, {
        admin: 'revoke',
      });
      expect(revoke.status).toBe(409);
      expect(revoke.html).toContain(LAST_ADMIN);
      await only.client.get('/account');
      const deleted = await only.client.post('/account/delete', {
        confirm: 'DELETE',
        password: only.password,
      });
      expect(deleted.status).toBe(422);
      expect(deleted.html).toContain(LAST_ADMIN);
      expect((await personByEmail(concord(), only.email)).is_admin).toBe(1);
      expect(await auditRows(concord(), 'people.admin.revoke', only.id)).toEqual([]);
      expect(await auditRows(concord(), 'account.delete', only.id)).toEqual([]);
    });

    it('keeps exactly one when two administrators revoke each other at the same moment', async () => {
      const first = await adminClient(concord(), { name: 'First Admin' });
      const second = await adminClient(concord(), { name: 'Second Admin' });
      // Only these two may remain: demote whoever the previous test left.
      const others = await concord()
        .deps.db.kysely.selectFrom('people')
        .select('id')
        .where('is_admin', '=', 1)
        .where('id', 'not in', [first.id, second.id])
        .execute();
      await first.client.get('/admin/people');
      for (const { id } of others) {
        const page = await first.client.post(`/admin/people/${id}/admin`, { admin: 'revoke' });
        expect(page.status).toBe(303);
      }
      await second.client.get('/admin/people');
      const actorOf = (a: typeof first) => ({
        id: a.id,
        name: 'Admin',
        email: a.email,
        isAdmin: true,
        locale: null,
        sessionId: undefined,
      });

      for (let round = 0; round < 3; round++) {
        // Through HTTP: the loser is refused by the rule (409) or, when the winner's request
        // finished before its own began, by its lost right (403).
        expect(await countAdmins(concord())).toBe(2);
        const pages = await Promise.all([
          first.client.post(`/admin/people/${second.id}/admin`, { admin: 'revoke' }),
          second.client.post(`/admin/people/${first.id}/admin`, { admin: 'revoke' }),
        ]);
        expect(pages.filter((p) => p.status === 303)).toHaveLength(1);
        const loser = pages.find((p) => p.status !== 303)!;
        expect([403, 409]).toContain(loser.status);
        if (loser.status === 409) expect(loser.html).toContain(LAST_ADMIN);
        expect(await countAdmins(concord())).toBe(1);
        const [survivor, other] = pages[0]!.status === 303 ? [first, second] : [second, first];
        expect((await other.client.get('/admin')).status).toBe(403);
        await changeAdminRole(concord().accounts, actorOf(survivor), other.id, true, '127.0.0.1');

        // In the service, both past authorization: the locked transaction decides.
        const outcomes = await Promise.all([
          changeAdminRole(concord().accounts, actorOf(first), second.id, false, '127.0.0.1'),
          changeAdminRole(concord().accounts, actorOf(second), first.id, false, '127.0.0.1'),
        ]);
        expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
        expect(outcomes.find((o) => !o.ok)).toMatchObject({
          status: 409,
          problem: { key: 'admin.people.lastAdmin' },
        });
        expect(await countAdmins(concord())).toBe(1);
        const winner = outcomes[0]!.ok ? first : second;
        const demoted = winner === first ? second : first;
        await changeAdminRole(concord().accounts, actorOf(winner), demoted.id, true, '127.0.0.1');
      }
      const revocations = await concord()
        .deps.db.kysely.selectFrom('audit_log')
        .select('subject_id')
        .where('action', '=', 'people.admin.revoke')
        .where('subject_id', 'in', [first.id, second.id])
        .execute();
      expect(revocations).toHaveLength(6);
    });
  });
});
