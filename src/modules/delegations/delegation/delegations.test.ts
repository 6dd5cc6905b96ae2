import { beforeAll, describe, expect, it } from 'vitest';
import { adminClient, signedUpClient, type TestClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { organiserWithOrganization } from '../../../../test/fixtures/events.js';
import { addMember, admitToNetwork } from '../../organizations/index.js';
import { sendDueReminders } from '../reminders/service.js';

const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describeEachEngine('delegations to external events', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;
  let lead: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let partner: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let outsider: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let colleague: { client: TestClient; id: string; name: string };
  let externalEventId: string;
  let delegationPath: string;

  const count = async (table: 'external_events' | 'delegations' | 'delegation_tasks') =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const post = async (client: TestClient, path: string, fields: Record<string, string>) => {
    await client.get('/delegations');
    return client.post(path, fields);
  };

  beforeAll(async () => {
    lead = await organiserWithOrganization(concord(), 'Qarabağ Dirçəliş Birliyi', {
      member: false,
    });
    partner = await organiserWithOrganization(concord(), 'Sahel Water Alliance', {
      member: false,
    });
    outsider = await organiserWithOrganization(concord(), 'Unrelated Union', {
      member: false,
    });
    // Admitted below, by an administrator, as the partnership tests need.
    const admin = await adminClient(concord());
    const by = {
      actor: { ...lead.actor, id: admin.id, email: admin.email, isAdmin: true, name: 'Admin' },
    };
    for (const org of [lead, partner]) {
      expect(await admitToNetwork(concord().organizations, by, org.organization.id, 'member')).toBe(
        true,
      );
    }
    const signed = await signedUpClient(concord(), { name: 'Leyla Məmmədova' });
    const person = await db()
      .selectFrom('people')
      .select(['id', 'name'])
      .where('email', '=', signed.email)
      .executeTakeFirstOrThrow();
    await addMember(concord().organizations, lead.organization.id, person.id, 'member');
    colleague = { client: signed.client, id: person.id, name: person.name };
  });

  describe('external events', () => {
    it('asks visitors to sign in and refuses people who manage no organisation', async () => {
      expect((await concord().client().get('/delegations/external/new')).status).toBe(401);
      expect((await colleague.client.get('/delegations/external/new')).status).toBe(403);
      expect((await colleague.client.get('/delegations/new')).status).toBe(403);
    });

    it('refuses a last day before the first at the field and writes nothing', async () => {
      const before = await count('external_events');
      const page = await post(lead.client, '/delegations/external', {
        name: 'WUF13',
        city: 'Baku',
        country: 'AZ',
        startsOn: '2026-05-17',
        endsOn: '2026-05-12',
        url: '',
      });
      expect(page.status).toBe(422);
      expect(page.html).toContain('The last day cannot be before the first');
      expect(page.html).toContain('id="field-endsOn-error"');
      expect(await count('external_events')).toBe(before);
    });

    it('lets any organisation owner record one', async () => {
      const page = await post(outsider.client, '/delegations/external', {
        name: 'WUF13, Baku 2026',
        city: 'Baku',
        country: 'AZ',
        startsOn: '2026-05-17',
        endsOn: '2026-05-22',
        url: 'https://wuf.unhabitat.org',
      });
      expect(page.status).toBe(303);
      const row = await db()
        .selectFrom('external_events')
        .selectAll()
        .where('name', '=', 'WUF13, Baku 2026')
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ city: 'Baku', country: 'AZ', starts_on: '2026-05-17' });
      externalEventId = row.id;
      const audit = await db()
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', row.id)
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['delegation.externalEvent.create']);
    });
  });

  describe('a delegation', () => {
    it('is created by an owner of the lead organisation, once per lead and event', async () => {
      const form = {
        externalEvent: externalEventId,
        lead: lead.organization.id,
        title: 'Azerbaijani civil society at WUF13',
      };
      const created = await post(lead.client, '/delegations', form);
      expect(created.status).toBe(303);
      delegationPath = created.location!.replace(/\?.*$/, '');
      expect(delegationPath).toMatch(/^\/delegations\/[0-9a-f-]+$/);
      const again = await post(lead.client, '/delegations', { ...form, title: 'Another' });
      expect(again.status).toBe(422);
      expect(again.html).toContain('This organisation already leads a delegation to this event');
      expect(await count('delegations')).toBe(1);
    });

    it('refuses a lead organisation the person does not manage', async () => {
      const page = await post(outsider.client, '/delegations', {
        externalEvent: externalEventId,
        lead: lead.organization.id,
        title: 'Not mine',
      });
      expect(page.status).toBe(422);
      expect(page.html).toContain('Choose an organisation you own or administer');
    });

    it('takes a coalition partner once it accepts, whose owner then manages it too', async () => {
      const invited = await post(lead.client, `${delegationPath}/partners`, {
        partner: `https://concord.example/organizations/${partner.organization.slug}`,
      });
      expect(invited.status).toBe(303);
      await partner.client.get(delegationPath);
      const accepted = await partner.client.post(
        `${delegationPath}/invitations/${partner.organization.id}/accept`,
        {},
      );
      expect(accepted.status).toBe(303);
      await partner.client.get(delegationPath);
      const guest = await partner.client.post(`${delegationPath}/members`, {
        person: '',
        guestName: 'Amina Diallo',
        guestOrganization: partner.organization.id,
        role: 'speaker',
      });
      expect(guest.status).toBe(303);
      const page = await lead.client.get(delegationPath);
      expect(page.html).toContain('Amina Diallo');
      expect(page.html).toContain('Sahel Water Alliance');
    });

    it('adds a person of its organisations and refuses an unknown one at the field', async () => {
      await lead.client.get(delegationPath);
      const added = await lead.client.post(`${delegationPath}/members`, {
        person: `${lead.organization.id}:${colleague.id}`,
        guestName: '',
        guestOrganization: '',
        role: 'head',
      });
      expect(added.status).toBe(303);
      const stranger = await lead.client.post(`${delegationPath}/members`, {
        person: `${lead.organization.id}:${outsider.actor.id}`,
        guestName: '',
        guestOrganization: '',
        role: 'member',
      });
      expect(stranger.status).toBe(422);
      expect(stranger.html).toContain('Choose a person from the list');
      const both = await lead.client.post(`${delegationPath}/members`, {
        person: `${lead.organization.id}:${colleague.id}`,
        guestName: 'Someone',
        guestOrganization: '',
        role: 'member',
      });
      expect(both.status).toBe(422);
      expect(both.html).toContain('not both');
    });

    it('changes a member’s travel status', async () => {
      const member = await db()
        .selectFrom('delegation_members')
        .select('id')
        .where('person_id', '=', colleague.id)
        .executeTakeFirstOrThrow();
      await lead.client.get(delegationPath);
      const saved = await lead.client.post(`${delegationPath}/members/${member.id}`, {
        role: 'head',
        travelStatus: 'visa_requested',
      });
      expect(saved.status).toBe(303);
      const row = await db()
        .selectFrom('delegation_members')
        .select('travel_status')
        .where('id', '=', member.id)
        .executeTakeFirstOrThrow();
      expect(row.travel_status).toBe('visa_requested');
    });

    it('shows members and tasks to its organisations’ people, and lets only managers change', async () => {
      const seen = await colleague.client.get(delegationPath);
      expect(seen.status).toBe(200);
      expect(seen.html).toContain('Amina Diallo');
      expect(seen.html).not.toContain(`action="${delegationPath}/members"`);
      const refused = await colleague.client.post(`${delegationPath}/tasks`, {
        title: 'Book hotel',
        owner: '',
        dueOn: dayFromNow(5),
      });
      expect(refused.status).toBe(403);
    });

    it('is unknown to outsiders and asks visitors to sign in', async () => {
      expect((await outsider.client.get(delegationPath)).status).toBe(404);
      await outsider.client.get('/delegations');
      expect(
        (
          await outsider.client.post(`${delegationPath}/tasks`, {
            title: 'x',
            owner: '',
            dueOn: dayFromNow(1),
          })
        ).status,
      ).toBe(404);
      expect((await concord().client().get(delegationPath)).status).toBe(401);
      expect((await concord().client().get('/delegations/no-such-id')).status).toBe(404);
    });

    it('is open to platform admins', async () => {
      const admin = await adminClient(concord());
      const page = await admin.client.get(delegationPath);
      expect(page.status).toBe(200);
      expect(page.html).toContain(`action="${delegationPath}/members"`);
    });

    it('lists publicly its network member organisations, and no people', async () => {
      const page = await concord().client().get('/delegations');
      expect(page.status).toBe(200);
      expect(page.html).toContain('WUF13, Baku 2026');
      expect(page.html).toContain('Qarabağ Dirçəliş Birliyi');
      expect(page.html).toContain('Sahel Water Alliance');
      expect(page.html).not.toContain('Unrelated Union');
      expect(page.html).not.toContain('Amina Diallo');
      expect(page.html).not.toContain(colleague.name);
      expect(page.html).not.toContain(delegationPath);
    });

    it('records every change in the audit log', async () => {
      const id = delegationPath.split('/').pop()!;
      const actions = (
        await db()
          .selectFrom('audit_log')
          .select('action')
          .where('subject_id', '=', id)
          .orderBy('at')
          .execute()
      ).map((r) => r.action);
      expect(actions).toEqual([
        'delegation.create',
        'delegation.partner.invite',
        'delegation.partner.accept',
        'delegation.member.add',
        'delegation.member.add',
        'delegation.member.update',
      ]);
    });
  });

  describe('reminders', () => {
    it('mails each due task’s owner once, even when two runs race, and never for done tasks', async () => {
      await lead.client.get(delegationPath);
      const tasks = [
        ['Apply for visas', dayFromNow(1)],
        ['Send speaker bios', dayFromNow(-1)],
        ['Register at the venue', dayFromNow(1)],
        ['Book flights', dayFromNow(10)],
      ] as const;
      for (const [title, dueOn] of tasks) {
        const added = await lead.client.post(`${delegationPath}/tasks`, {
          title,
          owner: colleague.id,
          dueOn,
        });
        expect(added.status).toBe(303);
      }
      const done = await db()
        .selectFrom('delegation_tasks')
        .select('id')
        .where('title', '=', 'Register at the venue')
        .executeTakeFirstOrThrow();
      await lead.client.get(delegationPath);
      expect((await lead.client.post(`${delegationPath}/tasks/${done.id}/done`, {})).status).toBe(
        303,
      );

      const now = new Date();
      const runs = await Promise.all([
        sendDueReminders(concord().delegations, now),
        sendDueReminders(concord().delegations, now),
      ]);
      expect(runs[0]! + runs[1]!).toBe(2);
      expect(await sendDueReminders(concord().delegations, now)).toBe(0);

      const email = (
        await db()
          .selectFrom('people')
          .select('email')
          .where('id', '=', colleague.id)
          .executeTakeFirstOrThrow()
      ).email;
      const mails = (await concord().deps.mailer.list(100)).filter((m) => m.to_address === email);
      const subjects = mails.map((m) => m.subject).filter((s) => s.startsWith('Reminder'));
      expect(subjects.sort()).toEqual(['Reminder: Apply for visas', 'Reminder: Send speaker bios']);
      const body = mails.find((m) => m.subject === 'Reminder: Apply for visas')!.body_text;
      expect(body).toContain('Azerbaijani civil society at WUF13');
      expect(body).toContain(`/delegations/`);
    });

    it('refuses a task owner who is not a member of the delegation', async () => {
      await lead.client.get(delegationPath);
      const before = await count('delegation_tasks');
      const page = await lead.client.post(`${delegationPath}/tasks`, {
        title: 'Print badges',
        owner: outsider.actor.id,
        dueOn: dayFromNow(3),
      });
      expect(page.status).toBe(422);
      expect(page.html).toContain('Choose the owner among the delegation’s members');
      expect(await count('delegation_tasks')).toBe(before);
    });
  });
});
