/**
 * The public directory: filters, full-text search, facets with counts and stable pages. Place
 * filters (country, UN M49 region, Global South) narrow by country; each facet is counted with
 * every filter but its own, so a person sees how many they would find by changing it. Filters,
 * counts and ranking run over the facet values held in memory (facets.ts); the
 * database finds the matches of a search and the rows of the page.
 */

import { z } from 'zod';
import { cursorCodec, jsonCursor } from '../../../platform/http/cursor.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import {
  COUNTRY_CODES,
  countryName,
  countryRegion,
  IATI_TYPE_CODES,
  isGlobalSouth,
  SDG_NUMBERS,
} from '../../reference/index.js';
import type { Organizations } from '../context.js';
import { today } from '../membership/verification.js';
import type { MembershipStatus } from '../tables.js';
import {
  countFacets,
  type DirectoryFacets,
  dayKey,
  directoryFacets,
  type FacetFilter,
  isVerified,
} from './facets.js';
import * as q from './queries.js';

export const PAGE_SIZE = 20;

const optionalNumber = (allowed: number[]) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .pipe(
      z
        .number()
        .refine((n) => allowed.includes(n))
        .optional(),
    )
    .catch(undefined);

/** The directory's query string; anything unrecognised is ignored rather than refused. */
export const DirectoryQuerySchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  country: z
    .string()
    .toUpperCase()
    .refine((c) => COUNTRY_CODES.includes(c))
    .optional()
    .catch(undefined),
  region: z
    .string()
    .regex(/^\d{3}$/)
    .optional()
    .catch(undefined),
  gs: z.literal('1').optional().catch(undefined),
  sdg: optionalNumber(SDG_NUMBERS),
  type: optionalNumber(IATI_TYPE_CODES),
  verified: z.literal('1').optional().catch(undefined),
  after: z.string().max(400).optional().catch(undefined),
  all: z.literal('1').optional().catch(undefined),
});
export type DirectoryQuery = z.infer<typeof DirectoryQuerySchema>;

/** Where the page continues: the last row's sort key. */
const directoryCursor = cursorCodec(
  jsonCursor(
    z.union([
      z.object({ rank: z.number(), id: z.string() }),
      z.object({ name: z.string(), id: z.string() }),
    ]),
  ),
);

/** Countries in a place: one country, an M49 region or sub-region, the Global South; undefined = anywhere. */
function placeCountries(query: DirectoryQuery, globalSouth: Parameters<typeof isGlobalSouth>[1]) {
  let countries: string[] | undefined;
  const narrow = (keep: (code: string) => boolean) => {
    countries = (countries ?? [...COUNTRY_CODES]).filter(keep);
  };
  if (query.country) narrow((c) => c === query.country);
  if (query.region) {
    narrow((c) => {
      const r = countryRegion(c);
      return r?.region.code === query.region || r?.subRegion.code === query.region;
    });
  }
  if (query.gs) narrow((c) => isGlobalSouth(c, globalSouth));
  return countries;
}

type Count = { value: string; label: string; count: number };

/** The first `limit` of `found` (positions in the directory's order) after `cursor`, by name. */
function pageByName(
  facets: DirectoryFacets,
  found: Int32Array,
  cursor: { name: string; id: string } | undefined,
  limit: number,
) {
  let start = 0;
  const at = cursor && facets.positions.get(cursor.id);
  if (cursor && at !== undefined && facets.names[at] === cursor.name) {
    while (start < found.length && found[start]! <= at) start++;
  } else if (cursor) {
    // The cursor's organisation has gone or been renamed since: compare the names instead.
    const after = (i: number) =>
      facets.names[i]! > cursor.name ||
      (facets.names[i] === cursor.name && facets.ids[i]! > cursor.id);
    while (start < found.length && !after(found[start]!)) start++;
  }
  return Array.from(found.subarray(start, start + limit), (i) => ({ i, rank: 0 }));
}

/**
 * The best `limit` of `found` by rank (ties by id, for stable pages) after `cursor`, kept in a
 * short sorted list as the matches go by: no sort of thousands of matches for a page of twenty.
 */
