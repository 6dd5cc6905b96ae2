/**
 * What the events list's search finds an event by, written once for an event being saved and
 * for every event at once when the search index must be built again (a new way of folding).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import type { SearchDocument } from '../../../platform/search/index.js';
import { countryName } from '../../reference/index.js';
import type { Events } from '../context.js';
import * as q from './queries.js';

/** The search collection events are indexed in. */
export const EVENTS_COLLECTION = 'events';

type Searchable = {
  title: Record<string, string | undefined>;
  description: Record<string, string | undefined>;
  venue: { name?: string | null; city?: string | null; country?: string | null } | null;
};

const values = (texts: Record<string, string | undefined>) =>
  Object.values(texts).filter((v): v is string => Boolean(v));

/** Titles in every language, place, descriptions. */
export function searchDocument(input: Searchable): SearchDocument {
  const venue = input.venue;
  return {
    title: values(input.title),
    keywords: [
      venue?.name ?? '',
      venue?.city ?? '',
      ...(venue?.country
        ? (['en', 'az', 'ru'] as const).map((l) => countryName(venue.country!, l))
        : []),
    ],
    body: values(input.description),
  };
}

/**
 * Indexes every event again if the index was built with an older way of folding; the number
 * indexed, 0 when it was not.
 */
export const reindexEvents = (ctx: Events) =>
  ctx.search.reindexIfStale(ctx.deps.db.kysely, EVENTS_COLLECTION, async (db: Kysely<Database>) =>
    (await q.listSearchSources(db)).map((row): [string, SearchDocument] => [
      row.id,
      searchDocument({
        title: JSON.parse(row.title),
        description: JSON.parse(row.description),
        venue:
          row.venue_name === null
            ? null
            : {
                name: row.venue_name,
                city: row.venue_city,
                country: row.venue_country,
              },
      }),
    ]),
  );
