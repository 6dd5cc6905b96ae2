/**
 * Outgoing mail. Every message is first written to the outbox table, in the caller's
 * transaction when it has one, so a message is never sent for work that rolled back. With
 * SMTP_URL set a delivery loop sends what is waiting; without it the outbox is the mailbox,
 * readable by administrators at /admin/outbox, so sign-up works with no mail server.
 */
import { createRequire } from 'node:module';
import type { Kysely } from 'kysely';
import type nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import { newId, nowIso } from '../db/ids.js';
import type { Database } from '../db/tables.js';
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
  /** Sends what is waiting (no-op without SMTP); returns how many were sent. */
  deliver(): Promise<number>;
  list: (limit: number, before?: string) => Promise<q.OutboxRow[]>;
  /** Set on a mailer that throws every message away (the demo's): a sender may build none. */
  readonly discards?: true;
};

/** @example const mailer = createMailer({ db, smtpUrl: config.smtpUrl, from, log }) */
export function createMailer(options: {
  db: Kysely<Database>;
  smtpUrl: string | undefined;
  from: string;
  log: Logger;
  /** Print queued messages (with their links) to the log: for development only. */
  logMessages: boolean;
}): Mailer {
  const { db, log } = options;
  // nodemailer loads only where there is an SMTP server to talk to.
  const transport = options.smtpUrl
    ? (createRequire(import.meta.url)('nodemailer') as typeof nodemailer).createTransport(
        options.smtpUrl,
      )
    : undefined;
  return {
    async queue(tx, mail) {
      await q.insertOutboxMessage(tx, {
        id: newId(),
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
      if (!transport && options.logMessages)
        log.info(
          { mail: { to: mail.to, subject: mail.subject, text: mail.text } },
          'mail queued in outbox (no SMTP_URL)',
        );
    },
    async deliver() {
      if (!transport) return 0;
      let sent = 0;
      for (const message of await q.listUnsentMessages(db, 50)) {
        try {
          await transport.sendMail({
            from: options.from,
            to: message.to_address,
            subject: message.subject,
            text: message.body_text,
            attachments: outboxAttachments(message),
          });
          await q.markMessageSent(db, message.id, nowIso());
          sent++;
        } catch (error) {
          await q.markMessageFailed(db, message.id, (error as Error).message);
          log.warn({ err: error, id: message.id }, 'mail delivery failed');
        }
      }
      return sent;
    },
    list: (limit, before) => q.listOutboxMessages(db, limit, before),
  };
}
