/**
 * Exporting the public directory as CSV or JSON, with the directory's query (search and
 * facets) and its visibility. Rows are read a page at a time and written as they come, so
 * that 100,000 organisations never sit in memory at once. The CSV has the import's columns
 * (and a profile link, which the import ignores), so an export can be corrected and imported
 * again; it starts with a byte-order mark so that Excel reads Azerbaijani and Russian right.
 */
import { csvText } from '../../../platform/csv.js';
import { COUNTRY_CODES, countryRegion, isGlobalSouth } from '../../reference/index.js';
import type { Organizations } from '../context.js';
import type { DirectoryQuery } from '../directory/service.js';
import { IMPORT_COLUMNS, type ImportColumn } from '../import/format.js';
import { today } from '../membership/verification.js';
import * as eq from './queries.js';

const PAGE = 500;

type Translations = { az?: string; en?: string; ru?: string };
const parse = <T>(json: string, fallback: T): T => {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
};

/** One organisation as it leaves the server: public profile fields only. */
export type ExportedOrganization = ReturnType<typeof presentExported>;

function presentExported(
  row: Awaited<ReturnType<typeof eq.listExportPage>>[number],
  extra: { sdgs: number[]; tags: string[]; profileUrl: string },
) {
  return {
    slug: row.slug,
    profileUrl: extra.profileUrl,
    name: row.name,
    names: parse<Translations>(row.name_translations, {}),
    acronym: row.acronym,
    legalForm: row.legal_form,
    registrationNumber: row.registration_number,
    registeringAuthority: row.registering_authority,
    country: row.country,
    city: row.city,
    foundedYear: row.founded_year,
    website: row.website,
    email: row.email,
    phone: row.phone,
    descriptions: parse<Translations>(row.description, {}),
    sdgs: extra.sdgs,
    tags: extra.tags,
    workingLanguages: parse<string[]>(row.working_languages, []),
    socialLinks: parse<string[]>(row.social_links, []),
    iatiIdentifier: row.iati_identifier,
    iatiType: row.iati_type,
  };
}

/** The countries the place filters allow, as the directory narrows them; undefined = any. */
function placeCountries(ctx: Organizations, query: DirectoryQuery) {
  const { globalSouth } = ctx.deps.config;
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

/** The matching organisations, a page at a time. */
export async function* exportPages(ctx: Organizations, query: DirectoryQuery) {
  const db = ctx.deps.db.kysely;
  const filter: eq.ExportFilter = {
    countries: placeCountries(ctx, query),
    sdg: query.sdg,
    iatiType: query.type,
    verifiedOn: query.verified ? today(ctx) : undefined,
  };
  const text = query.q?.trim();
  let after: eq.ExportCursor | undefined;
  for (;;) {
    const matches = text ? ctx.search.matches(db, 'organizations', text) : undefined;
    const rows = await eq.listExportPage(db, filter, matches, after, PAGE);
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    const [sdgs, tags] = await Promise.all([eq.listSdgsOf(db, ids), eq.listTagsOf(db, ids)]);
    yield rows.map((row) =>
      presentExported(row, {
        sdgs: sdgs.filter((s) => s.organization_id === row.id).map((s) => s.sdg),
        tags: tags.filter((t) => t.organization_id === row.id).map((t) => t.tag),
        profileUrl: `${ctx.deps.config.baseUrl}/organizations/${row.slug}`,
      }),
    );
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1]!;
    after = { name: last.name, id: last.id };
  }
}

export const EXPORT_CSV_COLUMNS = [...IMPORT_COLUMNS, 'profile_url'] as const;

/** One organisation as a CSV record in the import's columns; lists are `;`-separated. */
function csvRecord(o: ExportedOrganization): string[] {
  const cells: Record<ImportColumn | 'profile_url', string> = {
    name: o.name,
    name_az: o.names.az ?? '',
    name_en: o.names.en ?? '',
    name_ru: o.names.ru ?? '',
    acronym: o.acronym ?? '',
    legal_form: o.legalForm ?? '',
    registration_number: o.registrationNumber ?? '',
    registering_authority: o.registeringAuthority ?? '',
    country: o.country,
    city: o.city ?? '',
    founded_year: o.foundedYear === null ? '' : String(o.foundedYear),
    website: o.website ?? '',
    email: o.email ?? '',
    phone: o.phone ?? '',
    description_az: o.descriptions.az ?? '',
    description_en: o.descriptions.en ?? '',
    description_ru: o.descriptions.ru ?? '',
    sdgs: o.sdgs.join(';'),
    tags: o.tags.join(';'),
    working_languages: o.workingLanguages.join(';'),
    social_links: o.socialLinks.join(';'),
    iati_identifier: o.iatiIdentifier ?? '',
    iati_type: o.iatiType === null ? '' : String(o.iatiType),
    profile_url: o.profileUrl,
  };
  return EXPORT_CSV_COLUMNS.map((c) => cells[c]);
}

const encoder = new TextEncoder();

/** A byte stream that pulls one page per read, so a slow client slows the reading down. */
function streamOf(chunks: AsyncGenerator<string>) {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

export function exportCsv(ctx: Organizations, query: DirectoryQuery) {
  return streamOf(
    (async function* () {
      yield csvText([[...EXPORT_CSV_COLUMNS]], { bom: true });
      for await (const page of exportPages(ctx, query)) {
        yield csvText(page.map(csvRecord));
      }
    })(),
  );
}

export function exportJson(ctx: Organizations, query: DirectoryQuery) {
  return streamOf(
    (async function* () {
      yield '{"organizations":[';
      let first = true;
      for await (const page of exportPages(ctx, query)) {
        const text = page.map((o) => JSON.stringify(o)).join(',\n');
        yield first ? `\n${text}` : `,\n${text}`;
        first = false;
      }
      yield '\n]}\n';
    })(),
  );
}
