/**
 * What the directory finds an organisation by, written once for a profile being saved and for
 * every organisation at once when the search index must be built again (a new way of folding).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import type { SearchDocument } from '../../../platform/search/index.js';
import { countryName } from '../../reference/index.js';
import type { Organizations } from '../context.js';
import * as q from './queries.js';
import type { OrganizationProfileInput } from './schema.js';

export const ORGANIZATIONS_COLLECTION = 'organizations';

type Searchable = Pick<
  OrganizationProfileInput,
  | 'name'
  | 'nameAz'
  | 'nameEn'
  | 'nameRu'
  | 'acronym'
  | 'tags'
  | 'city'
  | 'country'
  | 'descriptionAz'
  | 'descriptionEn'
  | 'descriptionRu'
>;

/** Names in every language, tags, place, descriptions. */
export function searchFields(input: Searchable): SearchDocument {
  return {
    title: [input.name, input.nameAz, input.nameEn, input.nameRu, input.acronym].filter(
      (v): v is string => Boolean(v),
    ),
    keywords: [
      ...input.tags,
      input.city ?? '',
      countryName(input.country, 'en'),
      countryName(input.country, 'az'),
      countryName(input.country, 'ru'),
    ],
    body: [input.descriptionAz, input.descriptionEn, input.descriptionRu].filter((v): v is string =>
      Boolean(v),
    ),
  };
}

/**
 * Indexes every organisation again if the index was built with an older way of folding; the
 * number indexed, 0 when it was not.
 */
export const reindexOrganizations = (ctx: Organizations) =>
  ctx.search.reindexIfStale(ctx.deps.db.kysely, ORGANIZATIONS_COLLECTION, everyOrganization);

async function everyOrganization(db: Kysely<Database>) {
  const [rows, tags] = await Promise.all([q.listSearchSources(db), q.listAllTags(db)]);
  const tagsOf = new Map<string, string[]>();
  for (const { organization_id: id, tag } of tags) {
    const list = tagsOf.get(id);
    if (list) list.push(tag);
    else tagsOf.set(id, [tag]);
  }
  const translation = (json: string) => JSON.parse(json) as Record<string, string | undefined>;
  return rows.map((row): [string, SearchDocument] => {
    const name = translation(row.name_translations);
    const description = translation(row.description);
    return [
      row.id,
      searchFields({
        name: row.name,
        nameAz: name.az,
        nameEn: name.en,
        nameRu: name.ru,
        acronym: row.acronym ?? undefined,
        tags: tagsOf.get(row.id) ?? [],
        city: row.city ?? undefined,
        country: row.country,
        descriptionAz: description.az,
        descriptionEn: description.en,
        descriptionRu: description.ru,
      }),
    ];
  });
}
