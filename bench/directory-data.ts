/**
 * A deterministic population of organisations for the directory benchmark: names in the
 * organisations' own language (Azerbaijani, English or Russian) with translations, acronyms,
 * descriptions, tags, SDG subsets, IATI types, membership and verification, spread over every
 * country with a Global South tilt. Rows go in by multi-row inserts in one transaction per
 * chunk; the search index is filled through the SearchIndex seam, as the application fills it.
 */
import type { Kysely } from 'kysely';
import {
  COUNTRY_CODES,
  IATI_TYPE_CODES,
  countryName as lookUpCountryName,
} from '../src/modules/reference/index.js';
import type { Database } from '../src/platform/db/tables.js';
import type { SearchIndex } from '../src/platform/search/index.js';

const names = new Map<string, string>();
/** Country names, looked up once each: the package's lookup is slow for 300,000 calls. */
function countryName(code: string, locale: 'az' | 'en' | 'ru') {
  const key = `${code}:${locale}`;
  let name = names.get(key);
  if (name === undefined) {
    name = lookUpCountryName(code, locale);
    names.set(key, name);
  }
  return name;
}

/** A small deterministic generator (mulberry32), so every run holds the same organisations. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Words = { places: string[]; themes: string[]; forms: string[]; people: string[] };

/** Words names are made of, per language; frequencies follow from the list lengths. */
const WORDS: Record<'az' | 'en' | 'ru', Words> = {
  az: {
    places: [
      'Bakı',
      'Gəncə',
      'Sumqayıt',
      'Şəki',
      'Lənkəran',
      'Şirvan',
      'Quba',
      'Naxçıvan',
      'Qəbələ',
      'Mingəçevir',
      'Zaqatala',
      'Şuşa',
    ],
    themes: [
      'Gənclər',
      'Qadınlar',
      'Ekoloji',
      'Təhsil',
      'İnsan Hüquqları',
      'Səhiyyə',
      'Uşaqlar',
      'Əlillər',
      'Məcburi Köçkünlər',
      'Su Resursları',
      'Kənd İnkişafı',
      'Mədəniyyət',
      'Sahibkarlıq',
      'Demokratiya',
    ],
    forms: ['İctimai Birliyi', 'Mərkəzi', 'Fondu', 'Assosiasiyası', 'Şəbəkəsi', 'Təşəbbüsü'],
    people: ['Əli Həsənov', 'Leyla Əliyeva', 'Nigar Hüseynova', 'Tural Məmmədov', 'Samir Quliyev'],
  },
  en: {
    places: [
      'Kerala',
      'Sahel',
      'Nairobi',
      'Dhaka',
      'Andes',
      'Mekong',
      'Lagos',
      'Kathmandu',
      'Accra',
      'Lima',
      'Manila',
      'Harare',
      'Cebu',
      'Karachi',
      'Quito',
      'Dakar',
    ],
    themes: [
      'Women',
      'Water',
      'Youth',
      'Education',
      'Human Rights',
      'Health',
      'Children',
      'Climate',
      'Food Security',
      'Disability',
      'Rural Development',
      'Peace',
      'Migrants',
      'Forest',
      'Fisheries',
      'Microfinance',
      'Indigenous Peoples',
      'Housing',
    ],
    forms: [
      'Alliance',
      'Network',
      'Foundation',
      'Trust',
      'Initiative',
      'Society',
      'Forum',
      'Coalition',
      'Association',
      'Centre',
    ],
    people: ['Amina Diallo', 'Rahul Menon', 'Grace Ndlovu', 'Maria Quispe', 'Kofi Mensah'],
  },
  ru: {
    places: [
      'Алматы',
      'Бишкек',
      'Душанбе',
      'Ташкент',
      'Ош',
      'Караганда',
      'Худжанд',
      'Нукус',
      'Шымкент',
      'Ашхабад',
      'Кишинёв',
      'Ереван',
    ],
    themes: [
      'Молодёжный',
      'Женский',
      'Экологический',
      'Образовательный',
      'Правозащитный',
      'Медицинский',
      'Детский',
      'Культурный',
      'Миграционный',
      'Водный',
      'Сельский',
      'Социальный',
    ],
    forms: ['Центр', 'Фонд', 'Союз', 'Альянс', 'Форум', 'Общественное объединение'],
    people: [
      'Айгерим Сапарова',
      'Ольга Петрова',
      'Ёлдош Каримов',
      'Зарина Юсупова',
      'Фарид Рахимов',
    ],
  },
};

