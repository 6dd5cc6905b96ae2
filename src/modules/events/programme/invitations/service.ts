/**
 * Speakers invited by address. Typing an address in the session form never says whether
 * someone on Concord has it, and never puts anyone's name on a programme: it mails the address
 * a link to accept or decline being listed as that session's speaker or moderator. Until they
 * accept, the public programme, its PDF, the API and the calendar files do not name them; the
 * organisers see the address as "invited — awaiting acceptance".
 *
 * The link carries a random token (only its SHA-256 is stored). Accepting also needs the person
 * signed in with the invited address (confirmed, as every sign-in is): a speaker is listed by
 * the name of an account, and a forwarded link must not let a colleague be listed in their
 * place. Someone without an account creates one with that address and then accepts. Declining
 * needs only the link, so that nobody has to open an account to say no; a link that leaked and
 * was declined by someone else costs the organiser one new invitation.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { auditActor, recordAudit } from '../../../../platform/audit/index.js';
import { newId, nowIso } from '../../../../platform/db/ids.js';
import type { Database } from '../../../../platform/db/tables.js';
import type { Actor } from '../../../../platform/http/context.js';
import { type Locale, translator } from '../../../../platform/i18n/index.js';
import { readTranslation } from '../../../../platform/i18n/translations.js';
import { type Refused, refused } from '../../../../platform/outcome.js';
import type { Events } from '../../context.js';
import { lockEvent } from '../../event/rows.js';
import { formatEventTimes } from '../../event/times.js';
import type { EventRow, SpeakerInvitationRow, SpeakerRole, SpeakerRow } from '../../tables.js';
import * as iq from './queries.js';

/** A line of the session form with an address: whom to invite, as what, on which line. */
export type AddressedSpeaker = {
  email: string;
  role: SpeakerRole;
  position: number;
  organization: string | null;
};

export const hashSpeakerToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

/** The session as an invitation's mail names it. */
export type InvitedSession = {
  title: string;
  startsAt: string;
  endsAt: string;
  event: Pick<EventRow, 'title' | 'time_zone'>;
};

async function mailInvitation(
  ctx: Events,
  db: Kysely<Database>,
  to: { email: string; role: SpeakerRole; token: string },
  session: InvitedSession,
  inviter: Actor,
  locale: Locale,
) {
  const t = translator(locale);
  const values = {
    inviter: inviter.name,
    role: to.role,
    session: readTranslation(session.title, locale),
    event: readTranslation(session.event.title, locale),
    when: formatEventTimes(session.startsAt, session.endsAt, session.event.time_zone, locale),
    site: (await ctx.deps.site(locale, db)).name,
  };
  await ctx.deps.mailer.queue(db, {
    to: to.email,
    subject: t('mail.speakerInvitation.subject', values),
    text: t('mail.speakerInvitation.body', {
      ...values,
      url: `${ctx.deps.config.baseUrl}/events/speaker-invitations/${to.token}`,
    }),
  });
}

/**
 * Brings the session's invitations in line with the addresses of its form, inside the save's
 * transaction: a new address is invited and mailed, a kept one keeps its answer, a removed one
 * is withdrawn. Answers the speaker rows of those who accepted, for the session's speakers.
 */
