/**
 * Organisations as other modules name and link them (event organisers, say): id, slug and the
 * name in the reader's language. Other modules read organisations only through these.
 */
import type { Locale } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import type { Organizations } from '../context.js';
import { isLastOwnerViolation } from '../profile/service.js';
import * as q from './queries.js';

export type OrganizationSummary = { id: string; slug: string; name: string };

const present = (
  row: { id: string; slug: string; name: string; name_translations: string },
  locale: Locale,
): OrganizationSummary => ({
  id: row.id,
  slug: row.slug,
  name: readTranslation(row.name_translations, locale, row.name),
});

/** The organisations with these ids (unknown ids are left out), by name. */
export const organizationSummaries = async (
  ctx: Organizations,
  ids: readonly string[],
  locale: Locale,
) => (await q.findOrganizationSummaries(ctx.deps.db.kysely, ids)).map((r) => present(r, locale));

/** The organisations a person may act for as an organiser: those they own or administer. */
export const managedOrganizations = async (ctx: Organizations, personId: string, locale: Locale) =>
  (await q.listManagedOrganizations(ctx.deps.db.kysely, personId)).map((r) => present(r, locale));

/**
 * What a person must hand over before their account may go: the organisations they alone own
 * (an organisation never loses its last owner), each linked to its people page, where another
 * person is made an owner; and the database's refusal of the deletion when a co-owner left or
 * went in the meantime. Registered with the accounts module at boot, which may not import this
 * module.
 */
export const soleOwnershipCheck = (ctx: Organizations) => ({
  blockers: async (personId: string, locale: Locale): Promise<{ name: string; href: string }[]> =>
    (await q.listSoleOwnedOrganizations(ctx.deps.db.kysely, personId)).map((r) => {
      const { slug, name } = present(r, locale);
      return { name, href: `/organizations/${encodeURIComponent(slug)}/people` };
    }),
  refused: isLastOwnerViolation,
});
