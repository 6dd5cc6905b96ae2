/**
 * Registrations and session places as the audit page names them: whose, for which event or
 * session, linked to the organisers' page of that registration (its places in sessions).
 */
import { translator } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import type { AuditSubjectName, AuditSubjects } from '../../accounts/index.js';
import type { Events } from '../context.js';
import * as rq from './queries.js';

const participantHref = (slug: string, registrationId: string) =>
  `/events/${slug}/participants/${registrationId}`;

/** @example createAccounts(deps, { auditSubjects: [registrationAuditSubjects(events)] }) */
export const registrationAuditSubjects = (ctx: Events): AuditSubjects => ({
  types: ['event_registration', 'session_registration'],
  async names(type, ids, locale) {
    const db = ctx.deps.db.kysely;
    const t = translator(locale);
    const found = new Map<string, AuditSubjectName>();
    if (type === 'event_registration') {
      for (const row of await rq.findRegistrationNames(db, ids)) {
        found.set(row.id, {
          name: t('audit.subject.event_registration', {
            person: row.name,
            event: readTranslation(row.title, locale),
          }),
          href: participantHref(row.slug, row.id),
        });
      }
    } else {
      for (const row of await rq.findSessionPlaceNames(db, ids)) {
        found.set(row.id, {
          name: t('audit.subject.session_registration', {
            person: row.name,
            session: readTranslation(row.title, locale),
          }),
          href: participantHref(row.slug, row.registration_id),
        });
      }
    }
    const deleted = {
      name: t(
        type === 'event_registration'
          ? 'audit.subject.event_registration.deleted'
          : 'audit.subject.session_registration.deleted',
      ),
    };
    return new Map(ids.map((id) => [id, found.get(id) ?? deleted]));
  },
});