export async function syncInvitations(
  ctx: Events,
  tx: Kysely<Database>,
  actor: Actor,
  session: InvitedSession & { id: string },
  addressed: AddressedSpeaker[],
  locale: Locale,
) {
  const existing = new Map(
    (await iq.listSessionInvitations(tx, session.id)).map((row) => [row.email, row]),
  );
  const now = nowIso();
  const speakers: SpeakerRow[] = [];
  const invited: string[] = [];
  for (const line of addressed) {
    const found = existing.get(line.email);
    existing.delete(line.email);
    if (found) {
      if (
        found.role !== line.role ||
        found.position !== line.position ||
        found.organization !== line.organization
      ) {
        await iq.updateInvitationLine(tx, found.id, line);
      }
      if (found.person_id) {
        speakers.push({
          id: newId(),
          session_id: session.id,
          person_id: found.person_id,
          guest_name: null,
          guest_organization: line.organization,
          role: line.role,
          position: line.position,
          created_at: now,
        });
      }
      continue;
    }
    const token = newToken();
    const inserted = await iq.insertInvitationIfAbsent(tx, {
      id: newId(),
      session_id: session.id,
      ...line,
      token_hash: hashSpeakerToken(token),
      invited_by: actor.id,
      sent_at: now,
      created_at: now,
      accepted_at: null,
      person_id: null,
    });
    if (!inserted) continue;
    await mailInvitation(ctx, tx, { ...line, token }, session, actor, locale);
    invited.push(line.email);
  }
  await iq.deleteInvitations(
    tx,
    [...existing.values()].map((row) => row.id),
  );
  return { speakers, invited, withdrawn: [...existing.keys()] };
}

/** The people among these addresses who accepted to speak in the session. */
export async function acceptedPeople(db: Kysely<Database>, sessionId: string, emails: string[]) {
  const rows = await iq.listSessionInvitations(db, sessionId);
  return rows.flatMap((r) => (r.person_id && emails.includes(r.email) ? [r.person_id] : []));
}

/** The session's invitations, answered or not, as the organisers' edit page lists them. */
export const sessionInvitations = (ctx: Events, sessionId: string) =>
  iq.listSessionInvitations(ctx.deps.db.kysely, sessionId);

/** The unanswered invitations of an event's sessions, by session, for its organisers. */
export async function openInvitationsBySession(ctx: Events, eventId: string) {
  const map = new Map<string, { email: string; role: SpeakerRole }[]>();
  for (const row of await iq.listOpenEventInvitations(ctx.deps.db.kysely, eventId)) {
    const list = map.get(row.session_id) ?? [];
    list.push({ email: row.email, role: row.role });
    map.set(row.session_id, list);
  }
  return map;
}

export const unknownLink = (): Refused => refused(404, 'speakerInvitation.notFound');

/** What an invitation link's page shows, or undefined for a token that matches nothing. */
export async function describeSpeakerInvitation(ctx: Events, token: string, locale: Locale) {
  const row = await iq.findInvitationByTokenHash(ctx.deps.db.kysely, hashSpeakerToken(token));
  if (!row) return undefined;
  return {
    email: row.email,
    role: row.role,
    accepted: row.accepted_at !== null,
    inviterName: row.inviter_name,
    session: readTranslation(row.session_title, locale),
    event: { slug: row.event_slug, title: readTranslation(row.event_title, locale) },
    when: formatEventTimes(row.starts_at, row.ends_at, row.time_zone, locale),
  };
}

type Answerable = Pick<
  SpeakerInvitationRow,
  'id' | 'session_id' | 'email' | 'role' | 'position' | 'organization' | 'person_id'
>;

/**
 * Lists the signed-in person as the session's speaker. The event's lock orders this with a
 * save of the session form, which rewrites the session's speakers from its invitations.
 */
export async function acceptInvitation(
  ctx: Events,
  actor: Actor,
  eventId: string,
  invitation: Answerable,
): Promise<{ ok: true } | Refused> {
  if (actor.email.toLowerCase() !== invitation.email) {
    return refused(403, 'speakerInvitation.otherAddress', { email: invitation.email });
  }
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    await lockEvent(tx, eventId);
    const at = nowIso();
    if (!(await iq.claimInvitation(tx, invitation.id, actor.id, at))) {
      // Accepting twice changes nothing; an invitation withdrawn meanwhile is gone.
      const current = await iq.findSessionInvitation(tx, invitation.session_id, invitation.id);
      return current?.person_id === actor.id
        ? { ok: true as const }
        : refused(410, 'speakerInvitation.gone');
    }
    await iq.insertSpeaker(tx, {
      id: newId(),
      session_id: invitation.session_id,
      person_id: actor.id,
      guest_name: null,
      guest_organization: invitation.organization,
      role: invitation.role,
      position: invitation.position,
      created_at: at,
    });
    await recordAudit(tx, {
      action: 'event.speaker.accept',
      actor: auditActor(actor),
      subject: { type: 'event', id: eventId },
      details: { session: invitation.session_id, invitation: invitation.id },
    });
    return { ok: true as const };
  });
}

