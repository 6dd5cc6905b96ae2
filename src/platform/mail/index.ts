/**
 * Outgoing mail. Every message is first written to the outbox table, in the caller's
 * transaction when it has one, so a message is never sent for work that rolled back. With
 * SMTP_URL set the same transaction queues a delivery job for the message (platform/jobs): one
 * process claims it, sends, and marks the message sent, so each message goes out once per claim
 * however many processes run. Without SMTP_URL the outbox is the mailbox, readable by
 * administrators at /admin/outbox, and no delivery job is queued: a message written then is
 * never sent later, when SMTP_URL is set (its links may have expired by then).
 */
import { createRequire } from 'node:module';
import type { Kysely } from 'kysely';
import type nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import { newId, nowIso } from '../db/ids.js';
import type { Database } from '../db/tables.js';
import { DEFAULT_LEASE_MS, enqueueJob, type Jobs } from '../jobs/index.js';
import * as q from './queries.js';

export type MailAttachment = { filename: string; contentType: string; content: Buffer };
export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  attachments?: readonly MailAttachment[];
};

type StoredAttachment = { filename: string; contentType: string; base64: string };

/** The attachments of a message read back from the outbox. */
export function outboxAttachments(row: Pick<q.OutboxRow, 'attachments'>): MailAttachment[] {
  return (JSON.parse(row.attachments) as StoredAttachment[]).map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: Buffer.from(a.base64, 'base64'),
  }));
}

export type Mailer = {
  /** Queues a message; pass a transaction to tie it to the work that caused it. */
  queue(db: Kysely<Database>, mail: OutgoingMail): Promise<void>;
  list: (limit: number, before?: string) => Promise<q.OutboxRow[]>;
  /** Set on a mailer that throws every message away (the demo's): a sender may build none. */
  readonly discards?: true;
};

/** The address of a sender written as `Name <address>` or as the bare address. */
export const senderAddress = (from: string) => /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();

/** The job that delivers one message of the outbox. */
export const DELIVERY_JOB = 'mail.deliver';

/** @example const mailer = createMailer({ db, jobs, smtpUrl: config.smtpUrl, from, log }) */
export function createMailer(options: {
  db: Kysely<Database>;
  jobs: Jobs;
  smtpUrl: string | undefined;
  from: string;
  /**
   * The sender's display name, asked when a message is delivered (the network's name, which its
   * administrators may change); MAIL_FROM's address stays. Without one, MAIL_FROM as written.
   */
  senderName?: () => Promise<string | undefined>;
  log: Logger;
  /** Print queued messages (with their links) to the log: for development only. */
  logMessages: boolean;
}): Mailer {
  const { db, log } = options;
  // nodemailer loads only where there is an SMTP server to talk to. Its timeouts end a stalled
  // delivery well within the job's lease, so no other process retakes a message still sending.
  const transport = options.smtpUrl
    ? (createRequire(import.meta.url)('nodemailer') as typeof nodemailer).createTransport({
        url: options.smtpUrl,
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: DEFAULT_LEASE_MS / 5,
      })
    : undefined;
  if (transport) {
    options.jobs.register<{ id: string }>(DELIVERY_JOB, {
      async run({ id }) {
        const message = await q.findOutboxMessage(db, id);
        if (!message || message.sent_at !== null) return;
        try {
          const name = await options.senderName?.();
          await transport.sendMail({
            from: name ? { name, address: senderAddress(options.from) } : options.from,
            to: message.to_address,
            subject: message.subject,
            text: message.body_text,
            attachments: outboxAttachments(message),
          });
        } catch (error) {
          await q.markMessageFailed(db, id, (error as Error).message);
          throw error;
        }
        await q.markMessageSent(db, id, nowIso());
      },
    });
  }
  return {
    async queue(tx, mail) {
      const id = newId();
      await q.insertOutboxMessage(tx, {
        id,
        to_address: mail.to,
        subject: mail.subject,
        body_text: mail.text,
        created_at: nowIso(),
        sent_at: null,
        attempts: 0,
        last_error: null,
        attachments: JSON.stringify(
          (mail.attachments ?? []).map(
            (a): StoredAttachment => ({
              filename: a.filename,
              contentType: a.contentType,
              base64: a.content.toString('base64'),
            }),
          ),
        ),
      });
      if (transport) await enqueueJob(tx, { kind: DELIVERY_JOB, payload: { id } });
      else if (options.logMessages)
        log.info(
          { mail: { to: mail.to, subject: mail.subject, text: mail.text } },
          'mail queued in outbox (no SMTP_URL)',
        );
    },
    list: (limit, before) => q.listOutboxMessages(db, limit, before),
  };
}
