/**
 * Partnership by consent: an invited organisation is no partner until its owners or admins
 * accept. Its people are not offered, cannot be added or given tasks, its managers have no
 * rights, it is not shown as going; a non-public organisation cannot be found or invited.
 */
import type { Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import * as migration from '../../../../migrations/0015_delegation_partnerships.js';
import { adminClient, signedUpClient, type TestClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { organiserWithOrganization } from '../../../../test/fixtures/events.js';
import { addMember, admitToNetwork } from '../../organizations/index.js';

type Organiser = Awaited<ReturnType<typeof organiserWithOrganization>>;

describeEachEngine('delegation partners by invitation', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;
  let lead: Organiser;
  let partner: Organiser;
  let other: Organiser;
  let hidden: Organiser;
  let racer: Organiser;
  let partnerPerson: { client: TestClient; id: string; name: string };
  let path: string;
  let delegationId: string;

  const post = async (client: TestClient, to: string, fields: Record<string, string> = {}) => {
    await client.get('/delegations');
    return client.post(to, fields);
  };
  const invite = (slug: string) => post(lead.client, `${path}/partners`, { partner: slug });
  const answer = (who: Organiser, org: Organiser, verb: 'accept' | 'decline') =>
    post(who.client, `${path}/invitations/${org.organization.id}/${verb}`);
  const partnerships = () =>
    db()
      .selectFrom('delegation_organizations')
      .select(['organization_id', 'accepted_at'])
      .where('delegation_id', '=', delegationId)
      .execute();
  const audit = async () =>
    (
      await db()
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', delegationId)
        .where('action', 'like', 'delegation.partner.%')
        .orderBy('at')
        .execute()
    ).map((r) => r.action);
  const personMember = (person: { id: string }) => ({
    person: `${partner.organization.id}:${person.id}`,
    guestName: '',
    guestOrganization: '',
    role: 'head',
  });

  beforeAll(async () => {
    lead = await organiserWithOrganization(concord(), 'Baku Urban Forum Coalition', {
      member: false,
    });
    partner = await organiserWithOrganization(concord(), 'Nairobi Housing Collective', {
      member: false,
    });
    other = await organiserWithOrganization(concord(), 'Lima Water Network', { member: false });
    hidden = await organiserWithOrganization(concord(), 'Quiet Unlisted Association', {
      member: false,
    });
    racer = await organiserWithOrganization(concord(), 'Dhaka Flood Watch', { member: false });
    const admin = await adminClient(concord());
    const by = {
      actor: { ...lead.actor, id: admin.id, email: admin.email, isAdmin: true, name: 'Admin' },
    };
    // Everyone but `hidden` is a network member, whose profile anyone may see.
    for (const org of [lead, partner, other, racer]) {
      expect(await admitToNetwork(concord().organizations, by, org.organization.id, 'ok')).toBe(
        true,
      );
    }
    const signed = await signedUpClient(concord(), { name: 'Wanjiru Kamau' });
    const person = await db()
      .selectFrom('people')
      .select(['id', 'name'])
      .where('email', '=', signed.email)
      .executeTakeFirstOrThrow();
    await addMember(concord().organizations, partner.organization.id, person.id, 'member');
    partnerPerson = { client: signed.client, id: person.id, name: person.name };

    const event = await post(lead.client, '/delegations/external', {
      name: 'COP31',
      city: 'Antalya',
      country: 'TR',
      startsOn: '2026-11-09',
      endsOn: '2026-11-20',
      url: '',
    });
    expect(event.status).toBe(303);
    const external = await db()
      .selectFrom('external_events')
      .select('id')
      .where('name', '=', 'COP31')
      .executeTakeFirstOrThrow();
    const created = await post(lead.client, '/delegations', {
      externalEvent: external.id,
      lead: lead.organization.id,
      title: 'Civil society at COP31',
    });
    expect(created.status).toBe(303);
    path = created.location!.replace(/\?.*$/, '');
    delegationId = path.split('/').pop()!;
  });

  it('neither finds nor invites an organisation that is not public, answering as for none', async () => {
    const unknown = 'No organisation has this address on this site';
    const none = await invite('no-such-organisation');
    expect(none.status).toBe(422);
    expect(none.html).toContain(unknown);
    for (const typed of [
      hidden.organization.slug,
      `https://concord.example/organizations/${hidden.organization.slug}`,
      hidden.organization.id,
    ]) {
      const page = await invite(typed);
      expect(page.status).toBe(422);
      expect(page.html).toContain(unknown);
      expect(page.html).not.toContain('Quiet Unlisted Association');
      // The same page as for an address nobody has, but for the address typed.
      expect(page.html.replaceAll(typed, 'X').replace(/name="_csrf" value="[^"]+"/g, '')).toBe(
        none.html
          .replaceAll('no-such-organisation', 'X')
          .replace(/name="_csrf" value="[^"]+"/g, ''),
      );
    }
    expect(await partnerships()).toEqual([]);
  });

  it('invites: the invited organisation’s people are not offered and cannot be added', async () => {
    const invited = await invite(partner.organization.slug);
    expect(invited.status).toBe(303);
    expect(await partnerships()).toEqual([
      { organization_id: partner.organization.id, accepted_at: null },
    ]);
    const mail = (await concord().deps.mailer.list(100)).find(
      (m) => m.to_address === partner.actor.email && m.subject.includes('Civil society at COP31'),
    );
    expect(mail?.body_text).toContain('Nairobi Housing Collective');
    expect(mail?.body_text).toContain(path);

    const page = await lead.client.get(path);
    expect(page.html).toContain('Invited, not yet answered');
    expect(page.html).not.toContain(partnerPerson.name);
    expect(page.html).not.toContain(`${partner.organization.id}:${partnerPerson.id}`);
    const added = await post(lead.client, `${path}/members`, personMember(partnerPerson));
    expect(added.status).toBe(422);
    expect(added.html).toContain('Choose a person from the list');
    const guest = await post(lead.client, `${path}/members`, {
      person: '',
      guestName: 'Someone',
      guestOrganization: partner.organization.id,
      role: 'member',
    });
    expect(guest.status).toBe(422);
    const task = await post(lead.client, `${path}/tasks`, {
      title: 'Book flights',
      owner: partnerPerson.id,
      dueOn: '2026-10-01',
    });
    expect(task.status).toBe(422);
    const members = await db()
      .selectFrom('delegation_members')
      .select('id')
      .where('delegation_id', '=', delegationId)
      .execute();
    expect(members).toEqual([]);
  });

  it('gives the invited organisation’s managers no rights, only the invitation to answer', async () => {
    const seen = await partner.client.get(path);
    expect(seen.status).toBe(200);
    expect(seen.html).toContain(`action="${path}/invitations/${partner.organization.id}/accept"`);
    expect(seen.html).not.toContain(`action="${path}/members"`);
    expect(seen.html).not.toContain('Preparation checklist');
    expect(
      (await post(partner.client, `${path}/members`, personMember(partnerPerson))).status,
    ).toBe(403);
    const task = await post(partner.client, `${path}/tasks`, {
      title: 'x',
      owner: '',
      dueOn: '2026-10-01',
    });
    expect(task.status).toBe(403);
    expect(
      (await post(partner.client, `${path}/partners/${partner.organization.id}/remove`)).status,
    ).toBe(403);
    // A plain member of the invited organisation is not asked, and learns nothing.
    expect((await partnerPerson.client.get(path)).status).toBe(404);
    // Pending, it is not shown as going; its managers see the invitation in their list.
    const list = await concord().client().get('/delegations');
    expect(list.html).toContain('Baku Urban Forum Coalition');
    expect(list.html).not.toContain('Nairobi Housing Collective');
    const theirs = await partner.client.get('/delegations');
    expect(theirs.html).toContain('Invitations for your organisations');
    expect(theirs.html).toContain(`href="${path}"`);
  });

  it('lets none but the invited organisation’s managers answer', async () => {
    expect((await answer(other, partner, 'accept')).status).toBe(404);
    expect((await answer(lead, partner, 'accept')).status).toBe(403);
    const admin = await adminClient(concord());
    await admin.client.get('/delegations');
    const byAdmin = await admin.client.post(
      `${path}/invitations/${partner.organization.id}/accept`,
      {},
    );
    expect(byAdmin.status).toBe(403);
    expect((await partnerships())[0]!.accepted_at).toBeNull();
  });

  it('makes the organisation a partner once its owner accepts: its people are offered', async () => {
    const accepted = await answer(partner, partner, 'accept');
    expect(accepted.status).toBe(303);
    // Answered already: now a partner, it has nothing left to accept.
    expect((await answer(partner, partner, 'accept')).status).toBe(403);
    const page = await lead.client.get(path);
    expect(page.html).toContain(`${partner.organization.id}:${partnerPerson.id}`);
    expect((await post(lead.client, `${path}/members`, personMember(partnerPerson))).status).toBe(
      303,
    );
    const task = await post(partner.client, `${path}/tasks`, {
      title: 'Agree the key messages',
      owner: partnerPerson.id,
      dueOn: '2026-10-01',
    });
    expect(task.status).toBe(303);
    const list = await concord().client().get('/delegations');
    expect(list.html).toContain('Nairobi Housing Collective');
    expect(await audit()).toEqual(['delegation.partner.invite', 'delegation.partner.accept']);
  });

  it('takes a declined or withdrawn invitation back, with no rights left', async () => {
    expect((await invite(other.organization.slug)).status).toBe(303);
    expect((await answer(other, other, 'decline')).status).toBe(303);
    expect((await other.client.get(path)).status).toBe(404);
    expect((await invite(other.organization.slug)).status).toBe(303);
    const withdrawn = await post(lead.client, `${path}/partners/${other.organization.id}/remove`);
    expect(withdrawn.status).toBe(303);
    expect((await other.client.get(path)).status).toBe(404);
    expect((await answer(other, other, 'accept')).status).toBe(404);
    expect((await partnerships()).map((p) => p.organization_id)).toEqual([partner.organization.id]);
    expect((await audit()).slice(2)).toEqual([
      'delegation.partner.invite',
      'delegation.partner.decline',
      'delegation.partner.invite',
      'delegation.partner.withdraw',
    ]);
  });

  it('invites and accepts once when two do it at once', async () => {
    const invites = await Promise.all([
      invite(racer.organization.slug),
      invite(racer.organization.slug),
    ]);
    expect(invites.map((p) => p.status).sort()).toEqual([303, 422]);
    await racer.client.get('/delegations');
    const answers = await Promise.all([
      racer.client.post(`${path}/invitations/${racer.organization.id}/accept`, {}),
      racer.client.post(`${path}/invitations/${racer.organization.id}/accept`, {}),
    ]);
    // The later answer finds the invitation taken: refused as a partner's (403) or, when it
    // read the invitation before the other committed, as an invitation no longer open (404).
    const [first, second] = answers.map((p) => p.status).sort();
    expect(first).toBe(303);
    expect([403, 404]).toContain(second);
    const rows = (await partnerships()).filter((p) => p.organization_id === racer.organization.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.accepted_at).not.toBeNull();
    const actions = await audit();
    expect(actions.filter((a) => a === 'delegation.partner.accept')).toHaveLength(2);
    // The one-row rule is the database's: a second row for the pair is refused outright.
    await expect(
      db()
        .insertInto('delegation_organizations')
        .values({
          delegation_id: delegationId,
          organization_id: racer.organization.id,
          invited_at: null,
          accepted_at: null,
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('lets an accepted partner leave, taking its people and its rights with it', async () => {
    const left = await post(partner.client, `${path}/partners/${partner.organization.id}/leave`);
    expect(left.status).toBe(303);
    expect((await partner.client.get(path)).status).toBe(404);
    const members = await db()
      .selectFrom('delegation_members')
      .select('person_id')
      .where('delegation_id', '=', delegationId)
      .execute();
    expect(members).toEqual([]);
    const tasks = await db()
      .selectFrom('delegation_tasks')
      .select('owner_id')
      .where('delegation_id', '=', delegationId)
      .execute();
    expect(tasks).toEqual([{ owner_id: null }]);
    // The lead cannot make another organisation leave in its name.
    expect(
      (await post(lead.client, `${path}/partners/${racer.organization.id}/leave`)).status,
    ).toBe(403);
    expect((await audit()).at(-1)).toBe('delegation.partner.leave');
  });

  it('lets one of the lead’s people invite an organisation of theirs that is not public', async () => {
    await addMember(concord().organizations, hidden.organization.id, lead.actor.id, 'member');
    expect((await invite(hidden.organization.slug)).status).toBe(303);
    expect((await answer(hidden, hidden, 'accept')).status).toBe(303);
    // A partner, yet not on the public list: only network members are.
    const list = await concord().client().get('/delegations');
    expect(list.html).not.toContain('Quiet Unlisted Association');
  });

  it('turns partners recorded before consent was asked into invitations on upgrade', async () => {
    // Back to the schema before invitations (no pending rows here), then up again.
    const schema = db() as unknown as Kysely<unknown>;
    await migration.down(schema);
    await migration.up(schema);
    const rows = await partnerships();
    expect(rows.map((r) => r.organization_id).sort()).toEqual(
      [racer.organization.id, hidden.organization.id].sort(),
    );
    for (const row of rows) expect(row.accepted_at).toBeNull();
    const seen = await racer.client.get(path);
    expect(seen.html).toContain(`action="${path}/invitations/${racer.organization.id}/accept"`);
    expect(seen.html).not.toContain('Preparation checklist');
    expect((await answer(racer, racer, 'accept')).status).toBe(303);
  });
});
