/**
 * Delegation reminders as a recurring job: every process schedules it, one row exists; the
 * processes run it side by side and each due task's owner is mailed once.
 */
import { beforeAll, expect, it } from 'vitest';
import { useConcords } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { organiserWithOrganization } from '../../../../test/fixtures/events.js';

const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describeEachEngine('delegation reminders job', (engine) => {
  const concords = useConcords(engine, 2);
  const one = () => concords()[0]!;
  const two = () => concords()[1]!;
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;

  beforeAll(async () => {
    organiser = await organiserWithOrganization(one(), 'Gəncə Gənclər Birliyi');
    const { client } = organiser;
    await client.get('/delegations');
    const external = await client.post('/delegations/external', {
      name: 'WUF13, Baku 2026',
      city: 'Baku',
      country: 'AZ',
      startsOn: '2026-05-17',
      endsOn: '2026-05-22',
      url: '',
    });
    expect(external.status).toBe(303);
    const { id: externalEvent } = await one()
      .deps.db.kysely.selectFrom('external_events')
      .select('id')
      .executeTakeFirstOrThrow();
    const created = await client.post('/delegations', {
      externalEvent,
      lead: organiser.organization.id,
      title: 'Gəncə youth at WUF13',
    });
    expect(created.status).toBe(303);
    const path = created.location!.replace(/\?.*$/, '');
    await client.get(path);
    const member = await client.post(`${path}/members`, {
      person: `${organiser.organization.id}:${organiser.actor.id}`,
      guestName: '',
      guestOrganization: '',
      role: 'head',
    });
    expect(member.status).toBe(303);
    for (const [title, dueOn] of [
      ['Apply for visas', dayFromNow(1)],
      ['Send speaker bios', dayFromNow(0)],
      ['Book flights', dayFromNow(10)],
    ]) {
      await client.get(path);
      const added = await client.post(`${path}/tasks`, {
        title: title!,
        owner: organiser.actor.id,
        dueOn: dueOn!,
      });
      expect(added.status).toBe(303);
    }
  });

  it('is scheduled once however many processes schedule it at once', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? one() : two()).jobs.scheduleRecurring()),
    );
    const rows = await one()
      .deps.db.kysely.selectFrom('jobs')
      .select(['kind', 'unique_key', 'state'])
      .orderBy('kind')
      .execute();
    expect(rows).toEqual([
      { kind: 'delegation.reminders', unique_key: 'delegation.reminders', state: 'pending' },
      { kind: 'jobs.purge', unique_key: 'jobs.purge', state: 'pending' },
    ]);
  });

  it('mails each due task’s owner once, run by both processes, and comes back ten minutes later', async () => {
    const now = new Date(Date.now() + 1000);
    const runs = await Promise.all([one().jobs.runDue(now), two().jobs.runDue(now)]);
    // The reminders and the purge: two jobs, each run by one of the processes.
    expect(runs[0]! + runs[1]!).toBe(2);
    const reminders = await one()
      .deps.db.kysely.selectFrom('mail_outbox')
      .select('subject')
      .where('to_address', '=', organiser.actor.email)
      .where('subject', 'like', 'Reminder%')
      .orderBy('subject')
      .execute();
    expect(reminders.map((m) => m.subject)).toEqual([
      'Reminder: Apply for visas',
      'Reminder: Send speaker bios',
    ]);
    const job = await one()
      .deps.db.kysely.selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'delegation.reminders')
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({
      state: 'pending',
      attempts: 0,
      run_at: new Date(now.getTime() + 10 * 60_000).toISOString(),
    });

    // Ten minutes on, the job runs again and finds nothing new to remind.
    const next = new Date(now.getTime() + 10 * 60_000);
    expect(await two().jobs.runDue(next)).toBe(1);
    const again = await one()
      .deps.db.kysely.selectFrom('mail_outbox')
      .select('id')
      .where('to_address', '=', organiser.actor.email)
      .where('subject', 'like', 'Reminder%')
      .execute();
    expect(again).toHaveLength(2);
  });
});
