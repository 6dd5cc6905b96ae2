/**
 * The audit page shows each action by a label in the reader's language: every action recorded
 * anywhere in src/ has its `audit.action.<action>` message in every language.
 */
import { describe, expect, it } from 'vitest';
import '../src/messages.js';
import { auditActionKey } from '../src/platform/audit/index.js';
import { catalogues, LOCALES } from '../src/platform/i18n/index.js';
import { recordedAuditActions } from './audit-actions.js';

describe('labels of audit actions', () => {
  const recorded = recordedAuditActions();

  it('finds the actions of the modules, choices and templates included', () => {
    for (const action of [
      'auth.signIn',
      'people.admin.revoke',
      'organization.membership.reject',
      'event.registration.promote',
      'event.speaker.withdraw',
      'delegation.task.undone',
      'delegation.partner.leave',
    ])
      expect(recorded.actions.has(action), action).toBe(true);
  });

  it('can list the action of every call (a plain string must get a literal type)', () => {
    expect(recorded.unknown).toEqual([]);
  });

  it('has a label for every recorded action in every language', () => {
    const missing = [...recorded.actions.keys()].flatMap((action) =>
      LOCALES.filter((locale) => !Object.hasOwn(catalogues[locale], auditActionKey(action))).map(
        (locale) =>
          `${locale}: ${auditActionKey(action)} (${[...recorded.actions.get(action)!].join(', ')})`,
      ),
    );
    expect(missing).toEqual([]);
  });
});
