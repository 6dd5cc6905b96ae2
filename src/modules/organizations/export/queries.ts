/**
 * The SQL of directory exports: every visible organisation that passes the directory's
 * filters, page by page with a keyset on (name, id) so that a large export never holds more
 * than one page in memory. Visibility is the directory's: network members only (an applicant,
 * a rejected or a suspended organisation is not listed; see directory/queries.ts).
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import type { SearchMatches } from '../../../platform/search/index.js';

type Db = Kysely<Database>;

export type ExportFilter = {
  countries?: string[] | undefined;
  sdg?: number | undefined;
  iatiType?: number | undefined;
  /** Only organisations verified through this day (YYYY-MM-DD), as the directory's facet. */
  verifiedOn?: string | undefined;
};

export type ExportCursor = { name: string; id: string };

/** Public profile columns only: no people, no membership history. */
export const listExportPage = (
  db: Db,
  filter: ExportFilter,
  matches: SearchMatches | undefined,
  after: ExportCursor | undefined,
  limit: number,
) =>
  db
    .selectFrom('organizations as o')
    .$if(matches !== undefined, (q) =>
      q.where('o.id', 'in', (eb) => eb.selectFrom(matches!.as('m')).select('m.doc_id')),
    )
    .select([
      'o.id',
      'o.slug',
      'o.name',
      'o.name_translations',
      'o.acronym',
      'o.legal_form',
      'o.registration_number',
      'o.registering_authority',
      'o.country',
      'o.city',
      'o.founded_year',
      'o.website',
      'o.email',
      'o.phone',
      'o.description',
      'o.working_languages',
      'o.social_links',
      'o.iati_identifier',
      'o.iati_type',
    ])
    .where('o.membership_status', '=', 'member')
    .$if(filter.countries !== undefined, (q) =>
      filter.countries!.length === 0
        ? q.where(sql<boolean>`1 = 0`)
        : q.where('o.country', 'in', filter.countries!),
    )
    .$if(filter.sdg !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('organization_sdgs as s')
            .select('s.sdg')
            .whereRef('s.organization_id', '=', 'o.id')
            .where('s.sdg', '=', filter.sdg!),
        ),
      ),
    )
    .$if(filter.iatiType !== undefined, (q) => q.where('o.iati_type', '=', filter.iatiType!))
    // The newest unrevoked verification lasts through the day (directory/queries.ts reads it so).
    .$if(filter.verifiedOn !== undefined, (q) =>
      q.where(
        (eb) =>
          eb
            .selectFrom('organization_verifications as v')
            .select('v.valid_until')
            .whereRef('v.organization_id', '=', 'o.id')
            .where('v.revoked_at', 'is', null)
            .orderBy('v.verified_at', 'desc')
            .orderBy('v.id', 'desc')
            .limit(1),
        '>=',
        filter.verifiedOn!,
      ),
    )
    .$if(after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('o.name', '>', after!.name),
          eb.and([eb('o.name', '=', after!.name), eb('o.id', '>', after!.id)]),
        ]),
      ),
    )
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(limit)
    .execute();

export const listSdgsOf = (db: Db, organizationIds: string[]) =>
  db
    .selectFrom('organization_sdgs')
    .select(['organization_id', 'sdg'])
    .where('organization_id', 'in', organizationIds.length ? organizationIds : [''])
    .orderBy('organization_id')
    .orderBy('sdg')
    .execute();

export const listTagsOf = (db: Db, organizationIds: string[]) =>
  db
    .selectFrom('organization_tags')
    .select(['organization_id', 'tag'])
    .where('organization_id', 'in', organizationIds.length ? organizationIds : [''])
    .orderBy('organization_id')
    .orderBy('tag')
    .execute();