const TAGS = [
  'water',
  'sanitation',
  'gender',
  'youth',
  'education',
  'climate',
  'health',
  'housing',
  'idp',
  'refugees',
  'migration',
  'disability',
  'agriculture',
  'food',
  'forests',
  'oceans',
  'energy',
  'governance',
  'transparency',
  'media',
  'culture',
  'heritage',
  'children',
  'elderly',
  'hiv',
  'malaria',
  'nutrition',
  'microfinance',
  'livelihoods',
  'peacebuilding',
  'landmines',
  'human-rights',
  'legal-aid',
  'volunteering',
  'research',
  'advocacy',
  'networks',
  'funding',
  'digital',
  'literacy',
  'sport',
  'tourism',
  'fisheries',
  'indigenous',
  'urban',
  'rural',
  'su',
  'gənclər',
  'qadınlar',
  'təhsil',
  'ekologiya',
  'молодёжь',
  'экология',
  'образование',
];

/** A few words that appear in about one organisation in a thousand: the "rare word" queries. */
export const RARE = ['Xankəndi', 'Ханкенди', 'Zəngilan', 'Tombouctou'];

/** Countries weighted towards the Global South, as a network of Southern NGOs would be. */
const HEAVY = [
  'AZ',
  'IN',
  'KE',
  'NG',
  'BD',
  'PK',
  'PH',
  'BR',
  'ID',
  'KZ',
  'UZ',
  'KG',
  'TJ',
  'ET',
  'GH',
  'SN',
  'PE',
  'BO',
  'NP',
  'ZA',
];