function pageByRank(
  facets: DirectoryFacets,
  found: Int32Array,
  rankAt: Float64Array,
  cursor: { rank: number; id: string } | undefined,
  limit: number,
) {
  const better = (a: number, b: number) =>
    rankAt[a]! > rankAt[b]! || (rankAt[a] === rankAt[b] && facets.ids[a]! < facets.ids[b]!);
  const best: number[] = [];
  for (const i of found) {
    if (
      cursor &&
      !(rankAt[i]! < cursor.rank || (rankAt[i] === cursor.rank && facets.ids[i]! > cursor.id))
    ) {
      continue;
    }
    if (best.length === limit && !better(i, best[limit - 1]!)) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && better(i, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = i;
  }
  return best.map((i) => ({ i, rank: rankAt[i]! }));
}

export async function listDirectory(
  ctx: Organizations,
  query: DirectoryQuery,
  locale: Locale,
  viewerIsAdmin: boolean,
) {
  const db = ctx.deps.db.kysely;
  const { globalSouth } = ctx.deps.config;
  const statuses: MembershipStatus[] =
    viewerIsAdmin && query.all
      ? ['none', 'applied', 'member', 'rejected', 'suspended']
      : ['member'];
  const filter: FacetFilter = {
    statuses,
    countries: placeCountries(query, globalSouth),
    sdg: query.sdg,
    iatiType: query.type,
    verified: query.verified === '1',
  };
  const after = directoryCursor.decode(query.after);
  const day = dayKey(today(ctx));
  const facets = await directoryFacets(ctx);
  const searching = Boolean(query.q?.trim());

  let counts: ReturnType<typeof countFacets>;
  let page: { i: number; rank: number }[];
  if (searching) {
    const { keys, ranks } = await ctx.search.rankedKeys(db, 'organizations', query.q!);
    const rankAt = new Float64Array(facets.ids.length);
    const matched = new Int32Array(keys.length);
    let found = 0;
    keys.forEach((key, k) => {
      const i = facets.searchKeys ? facets.searchKeys.get(key) : facets.positions.get(String(key));
      if (i === undefined) return;
      rankAt[i] = ranks[k]!;
      matched[found++] = i;
    });
    counts = countFacets(facets, filter, day, matched.subarray(0, found));
    const cursor = after && 'rank' in after ? after : undefined;
    page = pageByRank(facets, counts.found, rankAt, cursor, PAGE_SIZE + 1);
  } else {
    counts = countFacets(facets, filter, day);
    const cursor = after && 'name' in after ? after : undefined;
    page = pageByName(facets, counts.found, cursor, PAGE_SIZE + 1);
  }

  const entries = new Map(
    (
      await q.findDirectoryEntries(
        db,
        page.map((p) => facets.ids[p.i]!),
      )
    ).map((e) => [e.id, e]),
  );
  const shown = page.slice(0, PAGE_SIZE).flatMap((p) => {
    const entry = entries.get(facets.ids[p.i]!);
    return entry ? [{ ...entry, i: p.i, rank: p.rank }] : [];
  });
  const last = shown[shown.length - 1];
  const next =
    page.length > PAGE_SIZE && last
      ? directoryCursor.encode(
          searching
            ? { rank: last.rank, id: last.id }
            : { name: facets.names[last.i]!, id: last.id },
        )
      : undefined;

  const regionCounts = new Map<string, Count>();
  let globalSouthCount = 0;
  for (const [value, n] of counts.country) {
    const region = countryRegion(value)?.region;
    if (region) {
      const entry = regionCounts.get(region.code) ?? {
        value: region.code,
        label: region.name(locale),
        count: 0,
      };
      entry.count += n;
      regionCounts.set(region.code, entry);
    }
    if (isGlobalSouth(value, globalSouth)) globalSouthCount += n;
  }
  const byCount = (a: Count, b: Count) =>
    b.count - a.count || a.label.localeCompare(b.label, locale);

  return {
    total: counts.found.length,
    next,
    organizations: shown.map((row) => ({
      slug: row.slug,
      name: readTranslation(row.name_translations, locale, row.name),
      acronym: row.acronym,
      countryName: countryName(row.country, locale),
      city: row.city,
      membershipStatus: row.membership_status,
      verified: isVerified(facets, row.i, day),
    })),
    facets: {
      countries: [...counts.country]
        .map(([value, n]) => ({ value, label: countryName(value, locale), count: n }))
        .sort(byCount),
      regions: [...regionCounts.values()].sort(byCount),
      globalSouth: globalSouthCount,
      verified: counts.verified,
      sdgs: SDG_NUMBERS.filter((goal) => counts.goal.has(goal)).map((goal) => ({
        value: String(goal),
        label: String(goal),
        count: counts.goal.get(goal)!,
      })),
      types: [...counts.type]
        .map(([value, n]) => ({ value: String(value), label: String(value), count: n }))
        .sort(byCount),
    },
  };
}
export type Directory = Awaited<ReturnType<typeof listDirectory>>;
