/** Invitations through the pages, on both engines: invite, mail, accept once; expiry, revocation, who may. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  linkFromMail,
  signedUpClient,
  type TestClient,
  type TestConcord,
  uniqueEmail,
  useConcord,
} from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import type { OrganizationRole } from '../tables.js';

let orgs = 0;

async function personId(concord: TestConcord, email: string) {
  const row = await concord.deps.db.kysely
    .selectFrom('people')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A signed-up owner and their new (not yet accepted, so hidden) organisation. */
async function ownerWithOrganization(concord: TestConcord) {
  const owner = await signedUpClient(concord, { name: 'Leyla Owner' });
  await owner.client.get('/organizations/new');
  const created = await owner.client.post('/organizations', {
    name: `Qarabağ Gənclər Birliyi ${++orgs}`,
    nameEn: `Karabakh Youth Union ${orgs}`,
    acronym: `QGB${orgs}${Math.random().toString(36).slice(2, 6)}`,
    country: 'AZ',
  });
  expect(created.status).toBe(303);
  const slug = created.location!.split('?')[0]!.replace('/organizations/', '');
  const org = await concord.deps.db.kysely
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return { owner, slug, orgId: org.id };
}

async function addMemberDirectly(
  concord: TestConcord,
  orgId: string,
  email: string,
  role: OrganizationRole,
) {
  await concord.deps.db.kysely
    .insertInto('organization_members')
    .values({
      organization_id: orgId,
      person_id: await personId(concord, email),
      role,
      listed: 1,
      created_at: 'x',
      updated_at: 'x',
    })
    .execute();
}

async function invite(client: TestClient, slug: string, email: string, role = 'member') {
  await client.get(`/organizations/${slug}/people`);
  return client.post(`/organizations/${slug}/invitations`, { email, role });
}

