/**
 * The mails a registration sends, each in the recipient's language and queued in the
 * transaction that changed the registration, so a mail never announces a seat that rolled back.
 * A confirmed seat brings the event as an .ics file, the door code as a QR image and the online
 * meeting link, which nobody without a seat receives.
 */
import type { Kysely } from 'kysely';
import QRCode from 'qrcode';
import type { Database } from '../../../platform/db/tables.js';
import {
  isLocale,
  type Locale,
  type MessageKey,
  translator,
} from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import type { Events } from '../context.js';
import { addEventToCalendar, newCalendar } from '../event/calendar.js';
import { findVenue } from '../event/rows.js';
import { formatEventTimes } from '../event/times.js';
import type { EventRow } from '../tables.js';
import { displayCode } from './code.js';
import * as rq from './queries.js';

export type RegistrationMailKind =
  | 'confirmed'
  | 'promoted'
  | 'waitlisted'
  | 'pending'
  | 'cancelled'
  | 'cancelledByOrganizer'
  | 'rejected'
  | 'eventMoved'
  | 'eventCancelled';

/** Kinds that hand the person a seat, and with it the calendar file and the code's QR. */
const SEAT: RegistrationMailKind[] = ['confirmed', 'promoted'];

/**
 * The door code as a PNG, for mail: 6 pixels a module (about 170 px, plenty for a scanner).
 * A fixed width makes the encoder resample, which cost five times as much, and this runs
 * inside the registration's transaction.
 */
export const codePng = (code: string) =>
  QRCode.toBuffer(displayCode(code), { type: 'png', margin: 2, scale: 6 });

/** The door code as an SVG without style attributes (the CSP forbids inline styles). */
export const codeSvg = (code: string) =>
  QRCode.toString(displayCode(code), { type: 'svg', margin: 2, width: 192 });

/**
 * The seat-holder's .ics, online link included, read through `tx`: on SQLite the transaction
 * holds the only connection, so a read outside it would wait for the transaction forever.
 */
async function icsIn(ctx: Events, tx: Kysely<Database>, event: EventRow, locale: Locale) {
  const venue = event.venue_id ? ((await findVenue(tx, event.venue_id)) ?? null) : null;
  const calendar = newCalendar();
  addEventToCalendar(calendar, event, venue, {
    locale,
    baseUrl: ctx.deps.config.baseUrl,
    onlineLink: true,
  });
  return calendar.toString();
}

/**
 * Tells everyone still registered for `event` (as it now stands) that it has moved to new times
 * or been cancelled, in the transaction that changed it.
 */
export async function mailRegistrants(
  ctx: Events,
  tx: Kysely<Database>,
  event: EventRow,
  kind: 'eventMoved' | 'eventCancelled',
) {
  for (const id of await rq.listOpenRegistrationIds(tx, event.id)) {
    await mailRegistrant(ctx, tx, event, id, kind);
  }
}

/** The person behind a registration, with the language they read their mail in. */
export async function registrantReader(ctx: Events, tx: Kysely<Database>, registrationId: string) {
  const person = await rq.findRegistrant(tx, registrationId);
  const locale = isLocale(person.locale) ? person.locale : ctx.deps.config.defaultLocale;
  return { person, locale, t: translator(locale) };
}

/**
 * Tells the person they now hold a seat in `session`, queued in `tx`: given from its waiting
 * list, or, with `from`, moved there by an organiser from another session.
 */
export async function mailSessionSeat(
  ctx: Events,
  tx: Kysely<Database>,
  event: EventRow,
  registrationId: string,
  seat: {
    session: { title: string; starts_at: string; ends_at: string };
    from?: { title: string };
  },
) {
  const { person, locale, t } = await registrantReader(ctx, tx, registrationId);
  const title = (row: { title: string }) => readTranslation(row.title, locale);
  const { session, from } = seat;
  const values = {
    name: person.name,
    session: title(session),
    event: title(event),
    when: formatEventTimes(session.starts_at, session.ends_at, event.time_zone, locale),
    url: `${ctx.deps.config.baseUrl}/events/${event.slug}/registration`,
    site: (await ctx.deps.site(locale, tx)).name,
    ...(from && { from: title(from) }),
  };
  const kind = from ? 'sessionMoved' : 'sessionSeat';
  await ctx.deps.mailer.queue(tx, {
    to: person.email,
    subject: t(`registration.mail.${kind}.subject` as const, values),
    text: t(`registration.mail.${kind}.body` as const, values),
  });
}

/** Queues the mail of `kind` to the person behind the registration, in `tx`. */
export async function mailRegistrant(
  ctx: Events,
  tx: Kysely<Database>,
  event: EventRow,
  registrationId: string,
  kind: RegistrationMailKind,
) {
  const { config, mailer } = ctx.deps;
  // The demo's hundreds of registrations mail nobody: no calendar file or QR code to draw.
  if (mailer.discards) return;
  const { person, locale, t } = await registrantReader(ctx, tx, registrationId);
  const seat = SEAT.includes(kind);
  // A seat-holder told of new times gets the calendar file and the link again, so their
  // calendar follows; the waiting list hears of the new times only.
  const calendar = seat || (kind === 'eventMoved' && person.status === 'confirmed');
  const values = {
    name: person.name,
    event: readTranslation(event.title, locale),
    when: formatEventTimes(event.starts_at, event.ends_at, event.time_zone, locale),
    code: displayCode(person.code),
    url: `${config.baseUrl}/events/${event.slug}/registration`,
    site: (await ctx.deps.site(locale, tx)).name,
    online:
      calendar && event.online_url
        ? `${t('registration.mail.onlineLink', { url: event.online_url })}\n\n`
        : '',
  };
  await mailer.queue(tx, {
    to: person.email,
    subject: t(`registration.mail.${kind}.subject` as MessageKey, values),
    text: t(`registration.mail.${kind}.body` as MessageKey, values),
    attachments: [
      ...(calendar
        ? [
            {
              filename: `${event.slug}.ics`,
              contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
              content: Buffer.from(await icsIn(ctx, tx, event, locale)),
            },
          ]
        : []),
      ...(seat
        ? [
            {
              filename: `code-${displayCode(person.code)}.png`,
              contentType: 'image/png',
              content: await codePng(person.code),
            },
          ]
        : []),
    ],
  });
}
