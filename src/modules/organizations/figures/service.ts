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

  const byCountry = byCountryRows.map((r) => ({ code: r.country, members: Number(r.n) }));
  const regions = new Map(REGION_CODES.map((code) => [code, 0]));
  const subRegions = new Map<string, number>();
  let members = 0;
  let fromGlobalSouth = 0;
  for (const { code, members: n } of byCountry) {
    members += n;
    const place = countryRegion(code);
    tally(regions, place?.region.code, n);
    tally(subRegions, place?.subRegion.code, n);
    if (isGlobalSouth(code, globalSouth)) fromGlobalSouth += n;
  }
  const sdgCounts = new Map(bySdgRows.map((r) => [Number(r.sdg), Number(r.n)]));
  const asList = <Code>(counts: Map<Code, number>): CodeCount<Code>[] =>
    [...counts].map(([code, n]) => ({ code, members: n }));

  return {
    /** The instance's calendar day the figures describe (verifications are judged on it). */
    asOf: day,
    members,
    countries: byCountry.length,
    verified,
    globalSouth: {
      grouping: groupings.find((g) => g.id === globalSouth)!,
      members: fromGlobalSouth,
      /** Of all members; null while there are none. */
      share: members > 0 ? fromGlobalSouth / members : null,
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