describeEachEngine('organisation invitations', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;
  const invitationsTo = (orgId: string, email: string) =>
    db()
      .selectFrom('organization_invitations')
      .selectAll()
      .where('organization_id', '=', orgId)
      .where('email', '=', email)
      .orderBy('created_at')
      .execute();
  const openInvitationsTo = async (orgId: string, email: string) =>
    (await invitationsTo(orgId, email)).filter((i) => !i.accepted_at && !i.revoked_at);
  const mailsTo = async (email: string) =>
    (await concord().deps.mailer.list(1000)).filter((m) => m.to_address === email);
  const membersNamed = (orgId: string, email: string) =>
    db()
      .selectFrom('organization_members')
      .innerJoin('people', 'people.id', 'organization_members.person_id')
      .select('organization_members.role')
      .where('organization_members.organization_id', '=', orgId)
      .where('people.email', '=', email)
      .execute();

  describe('the journey', () => {
    it('mails a link; the invited person signs up, opens it, accepts and joins with the role', async () => {
      const { owner, slug, orgId } = await ownerWithOrganization(concord());
      const email = uniqueEmail('invitee');
      const sent = await invite(owner.client, slug, `  ${email.toUpperCase()} `, 'admin');
      expect(sent.status).toBe(303);
      expect(sent.location).toBe(`/organizations/${slug}/people?notice=org.invitations.sent`);

      const [row] = await invitationsTo(orgId, email);
      expect(row).toMatchObject({ email, role: 'admin', accepted_at: null, revoked_at: null });
      const days = (Date.parse(row!.expires_at) - Date.parse(row!.created_at)) / 86_400_000;
      expect(days).toBe(7);

      const link = await linkFromMail(concord(), email);
      const token = link.replace('/invitations/', '');
      expect(link).toMatch(/^\/invitations\/[A-Za-z0-9_-]{43}$/);
      // Only the token's hash is stored.
      expect(row!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(JSON.stringify(await invitationsTo(orgId, email))).not.toContain(token);
      const [mail] = await mailsTo(email);
      expect(mail!.subject).toContain('Leyla Owner');
      expect(mail!.body_text).toContain('as an administrator');
      expect(mail!.body_text).toContain('7 days');

      const people = await owner.client.get(
        `/organizations/${slug}/people?notice=org.invitations.sent`,
      );
      expect(people.html).toContain('The invitation is sent.');
      expect(people.html).toContain(email);
      expect(people.html).toContain(`/organizations/${slug}/invitations/${row!.id}/revoke`);

      // A visitor sees who invites them and the ways in, each coming back to the link.
      const visitor = concord().client();
      const page = await visitor.get(link);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Karabakh Youth Union');
      expect(page.html).toContain('Leyla Owner invites you to join');
      expect(page.html).toContain(`/sign-in?next=${encodeURIComponent(link)}`);
      expect(page.html).toContain('href="/sign-up"');

      const invitee = await signedUpClient(concord(), { email, name: 'Rauf Invitee' });
      await invitee.client.post('/sign-out', {});
      await invitee.client.get(`/sign-in?next=${encodeURIComponent(link)}`);
      const signedIn = await invitee.client.post(`/sign-in?next=${encodeURIComponent(link)}`, {
        email,
        password: invitee.password,
      });
      expect(signedIn.location).toBe(link);

      const ready = await invitee.client.get(link);
      expect(ready.html).toContain(`action="${link}/accept"`);
      const accepted = await invitee.client.post(`${link}/accept`, {});
      expect(accepted.status).toBe(303);
      expect(accepted.location).toBe(`/organizations/${slug}`);
      expect(await membersNamed(orgId, email)).toEqual([{ role: 'admin' }]);
      const [used] = await invitationsTo(orgId, email);
      expect(used!.accepted_at).not.toBeNull();
      expect(used!.accepted_by).toBe(await personId(concord(), email));
      // The hidden organisation is now theirs to see.
      expect((await invitee.client.get(`/organizations/${slug}`)).status).toBe(200);
      const after = await owner.client.get(`/organizations/${slug}/people`);
      expect(after.html).not.toContain(`/invitations/${row!.id}/revoke`);

      const audit = await db()
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', orgId)
        .execute();
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining([
          'organization.invitation.create',
          'organization.invitation.accept',
        ]),
      );
    });

    it('works once: a second accept and a later visit say it is used', async () => {
      const { owner, slug, orgId } = await ownerWithOrganization(concord());
      const invitee = await signedUpClient(concord());
      await invite(owner.client, slug, invitee.email);
      const link = await linkFromMail(concord(), invitee.email);
      await invitee.client.get(link);
      expect((await invitee.client.post(`${link}/accept`, {})).status).toBe(303);
      const again = await invitee.client.post(`${link}/accept`, {});
      expect(again.status).toBe(410);
      expect(again.html).toContain('already been used');
      const visit = await concord().client().get(link);
      expect(visit.status).toBe(410);
      expect(await membersNamed(orgId, invitee.email)).toEqual([{ role: 'member' }]);
    });

    it('answers 404 for a token that matches nothing', async () => {
      const page = await concord().client().get('/invitations/not-a-real-token');
      expect(page.status).toBe(404);
      expect(page.html).toContain('This invitation link does not work');
    });

    it('mails the invitation in the language of the inviter’s page', async () => {
      const { owner, slug } = await ownerWithOrganization(concord());
      await owner.client.get('/');
      await owner.client.post('/locale', { locale: 'az', next: '/' });
      const email = uniqueEmail('az');
      expect((await invite(owner.client, slug, email, 'member')).status).toBe(303);
      const [mail] = await mailsTo(email);
      expect(mail!.body_text).toContain('Qarabağ Gənclər Birliyi');
      expect(mail!.body_text).toContain('üzv kimi qoşulmağa dəvət edir');
      expect(mail!.body_text).toContain('7 gün');
    });
  });

  describe('expiry and revocation', () => {
    it('refuses an expired link, and lets the organisation invite the address again', async () => {
      const { owner, slug, orgId } = await ownerWithOrganization(concord());
      const invitee = await signedUpClient(concord());
      await invite(owner.client, slug, invitee.email);
      const link = await linkFromMail(concord(), invitee.email);
      await db()
        .updateTable('organization_invitations')
        .set({ expires_at: '2020-01-01T00:00:00.000Z' })
        .where('organization_id', '=', orgId)
        .execute();
      const page = await invitee.client.get(link);
      expect(page.status).toBe(410);
      expect(page.html).toContain('This invitation has expired');
      expect((await invitee.client.post(`${link}/accept`, {})).status).toBe(410);
      expect(await membersNamed(orgId, invitee.email)).toEqual([]);
      // Expired invitations are not listed, and do not block a new one.
      expect((await owner.client.get(`/organizations/${slug}/people`)).html).toContain(
        'No invitations are waiting',
      );
      expect((await invite(owner.client, slug, invitee.email)).status).toBe(303);
      expect(await openInvitationsTo(orgId, invitee.email)).toHaveLength(1);
      expect(await invitationsTo(orgId, invitee.email)).toHaveLength(2);
    });

    it('revokes: the link stops working, the revocation is audited', async () => {
      const { owner, slug, orgId } = await ownerWithOrganization(concord());
      const invitee = await signedUpClient(concord());
      await invite(owner.client, slug, invitee.email, 'admin');
      const link = await linkFromMail(concord(), invitee.email);
      const [row] = await invitationsTo(orgId, invitee.email);
      const revoked = await owner.client.post(
        `/organizations/${slug}/invitations/${row!.id}/revoke`,
        {},
      );
      expect(revoked.status).toBe(303);
      expect(revoked.location).toBe(`/organizations/${slug}/people?notice=org.invitations.revoked`);
      const [closed] = await invitationsTo(orgId, invitee.email);
      expect(closed!.revoked_at).not.toBeNull();
      await invitee.client.get('/');
      const accept = await invitee.client.post(`${link}/accept`, {});
      expect(accept.status).toBe(410);
      expect(accept.html).toContain('withdrawn');
      expect(await membersNamed(orgId, invitee.email)).toEqual([]);
      const audit = await db()
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', orgId)
        .where('action', '=', 'organization.invitation.revoke')
        .execute();
      expect(audit).toHaveLength(1);
      // An accepted invitation cannot be revoked any more.
      await invite(owner.client, slug, invitee.email);
      await invitee.client.get(await linkFromMail(concord(), invitee.email));
      await invitee.client.post(`${await linkFromMail(concord(), invitee.email)}/accept`, {});
      const [, used] = await invitationsTo(orgId, invitee.email);
      await owner.client.get(`/organizations/${slug}/people`);
      const late = await owner.client.post(
        `/organizations/${slug}/invitations/${used!.id}/revoke`,
        {},
      );
      expect(late.status).toBe(409);
    });
  });

  describe('who may invite', () => {
    it('refuses members (403), outsiders and visitors of a hidden organisation (404)', async () => {
      const { owner, slug, orgId } = await ownerWithOrganization(concord());
      const member = await signedUpClient(concord());
      await addMemberDirectly(concord(), orgId, member.email, 'member');
      const target = uniqueEmail('target');
      expect((await invite(member.client, slug, target)).status).toBe(403);
      const people = await member.client.get(`/organizations/${slug}/people`);
      expect(people.html).not.toContain('Send the invitation');

      const outsider = await signedUpClient(concord());
      expect((await invite(outsider.client, slug, target)).status).toBe(404);
      const visitor = concord().client();
      expect(
        (
          await visitor.post(`/organizations/${slug}/invitations`, {
            email: target,
            role: 'member',
          })
        ).status,
      ).toBe(404);

      // And nobody but managers revokes.
      await invite(owner.client, slug, uniqueEmail('other'));
      const [open] = await db()
        .selectFrom('organization_invitations')
        .select('id')
        .where('organization_id', '=', orgId)
        .execute();
      await member.client.get(`/organizations/${slug}`);
      expect(
        (await member.client.post(`/organizations/${slug}/invitations/${open!.id}/revoke`, {}))
          .status,
      ).toBe(403);
      expect(await invitationsTo(orgId, target)).toEqual([]);
      expect(await mailsTo(target)).toEqual([]);
    });

    it('lets admins invite admins and members, not owners; owners invite owners', async () => {
      const { owner, slug, orgId } = await ownerWithOrganization(concord());
      const admin = await signedUpClient(concord());
      await addMemberDirectly(concord(), orgId, admin.email, 'admin');
      const people = await admin.client.get(`/organizations/${slug}/people`);
      expect(people.html).toContain('Send the invitation');
      expect(people.html).not.toContain('<option value="owner"');

      const wouldBeOwner = uniqueEmail('owner');
      expect((await invite(admin.client, slug, wouldBeOwner, 'owner')).status).toBe(403);
      expect(await invitationsTo(orgId, wouldBeOwner)).toEqual([]);
      expect((await invite(admin.client, slug, uniqueEmail('admin'), 'admin')).status).toBe(303);

      expect((await invite(owner.client, slug, wouldBeOwner, 'owner')).status).toBe(303);
      const [ownerInvitation] = await invitationsTo(orgId, wouldBeOwner);
      // An admin cannot withdraw an owner's invitation either.
      await admin.client.get(`/organizations/${slug}/people`);
      expect(
        (
          await admin.client.post(
            `/organizations/${slug}/invitations/${ownerInvitation!.id}/revoke`,
            {},
          )
        ).status,
      ).toBe(403);
      const path = await linkFromMail(concord(), wouldBeOwner);
      const invitee = await signedUpClient(concord(), { email: wouldBeOwner });
      await invitee.client.get(path);
      expect((await invitee.client.post(`${path}/accept`, {})).status).toBe(303);
      expect(await membersNamed(orgId, wouldBeOwner)).toEqual([{ role: 'owner' }]);
    });

    it('limits invitations to 30 an hour per person', async () => {
      const { owner, slug } = await ownerWithOrganization(concord());
      await owner.client.get(`/organizations/${slug}/people`);
      for (let i = 0; i < 30; i++) {
        const sent = await owner.client.post(`/organizations/${slug}/invitations`, {
          email: uniqueEmail(`bulk${i}`),
          role: 'member',
        });
        expect(sent.status).toBe(303);
      }
      const over = await owner.client.post(`/organizations/${slug}/invitations`, {
        email: uniqueEmail('one-too-many'),
        role: 'member',
      });
      expect(over.status).toBe(429);
      expect(over.headers.get('retry-after')).toMatch(/^\d+$/);
    });
  });

  describe('bad input and conflicts', () => {
    it('shows the message at each bad field and writes nothing', async () => {
      const { owner, slug, orgId } = await ownerWithOrganization(concord());
      const before = (await concord().deps.mailer.list(1000)).length;
      const page = await invite(owner.client, slug, 'not an address', 'boss');
      expect(page.status).toBe(422);
      expect(page.html).toMatch(
        /class="field-error" id="field-email-error">Enter an email address like name@example.org/,
      );
      expect(page.html).toMatch(
        /class="field-error" id="field-role-error">Choose owner, admin or member/,
      );
      expect(page.html).toContain('value="not an address"');
      const rows = await db()
        .selectFrom('organization_invitations')
        .select('id')
        .where('organization_id', '=', orgId)
        .execute();
      expect(rows).toEqual([]);
      expect((await concord().deps.mailer.list(1000)).length).toBe(before);
    });

    it('refuses an address that already belongs, or that already has an invitation waiting', async () => {
      const { owner, slug, orgId } = await ownerWithOrganization(concord());
      const member = await signedUpClient(concord());
      await addMemberDirectly(concord(), orgId, member.email, 'member');
      const belongs = await invite(owner.client, slug, member.email);
      expect(belongs.status).toBe(422);
      expect(belongs.html).toContain('already belongs to the organisation');

      const email = uniqueEmail('twice');
      expect((await invite(owner.client, slug, email)).status).toBe(303);
      const twice = await invite(owner.client, slug, email, 'admin');
      expect(twice.status).toBe(422);
      expect(twice.html).toContain('already waiting');
      expect(await invitationsTo(orgId, email)).toHaveLength(1);
      expect(await mailsTo(email)).toHaveLength(1);
    });

    it('binds acceptance to the invited address', async () => {
      const { owner, slug, orgId } = await ownerWithOrganization(concord());
      const email = uniqueEmail('bound');
      await invite(owner.client, slug, email, 'admin');
      const link = await linkFromMail(concord(), email);
      const someoneElse = await signedUpClient(concord());
      const page = await someoneElse.client.get(link);
      expect(page.status).toBe(200);
      expect(page.html).toContain(`This invitation was sent to ${email}`);
      expect(page.html).not.toContain(`${link}/accept`);
      const accept = await someoneElse.client.post(`${link}/accept`, {});
      expect(accept.status).toBe(403);
      expect(await membersNamed(orgId, someoneElse.email)).toEqual([]);
      expect(await openInvitationsTo(orgId, email)).toHaveLength(1);
      expect((await concord().client().post(`${link}/accept`, {})).status).toBe(401);
    });

    it('tells a person who already belongs, and uses the invitation up', async () => {
      const { owner, slug, orgId } = await ownerWithOrganization(concord());
      const invitee = await signedUpClient(concord());
      await invite(owner.client, slug, invitee.email, 'admin');
      const link = await linkFromMail(concord(), invitee.email);
      await addMemberDirectly(concord(), orgId, invitee.email, 'member');
      await invitee.client.get(link);
      const accept = await invitee.client.post(`${link}/accept`, {});
      expect(accept.status).toBe(200);
      expect(accept.html).toContain('You already belong to this organisation');
      expect(accept.html).toContain(`href="/organizations/${slug}"`);
      expect(await membersNamed(orgId, invitee.email)).toEqual([{ role: 'member' }]);
      expect(await openInvitationsTo(orgId, invitee.email)).toEqual([]);
    });
  });

  describe('concurrency', () => {
    it('has the database refuse a second open invitation to one address', async () => {
      const { orgId } = await ownerWithOrganization(concord());
      const email = uniqueEmail('index');
      const row = (n: number, closed: { revoked_at?: string; accepted_at?: string } = {}) => ({
        id: `${orgId}-${n}`,
        organization_id: orgId,
        email,
        role: 'member' as const,
        token_hash: `${email}-${n}`,
        invited_by: null,
        created_at: 'x',
        expires_at: 'x',
        accepted_at: closed.accepted_at ?? null,
        accepted_by: null,
        revoked_at: closed.revoked_at ?? null,
      });
      const insert = (values: ReturnType<typeof row>) =>
        db().insertInto('organization_invitations').values(values).execute();
      await insert(row(1, { revoked_at: 'x' }));
      await insert(row(2, { accepted_at: 'x' }));
      await insert(row(3));
      await expect(insert(row(4))).rejects.toThrow(/unique|duplicate key/i);
      expect(await openInvitationsTo(orgId, email)).toHaveLength(1);
    });

    it('keeps one open invitation when the same address is invited twice at once', async () => {
      const { owner, slug, orgId } = await ownerWithOrganization(concord());
      await owner.client.get(`/organizations/${slug}/people`);
      for (let round = 0; round < 3; round++) {
        const email = uniqueEmail(`race${round}`);
        const results = await Promise.all([
          owner.client.post(`/organizations/${slug}/invitations`, { email, role: 'member' }),
          owner.client.post(`/organizations/${slug}/invitations`, { email, role: 'admin' }),
        ]);
        expect(results.map((r) => r.status).sort()).toEqual([303, 422]);
        expect(await invitationsTo(orgId, email)).toHaveLength(1);
        expect(await mailsTo(email)).toHaveLength(1);
      }
    });

    it('makes one membership when one invitation is accepted twice at once', async () => {
      const { owner, slug, orgId } = await ownerWithOrganization(concord());
      for (let round = 0; round < 3; round++) {
        const invitee = await signedUpClient(concord());
        await invite(owner.client, slug, invitee.email, 'admin');
        const link = await linkFromMail(concord(), invitee.email);
        await invitee.client.get(link);
        const results = await Promise.all([
          invitee.client.post(`${link}/accept`, {}),
          invitee.client.post(`${link}/accept`, {}),
        ]);
        expect(results.map((r) => r.status).sort()).toEqual([303, 410]);
        expect(await membersNamed(orgId, invitee.email)).toEqual([{ role: 'admin' }]);
        const accepts = await db()
          .selectFrom('audit_log')
          .select('id')
          .where('subject_id', '=', orgId)
          .where('action', '=', 'organization.invitation.accept')
          .execute();
        expect(accepts).toHaveLength(round + 1);
      }
    });
  });
});
