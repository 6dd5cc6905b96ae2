/**
 * The network in figures: how many public members, from how many countries, what share from the
 * Global South (the grouping the `GLOBAL_SOUTH` setting names), and how they spread over the UN
 * M49 regions, the SDGs and organisation types. Only members count, as in the directory a
 * visitor sees: applicants, rejected and suspended organisations do not. The figures carry codes,
 * not names, so one computation serves every language (see presenters.ts).
 */
import { z } from 'zod';
import { LOCALES } from '../../../platform/i18n/index.js';
import {
  COUNTRY_CODES,
  countryRegion,
  groupings,
  isGlobalSouth,
  SDG_NUMBERS,
} from '../../reference/index.js';
import type { Organizations } from '../context.js';
import { today } from '../membership/verification.js';
import * as q from './queries.js';

export type CodeCount<Code> = { code: Code; members: number };

/** Every M49 region a country can be in, so a region without members still shows as zero. */
const REGION_CODES = [...new Set(COUNTRY_CODES.map((c) => countryRegion(c)?.region.code))]
  .filter((code): code is string => code !== undefined)
  .sort();

function tally(counts: Map<string, number>, code: string | undefined, n: number) {
  if (code !== undefined) counts.set(code, (counts.get(code) ?? 0) + n);
}

type GlobalSouth = Organizations['deps']['config']['globalSouth'];

const countsByCountry = (rows: Awaited<ReturnType<typeof q.countMembersByCountry>>) =>
  rows.map((r) => ({ code: r.country, members: Number(r.n) }));

/** What the members by country add up to: members, countries, the Global South's members. */
function headlineOf(byCountry: readonly CodeCount<string>[], globalSouth: GlobalSouth) {
  let members = 0;
  let fromGlobalSouth = 0;
  for (const { code, members: n } of byCountry) {
    members += n;
    if (isGlobalSouth(code, globalSouth)) fromGlobalSouth += n;
  }
  return {
    members,
    countries: byCountry.length,
    globalSouth: {
      members: fromGlobalSouth,
      /** Of all members; null while there are none. */
      share: members > 0 ? fromGlobalSouth / members : null,
    },
  };
}

/**
 * Only the headline the home page shows (members, countries, the Global South's share), from
 * the one count by country: every uncached home page reads it, and needs none of the other
 * breakdowns, the verifications, or the names of places and goals.
 */
export async function networkHeadline(ctx: Organizations) {
  const rows = await q.countMembersByCountry(ctx.deps.db.kysely);
  return headlineOf(countsByCountry(rows), ctx.deps.config.globalSouth);
}
export type NetworkHeadline = Awaited<ReturnType<typeof networkHeadline>>;

export async function networkFigures(ctx: Organizations) {
  const db = ctx.deps.db.kysely;
  const { globalSouth } = ctx.deps.config;
  const day = today(ctx);
  const [byCountryRows, bySdgRows, byTypeRows, verified] = await Promise.all([
    q.countMembersByCountry(db),
    q.countMembersBySdg(db),
    q.countMembersByIatiType(db),
    q.countVerifiedMembers(db, day),
  ]);

  const byCountry = countsByCountry(byCountryRows);
  const headline = headlineOf(byCountry, globalSouth);
  const regions = new Map(REGION_CODES.map((code) => [code, 0]));
  const subRegions = new Map<string, number>();
  for (const { code, members: n } of byCountry) {
    const place = countryRegion(code);
    tally(regions, place?.region.code, n);
    tally(subRegions, place?.subRegion.code, n);
  }
  const sdgCounts = new Map(bySdgRows.map((r) => [Number(r.sdg), Number(r.n)]));
  const asList = <Code>(counts: Map<Code, number>): CodeCount<Code>[] =>
    [...counts].map(([code, n]) => ({ code, members: n }));

  return {
    /** The instance's calendar day the figures describe (verifications are judged on it). */
    asOf: day,
    members: headline.members,
    countries: headline.countries,
    verified,
    globalSouth: {
      grouping: groupings.find((g) => g.id === globalSouth)!,
      ...headline.globalSouth,
    },
    byCountry,
    byRegion: asList(regions),
    bySubRegion: asList(subRegions),
    bySdg: SDG_NUMBERS.map((sdg) => ({ code: sdg, members: sdgCounts.get(sdg) ?? 0 })),
    byType: byTypeRows.map((r) => ({
      code: r.iati_type === null ? null : Number(r.iati_type),
      members: Number(r.n),
    })),
  };
}
export type NetworkFigures = Awaited<ReturnType<typeof networkFigures>>;

/** The JSON figures' query: `lang` names places and goals in that language (codes are always there). */
export const NetworkFiguresQuerySchema = z.object({
  lang: z.enum(LOCALES).optional().catch(undefined),
});
