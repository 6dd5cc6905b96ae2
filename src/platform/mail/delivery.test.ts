/**
 * Delivery through SMTP with several processes: a slow relay (250 ms a message, as a busy
 * provider answers) receives each queued message once, counted at the relay.
 */
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminClient, useConcords } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';

/**
 * An SMTP server that accepts every message after `delayMs` and keeps the raw messages, or,
 * while `refusing`, refuses every recipient.
 */
function smtpSink(delayMs: number) {
  const received: string[] = [];
  const state = { refusing: false };
  const server = net.createServer((socket) => {
    let pending = '';
    let data: string[] | undefined;
    let queue = Promise.resolve();
    const reply = (line: string) => socket.write(`${line}\r\n`);
    const command = async (line: string) => {
      if (data) {
        if (line !== '.') return void data.push(line.startsWith('..') ? line.slice(1) : line);
        received.push(data.join('\n'));
        data = undefined;
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return void reply('250 2.0.0 queued');
      }
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO' || verb === 'HELO') reply('250 sink.test');
      else if (verb === 'RCPT' && state.refusing) reply('550 5.1.1 mailbox unavailable');
      else if (verb === 'DATA') {
        data = [];
        reply('354 end with <CRLF>.<CRLF>');
      } else if (verb === 'QUIT') {
        reply('221 2.0.0 bye');
        socket.end();
      } else reply('250 2.0.0 ok');
    };
    reply('220 sink.test ESMTP');
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      pending += chunk.toString('utf8');
      for (let end = pending.indexOf('\r\n'); end >= 0; end = pending.indexOf('\r\n')) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 2);
        queue = queue.then(() => command(line));
      }
    });
  });
  return {
    received,
    state,
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
      ),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const relay = smtpSink(250);
const port = await relay.listen();
afterAll(() => relay.close());

describeEachEngine('mail delivery through jobs', (engine) => {
  const concords = useConcords(engine, 2, { SMTP_URL: `smtp://127.0.0.1:${port}` });
  beforeAll(() => {
    relay.received.length = 0;
  });

  it('delivers 100 messages queued before two processes poll, each exactly once', async () => {
    const one = concords()[0]!;
    const two = concords()[1]!;
    for (let i = 0; i < 100; i++) {
      await (i % 2 ? one : two).deps.mailer.queue(one.deps.db.kysely, {
        to: `delegate${i}@example.org`,
        subject: `Message ${i}`,
        text: `Body of message ${i}`,
      });
    }
    const workers = [one.jobs.start({ pollMs: 50 }), two.jobs.start({ pollMs: 50 })];
    const unsent = () =>
      one.deps.db.kysely
        .selectFrom('mail_outbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('sent_at', 'is', null)
        .executeTakeFirstOrThrow();
    const deadline = Date.now() + 60_000;
    while (Number((await unsent()).n) > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await Promise.all(workers.map((w) => w.stop()));

    const subjects = relay.received.map((raw) => /^Subject: (.*)$/m.exec(raw)?.[1]);
    const times = new Map<string, number>();
    for (const subject of subjects) times.set(subject!, (times.get(subject!) ?? 0) + 1);
    expect([...times].filter(([, n]) => n > 1)).toEqual([]);
    expect(times.size).toBe(100);
    expect(relay.received).toHaveLength(100);
    // The sender is named as the network is (its default name here), at MAIL_FROM's address.
    expect(relay.received[0]).toMatch(/^From: NGO network <concord@localhost>$/m);

    const outbox = await one.deps.db.kysely
      .selectFrom('mail_outbox')
      .select(['sent_at', 'attempts'])
      .execute();
    expect(outbox.every((m) => m.sent_at !== null && m.attempts === 1)).toBe(true);
    const jobs = await one.deps.db.kysely
      .selectFrom('jobs')
      .select(['state', 'attempts', 'locked_by'])
      .where('kind', '=', 'mail.deliver')
      .execute();
    expect(jobs).toHaveLength(100);
    expect(jobs.every((j) => j.state === 'done' && j.attempts === 1)).toBe(true);
  }, 90_000);

  it('queues no delivery for a message whose transaction rolled back', async () => {
    const one = concords()[0]!;
    const before = relay.received.length;
    await expect(
      one.deps.db.kysely.transaction().execute(async (tx) => {
        await one.deps.mailer.queue(tx, { to: 'never@example.org', subject: 'Never', text: 'x' });
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(await one.jobs.runDue()).toBe(0);
    expect(relay.received.length).toBe(before);
  });

  it('keeps a message the relay refuses waiting, with its answer, and sends it on a later try', async () => {
    const one = concords()[0]!;
    relay.state.refusing = true;
    await one.deps.mailer.queue(one.deps.db.kysely, {
      to: 'full.mailbox@example.org',
      subject: 'Refused at first',
      text: 'x',
    });
    const t0 = new Date(Date.now() + 1000);
    expect(await one.jobs.runDue(t0)).toBe(1);
    const message = await one.deps.db.kysely
      .selectFrom('mail_outbox')
      .selectAll()
      .where('subject', '=', 'Refused at first')
      .executeTakeFirstOrThrow();
    expect(message).toMatchObject({ sent_at: null, attempts: 1 });
    expect(message.last_error).toContain('550');
    const job = await one.deps.db.kysely
      .selectFrom('jobs')
      .selectAll()
      .where('payload', 'like', `%${message.id}%`)
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ state: 'pending', attempts: 1 });
    expect(job.last_error).toContain('550');
    const admin = await adminClient(one);
    const outbox = await admin.client.get('/admin/outbox');
    expect(outbox.html).toContain('550 5.1.1 mailbox unavailable');

    relay.state.refusing = false;
    expect(await one.jobs.runDue(new Date(job.run_at))).toBe(1);
    expect(relay.received.filter((raw) => raw.includes('Subject: Refused at first'))).toHaveLength(
      1,
    );
  });
});
