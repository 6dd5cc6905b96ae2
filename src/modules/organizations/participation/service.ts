/**
 * What other modules learn about organisations when they count or involve them (event figures,
 * delegations), read only through these functions. Long id lists are read in chunks so that a
 * forum with thousands of organisations stays within every engine's parameter limit.
 */
import { isLocale, type Locale } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import type { Organizations } from '../context.js';
import type { OrganizationSummary } from '../summaries/service.js';
import * as q from './queries.js';

const CHUNK = 500;

async function inChunks<T>(ids: readonly string[], read: (chunk: string[]) => Promise<T[]>) {
  const unique = [...new Set(ids)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += CHUNK)
    out.push(...(await read(unique.slice(i, i + CHUNK))));
  return out;
}

export type OrganizationPlace = { id: string; country: string; iatiType: number | null };

/** Country (ISO alpha-2) and IATI organisation type of each organisation named. */
export const organizationPlaces = (ctx: Organizations, ids: readonly string[]) =>
  inChunks(ids, async (chunk) =>
    (await q.findOrganizationPlaces(ctx.deps.db.kysely, chunk)).map(
      (r): OrganizationPlace => ({
        id: r.id,
        country: r.country,
        iatiType: r.iati_type === null ? null : Number(r.iati_type),
      }),
    ),
  );

/** Those of the organisations named that are network members, named in `locale`. */
export const networkMemberSummaries = async (
  ctx: Organizations,
  ids: readonly string[],
  locale: Locale,
): Promise<OrganizationSummary[]> => {
  const rows = await inChunks(ids, (chunk) =>
    q.findNetworkMemberSummaries(ctx.deps.db.kysely, chunk),
  );
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: readTranslation(r.name_translations, locale, r.name),
  }));
};

export type OrganizationPerson = {
  organizationId: string;
  personId: string;
  role: 'owner' | 'admin' | 'member';
  name: string;
  email: string;
  /** The language the person chose, if any. */
  locale: Locale | null;
};

/** The people of the organisations named, each once per organisation, by name. */
export const peopleOfOrganizations = async (ctx: Organizations, ids: readonly string[]) =>
  ids.length === 0
    ? []
    : (await q.listPeopleOfOrganizations(ctx.deps.db.kysely, [...new Set(ids)])).map(
        (r): OrganizationPerson => ({
          organizationId: r.organization_id,
          personId: r.person_id,
          role: r.role,
          name: r.name,
          email: r.email,
          locale: isLocale(r.locale) ? r.locale : null,
        }),
      );

/** The organisations a person belongs to, with their role in each. */
export const rolesOfPerson = async (ctx: Organizations, personId: string) =>
  new Map(
    (await q.listRolesOfPerson(ctx.deps.db.kysely, personId)).map((r) => [
      r.organization_id,
      r.role,
    ]),
  );

/** The organisation with this slug, named in `locale`, or undefined. */
export async function organizationBySlug(ctx: Organizations, slug: string, locale: Locale) {
  const row = await q.findOrganizationSummaryBySlug(ctx.deps.db.kysely, slug);
  if (!row) return undefined;
  return {
    id: row.id,
    slug: row.slug,
    name: readTranslation(row.name_translations, locale, row.name),
    networkMember: row.membership_status === 'member',
  };
}
