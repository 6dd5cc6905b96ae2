/**
 * The network's delegation to the 13th World Urban Forum (Baku, 17–22 May 2026, past), led by
 * the Global South NGO Platform with partners that work on cities (each invited, and accepted by
 * its owner): members with their travel status, and a checklist whose tasks, the report after
 * the forum among them, are done (so no reminder goes out).
 */
import type { ConcordModules } from '../boot.js';
import {
  addDelegationMember,
  addDelegationTask,
  answerDelegationInvitation,
  createDelegation,
  createExternalEvent,
  DelegationMemberAddSchema,
  delegationDetails,
  ExternalEventCreateSchema,
  loadDelegation as findDelegation,
  inviteDelegationPartner,
  markDelegationTask,
  updateDelegationMember,
} from '../modules/delegations/index.js';
import { type DemoOrg, quiet } from './quiet.js';

const PARTNERS = [
  'Azərbaycan Milli QHT Forumu',
  '“Xankəndi” Məcburi Köçkünlərə Dəstək İctimai Birliyi',
  'Nairobi Urban Housing Forum',
  'Fundación Ciudades Sostenibles',
  'Manila Disaster Response Network',
];

/** [role, travel status] of the members in the order they are added. */
const MEMBERS = [
  ['head', 'travelled'],
  ['speaker', 'travelled'],
  ['member', 'travelled'],
  ['speaker', 'travelled'],
  ['member', 'cancelled'],
  ['support', 'travelled'],
] as const;

const TASKS = [
  ['Register the delegation with UN-Habitat', '2026-03-15'],
  ['Apply for visas of the delegates who need one', '2026-04-01'],
  ['Book rooms near the Baku venue', '2026-04-20'],
  ['Agree the delegation’s key messages on post-conflict urban recovery', '2026-05-05'],
  ['Print the Great Return case studies', '2026-05-12'],
] as const;

function must<T extends { ok: boolean }>(what: string, result: T) {
  if (!result.ok) throw new Error(`demo ${what}: ${JSON.stringify(result)}`);
}

export async function loadDelegation(concord: ConcordModules, orgs: Map<string, DemoOrg>) {
  // The demo mails nobody: the partners' owners accept their invitations here.
  const ctx = quiet(concord.delegations);
  const lead = orgs.get('Global South NGO Platform')!;
  const by = lead.owner;
  const wuf = await createExternalEvent(
    ctx,
    by,
    ExternalEventCreateSchema.parse({
      name: 'World Urban Forum 13 (WUF13)',
      city: 'Bakı',
      country: 'AZ',
      startsOn: '2026-05-17',
      endsOn: '2026-05-22',
      url: 'https://wuf.unhabitat.org',
    }),
  );
  const created = await createDelegation(ctx, by, {
    externalEvent: wuf.id,
    lead: lead.id,
    title: 'Global South NGO Platform at WUF13',
  });
  if (!created.ok) throw new Error(`demo delegation: ${JSON.stringify(created.problems)}`);
  for (const name of PARTNERS) {
    const partner = orgs.get(name)!;
    must(
      `partner ${name}`,
      await inviteDelegationPartner(
        ctx,
        by,
        (await findDelegation(ctx, created.id))!,
        partner.slug,
      ),
    );
    const invited = (await findDelegation(ctx, created.id))!;
    const accepted = await answerDelegationInvitation(
      ctx,
      partner.owner,
      invited,
      partner.id,
      true,
    );
    if (!accepted) throw new Error(`demo partner ${name}: invitation not accepted`);
  }
  const delegation = (await findDelegation(ctx, created.id))!;
  const { people } = await delegationDetails(ctx, delegation, 'en');
  // Xatirə Vəliyeva, who read the forum's address, heads it; then one member of each partner.
  const chosen = [
    ...people.filter((p) => p.organizationId === orgs.get(PARTNERS[1]!)!.id && p.role === 'owner'),
    ...PARTNERS.map((name) =>
      people.find((p) => p.organizationId === orgs.get(name)!.id && p.role === 'member'),
    ).filter((p) => p !== undefined),
  ].slice(0, MEMBERS.length);
  for (const [index, person] of chosen.entries()) {
    must(
      `member ${person.name}`,
      await addDelegationMember(
        ctx,
        by,
        delegation,
        DelegationMemberAddSchema.parse({
          person: `${person.organizationId}:${person.personId}`,
          role: MEMBERS[index]![0],
        }),
      ),
    );
  }
  must(
    'guest',
    await addDelegationMember(
      ctx,
      by,
      delegation,
      DelegationMemberAddSchema.parse({
        guestName: 'Nigar Hüseynova',
        guestOrganization: lead.id,
        role: 'speaker',
      }),
    ),
  );
  const { members } = await delegationDetails(ctx, delegation, 'en');
  for (const [index, member] of members.entries()) {
    const [role, travelStatus] = MEMBERS[index % MEMBERS.length]!;
    await updateDelegationMember(ctx, by, delegation, member.id, {
      role: member.guest_name ? 'speaker' : role,
      travelStatus: member.guest_name ? 'travelled' : travelStatus,
    });
  }
  const owners = members.flatMap((m) => (m.person_id ? [m.person_id] : []));
  for (const [index, [title, dueOn]] of TASKS.entries()) {
    must(
      `task ${title}`,
      await addDelegationTask(ctx, by, delegation, {
        title,
        owner: owners[index % owners.length] ?? null,
        dueOn,
      }),
    );
  }
  // WUF13 is over and its head wrote the delegation's report. The delegations module keeps no
  // report of its own, only this task that says it was written: the demo invents none.
  must(
    'report task',
    await addDelegationTask(ctx, by, delegation, {
      title: 'Write the delegation’s report for the network',
      owner: orgs.get(PARTNERS[1]!)!.owner.id,
      dueOn: '2026-06-30',
    }),
  );
  const { tasks } = await delegationDetails(ctx, delegation, 'en');
  for (const task of tasks) await markDelegationTask(ctx, by, delegation, task.id, true);
}
