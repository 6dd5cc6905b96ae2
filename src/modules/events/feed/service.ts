/**
 * Personal calendar feeds: a secret URL a calendar app subscribes to, listing the events the
 * person holds a confirmed seat at. The token travels in the URL, so only its SHA-256 is
 * stored; a person has at most one active feed, and making a new one revokes the old.
 */
import { createHash, randomBytes } from 'node:crypto';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Actor } from '../../../platform/http/context.js';
import { isLocale, translator } from '../../../platform/i18n/index.js';
import type { Events } from '../context.js';
import { eventsCalendar } from '../event/calendar.js';
import {
  activeCalendarFeed,
  calendarFeedByHash,
  confirmedEventsOf,
  insertCalendarFeed,
  revokeCalendarFeeds,
} from '../registration/service.js';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The feed's address for a token. */
export const feedUrl = (ctx: Events, token: string) =>
  `${ctx.deps.config.baseUrl}/events/feed/${token}.ics`;

/** Whether the person has an active feed (its address cannot be shown again). */
export const activeFeed = (ctx: Events, personId: string) =>
  activeCalendarFeed(ctx.deps.db.kysely, personId);

/** Makes a new feed, revoking any other; returns its token (shown once). */
export async function createFeed(ctx: Events, actor: Actor) {
  const token = randomBytes(24).toString('base64url');
  const now = nowIso();
  await ctx.deps.db.kysely.transaction().execute(async (tx) => {
    await revokeCalendarFeeds(tx, actor.id, now);
    await insertCalendarFeed(tx, {
      id: newId(),
      person_id: actor.id,
      token_hash: hash(token),
      created_at: now,
      revoked_at: null,
    });
    await recordAudit(tx, {
      action: 'event.feed.create',
      actor: auditActor(actor),
    });
  });
  return token;
}

export async function revokeFeed(ctx: Events, actor: Actor) {
  await ctx.deps.db.kysely.transaction().execute(async (tx) => {
    await revokeCalendarFeeds(tx, actor.id, nowIso());
    await recordAudit(tx, {
      action: 'event.feed.revoke',
      actor: auditActor(actor),
    });
  });
}

/** The feed's calendar text, or undefined for an unknown or revoked token. */
export async function feedCalendar(ctx: Events, token: string) {
  const db = ctx.deps.db.kysely;
  const feed = await calendarFeedByHash(db, hash(token));
  if (!feed) return undefined;
  const locale = isLocale(feed.locale) ? feed.locale : ctx.deps.config.defaultLocale;
  // Only events the person holds a confirmed seat at: their meeting links are theirs.
  const events = await confirmedEventsOf(db, feed.person_id);
  const name = translator(locale)('registration.feed.calendarName');
  return (await eventsCalendar(ctx, events, locale, { name, onlineLink: true })).toString();
}