export type GeneratedOrganization = {
  id: string;
  row: Database['organizations'];
  sdgs: number[];
  tags: string[];
  /** For the search document: names in every language, and the description texts. */
  titles: string[];
  descriptions: string[];
  verification?: { validUntil: string; revoked: boolean };
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The `index`-th organisation of the population seeded `seed` (ids sort in creation order). */
export function organizationAt(
  next: () => number,
  index: number,
  today: string,
): GeneratedOrganization {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const lang = pick(['az', 'az', 'en', 'en', 'en', 'ru', 'ru'] as const);
  const w = WORDS[lang];
  const nameIn = (l: 'az' | 'en' | 'ru', place: number, theme: number, form: number) => {
    const words = WORDS[l];
    const [p, t, f] = [
      words.places[place % words.places.length]!,
      words.themes[theme % words.themes.length]!,
      words.forms[form % words.forms.length]!,
    ];
    return l === 'en' ? `${p} ${t} ${f}` : l === 'az' ? `${p} ${t} ${f}` : `${f} «${t} ${p}»`;
  };
  const [place, theme, form] = [next() * 100, next() * 100, next() * 100].map(Math.floor) as [
    number,
    number,
    number,
  ];
  const rare = next() < 0.004 ? pick(RARE) : undefined;
  const name = `${nameIn(lang, place, theme, form)}${rare ? ` ${rare}` : ''} ${index}`;
  const translations: Record<string, string> = {};
  for (const other of ['az', 'en', 'ru'] as const)
    if (other !== lang && next() < 0.4) translations[other] = nameIn(other, place, theme, form);
  const acronym = name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
    .slice(0, 8);
  const country = next() < 0.7 ? pick(HEAVY) : pick(COUNTRY_CODES);
  const sdgs = [
    ...new Set(
      Array.from({ length: 1 + Math.floor(next() * 4) }, () => 1 + Math.floor(next() * 17)),
    ),
  ];
  const tags = [...new Set(Array.from({ length: Math.floor(next() * 5) }, () => pick(TAGS)))];
  const description = {
    [lang]:
      lang === 'en'
        ? `${name} works with ${pick(w.themes).toLowerCase()} communities in ${countryName(country, 'en')} since ${1990 + Math.floor(next() * 34)}. Contact ${pick(w.people)}.`
        : lang === 'az'
          ? `${name} ${countryName(country, 'az')} ərazisində ${pick(w.themes).toLowerCase()} sahəsində çalışır. Əlaqə: ${pick(w.people)}.`
          : `${name} работает в стране ${countryName(country, 'ru')} с ${1990 + Math.floor(next() * 34)} года. Контакт: ${pick(w.people)}.`,
  };
  const status =
    next() < 0.9 ? 'member' : pick(['none', 'applied', 'rejected', 'suspended'] as const);
  const id = `bench-${pad(index, 7)}`;
  const at = new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString();
  const verified = status === 'member' && next() < 0.35;
  const validUntil = new Date(
    Date.parse(`${today}T00:00:00Z`) + Math.floor((next() - 0.3) * 700) * 86_400_000,
  )
    .toISOString()
    .slice(0, 10);
  return {
    id,
    row: {
      id,
      slug: `bench-org-${index}`,
      name,
      name_translations: JSON.stringify(translations),
      acronym: acronym.length >= 2 ? acronym : null,
      legal_form: null,
      registration_number: `REG-${index}`,
      registering_authority: null,
      country,
      city: pick(w.places),
      founded_year: 1980 + Math.floor(next() * 45),
      website: null,
      email: null,
      phone: null,
      description: JSON.stringify(description),
      working_languages: JSON.stringify([lang]),
      social_links: '[]',
      iati_identifier: null,
      iati_type: next() < 0.85 ? pick(IATI_TYPE_CODES) : null,
      membership_status: status,
      created_by: null,
      created_at: at,
      updated_at: at,
    },
    sdgs,
    tags,
    titles: [name, ...Object.values(translations), ...(acronym.length >= 2 ? [acronym] : [])],
    descriptions: Object.values(description),
    verification: verified ? { validUntil, revoked: next() < 0.05 } : undefined,
  };
}

const CHUNK = 500;

/**
 * Inserts organisations `from`…`to - 1` with their SDGs, tags, verifications and search
 * documents. `index` runs the search seam's writes (several chunks may run at once on
 * PostgreSQL, each in its own transaction).
 */
export async function seedOrganizations(
  db: Kysely<Database>,
  search: SearchIndex,
  options: { from: number; to: number; seed: number; today: string; parallel: number },
) {
  const next = random(options.seed + options.from);
  const all: GeneratedOrganization[] = [];
  for (let i = options.from; i < options.to; i++) all.push(organizationAt(next, i, options.today));
  const chunks: GeneratedOrganization[][] = [];
  for (let i = 0; i < all.length; i += CHUNK) chunks.push(all.slice(i, i + CHUNK));
  const at = new Date().toISOString();
  const insertChunk = (chunk: GeneratedOrganization[]) =>
    db.transaction().execute(async (trx) => {
      // SQLite allows 32,766 parameters per statement: 500 rows of 24 columns fit.
      await trx
        .insertInto('organizations')
        .values(chunk.map((o) => o.row))
        .execute();
      const sdgs = chunk.flatMap((o) => o.sdgs.map((sdg) => ({ organization_id: o.id, sdg })));
      if (sdgs.length > 0) await trx.insertInto('organization_sdgs').values(sdgs).execute();
      const tags = chunk.flatMap((o) => o.tags.map((tag) => ({ organization_id: o.id, tag })));
      if (tags.length > 0) await trx.insertInto('organization_tags').values(tags).execute();
      const verifications = chunk.flatMap((o) =>
        o.verification
          ? [
              {
                id: `${o.id}-v`,
                organization_id: o.id,
                verified_by: null,
                verified_by_label: 'Bench <bench@example.org>',
                verified_at: at,
                evidence: 'Registry extract',
                valid_until: o.verification.validUntil,
                revoked_at: o.verification.revoked ? at : null,
                revoked_by: null,
                revocation_reason: o.verification.revoked ? 'Registry lapsed' : null,
                created_at: at,
                updated_at: at,
              },
            ]
          : [],
      );
      if (verifications.length > 0)
        await trx.insertInto('organization_verifications').values(verifications).execute();
      for (const o of chunk)
        await search.index(trx, 'organizations', o.id, {
          title: o.titles,
          keywords: [
            ...o.tags,
            o.row.city ?? '',
            countryName(o.row.country, 'en'),
            countryName(o.row.country, 'az'),
            countryName(o.row.country, 'ru'),
          ],
          body: o.descriptions,
        });
    });
  for (let i = 0; i < chunks.length; i += options.parallel)
    await Promise.all(chunks.slice(i, i + options.parallel).map(insertChunk));
}
