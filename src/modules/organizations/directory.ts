/**
 * The public directory: filters, full-text search, facets with counts and stable pages. Place
 * filters (country, UN M49 region, Global South) narrow by country; each facet is counted with
 * every filter but its own, so a person sees how many they would find by changing it.
 */
import { z } from 'zod';
import type { Locale } from '../../platform/i18n/index.js';
import { COUNTRY_CODES, countryName, countryRegion, isGlobalSouth } from '../countries/index.js';
import { IATI_TYPE_CODES, SDG_NUMBERS } from './codelists.js';
import * as q from './directory-queries.js';
import { today } from './membership-verification.js';
import { pickTranslation } from './presenters.js';
import type { Organizations } from './service.js';
import type { MembershipStatus } from './tables.js';

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

const encodeCursor = (cursor: q.DirectoryCursor) =>
  Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decodeCursor(text: string | undefined): q.DirectoryCursor | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof value?.id !== 'string') return undefined;
    if (typeof value.rank === 'number') return { rank: value.rank, id: value.id };
    if (typeof value.name === 'string') return { name: value.name, id: value.id };
  } catch {}
  return undefined;
}

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

/** Organisations per goal, from the counts per combination of goals (bit n − 1 is SDG n). */
function goalCounts(byMask: { value: string; n: number }[]) {
  const counts = new Map<number, number>();
  for (const { value, n } of byMask) {
    const mask = Number(value);
    for (const goal of SDG_NUMBERS)
      if (mask & (1 << (goal - 1))) counts.set(goal, (counts.get(goal) ?? 0) + n);
  }
  return counts;
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
  const filter: q.DirectoryFilter = {
    statuses,
    countries: placeCountries(query, globalSouth),
    sdg: query.sdg,
    iatiType: query.type,
    verified: query.verified === '1',
  };
  const request: q.DirectoryRequest = {
    filter,
    after: decodeCursor(query.after),
    limit: PAGE_SIZE,
    today: today(ctx),
  };
  const searching = Boolean(query.q?.trim());
  // One statement: with a search, the full-text match runs once for the page and every count.
  const rows = searching
    ? await q.listDirectoryMatching(db, ctx.search.matches(db, 'organizations', query.q!), request)
    : await q.listDirectoryByName(db, request);

  const counted = (facet: q.DirectoryCountRow['facet']) =>
    rows.filter((r) => r.facet === facet).map((r) => ({ value: String(r.value), n: Number(r.n) }));
  const total = Number(rows.find((r) => r.facet === 'total')?.n ?? 0);
  const verifiedCount = Number(rows.find((r) => r.facet === 'verified')?.n ?? 0);
  const byCountry = counted('country');
  const ranked = rows.filter((r) => r.facet === 'page').sort((a, b) => Number(a.n) - Number(b.n));
  const entries = new Map(
    (
      await q.findDirectoryEntries(
        db,
        ranked.map((r) => String(r.value)),
        request.today,
      )
    ).map((e) => [e.id, e]),
  );
  const found = ranked.flatMap((r) => {
    const entry = entries.get(String(r.value));
    return entry ? [{ ...entry, rank: Number(r.rank) }] : [];
  });

  const page = found.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  const next =
    found.length > PAGE_SIZE && last
      ? encodeCursor(
          searching ? { rank: last.rank, id: last.id } : { name: last.name, id: last.id },
        )
      : undefined;

  const regionCounts = new Map<string, Count>();
  let globalSouthCount = 0;
  for (const { value, n } of byCountry) {
    const region = countryRegion(value)?.region;
    if (region) {
      const entry = regionCounts.get(region.code) ?? {
        value: region.code,
        label: region.name(locale),
        count: 0,
      };
      entry.count += Number(n);
      regionCounts.set(region.code, entry);
    }
    if (isGlobalSouth(value, globalSouth)) globalSouthCount += Number(n);
  }
  const byCount = (a: Count, b: Count) =>
    b.count - a.count || a.label.localeCompare(b.label, locale);

  return {
    total,
    next,
    organizations: page.map((row) => ({
      slug: row.slug,
      name: pickTranslation(JSON.parse(row.name_translations), locale, row.name),
      acronym: row.acronym,
      countryName: countryName(row.country, locale),
      city: row.city,
      membershipStatus: row.membership_status,
      verified: Number(row.verified) === 1,
    })),
    facets: {
      countries: byCountry
        .map(({ value, n }) => ({ value, label: countryName(value, locale), count: Number(n) }))
        .sort(byCount),
      regions: [...regionCounts.values()].sort(byCount),
      globalSouth: globalSouthCount,
      verified: verifiedCount,
      sdgs: [...goalCounts(counted('sdgs'))]
        .map(([goal, count]) => ({ value: String(goal), label: String(goal), count }))
        .sort((a, b) => Number(a.value) - Number(b.value)),
      types: counted('type')
        .map(({ value, n }) => ({ value: String(value), label: String(value), count: Number(n) }))
        .sort(byCount),
    },
  };
}
export type Directory = Awaited<ReturnType<typeof listDirectory>>;