/** Accepts through a link's token. */
export async function acceptSpeakerInvitation(ctx: Events, actor: Actor, token: string) {
  const row = await iq.findInvitationByTokenHash(ctx.deps.db.kysely, hashSpeakerToken(token));
  if (!row) return unknownLink();
  const outcome = await acceptInvitation(ctx, actor, row.event_id, row);
  return outcome.ok ? { ok: true as const, slug: row.event_slug } : outcome;
}

/** Deletes the invitation and takes its person off the session's speakers, if they were on. */
async function removeInvitation(
  tx: Kysely<Database>,
  eventId: string,
  invitation: Answerable,
  audit: { action: 'event.speaker.decline' | 'event.speaker.withdraw'; actor: Actor | null },
) {
  await lockEvent(tx, eventId);
  if ((await iq.deleteInvitations(tx, [invitation.id])) === 0) return false;
  if (invitation.person_id)
    await iq.deletePersonSpeaker(tx, invitation.session_id, invitation.person_id);
  await recordAudit(tx, {
    action: audit.action,
    actor: audit.actor && auditActor(audit.actor),
    subject: { type: 'event', id: eventId },
    details: { session: invitation.session_id, email: invitation.email },
  });
  return true;
}

/** The invitee says no (or no longer): the invitation is deleted, and they are not listed. */
export async function declineSpeakerInvitation(ctx: Events, actor: Actor | null, token: string) {
  const db = ctx.deps.db.kysely;
  const row = await iq.findInvitationByTokenHash(db, hashSpeakerToken(token));
  if (!row) return unknownLink();
  // Once listed, only the person listed takes themselves off; before, the link is enough.
  if (row.person_id && row.person_id !== actor?.id) {
    return refused(403, 'speakerInvitation.otherAddress', { email: row.email });
  }
  await db
    .transaction()
    .execute((tx) =>
      removeInvitation(tx, row.event_id, row, { action: 'event.speaker.decline', actor }),
    );
  return { ok: true as const, slug: row.event_slug };
}

/** The organisers take an invitation back, answered or not. */
export async function withdrawSpeakerInvitation(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  sessionId: string,
  invitationId: string,
) {
  const db = ctx.deps.db.kysely;
  const row = await iq.findSessionInvitation(db, sessionId, invitationId);
  if (!row) return false;
  return db
    .transaction()
    .execute((tx) =>
      removeInvitation(tx, event.id, row, { action: 'event.speaker.withdraw', actor }),
    );
}

/** Mails an unanswered invitation again with a new link; the old link stops working. */
export async function resendSpeakerInvitation(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  session: { id: string; title: string; starts_at: string; ends_at: string },
  invitationId: string,
  locale: Locale,
) {
  const db = ctx.deps.db.kysely;
  const row = await iq.findSessionInvitation(db, session.id, invitationId);
  if (!row || row.accepted_at) return false;
  const token = newToken();
  return db.transaction().execute(async (tx) => {
    if (!(await iq.renewInvitationToken(tx, row.id, hashSpeakerToken(token), nowIso()))) {
      return false;
    }
    const invited = {
      title: session.title,
      startsAt: session.starts_at,
      endsAt: session.ends_at,
      event,
    };
    await mailInvitation(
      ctx,
      tx,
      { email: row.email, role: row.role, token },
      invited,
      actor,
      locale,
    );
    await recordAudit(tx, {
      action: 'event.speaker.resend',
      actor: auditActor(actor),
      subject: { type: 'event', id: event.id },
      details: { session: session.id, email: row.email },
    });
    return true;
  });
}
