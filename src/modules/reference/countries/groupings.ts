/**
 * Named groupings of countries that a network may call "the Global South", each with the
 * publication it reproduces and the date of the list. The lists are written by hand (the G77
 * and NAM ones) or derived from M49 by a stated rule (UNCTAD's): when a source changes, check
 * the whole list against it, update `asOf`, and record the change in `changes`.
 */
import { M49_PLACEMENTS, type Names } from './m49.js';

export const GROUPING_IDS = ['unctad-developing', 'g77', 'nam'] as const;
export type GroupingId = (typeof GROUPING_IDS)[number];

export type Grouping = {
  id: GroupingId;
  name: Names;
  /** The exact title of the list and who publishes it. */
  source: string;
  sourceUrl: string;
  /** The date of the list reproduced here (YYYY-MM-DD). */
  asOf: string;
  /** How the list was made, and what to check when it is next compared with the source. */
  note: string;
  /** Changes to membership since the listed publication, or recorded in it, with dates. */
  changes: readonly { date: string; what: string }[];
  /** ISO 3166-1 alpha-2 codes, sorted. */
  members: readonly string[];
};

/**
 * UNCTAD's developed/developing split, as UNCTADstat describes it on its Classifications page
 * ("Developing and developed regions"): it follows the distinction between developed and
 * developing regions kept by the UN Statistics Division with M49. Developed: all of Europe and
 * Northern America, plus Israel, Japan, the Republic of Korea, Australia and New Zealand.
 * Developing: Africa, Latin America and the Caribbean, the rest of Asia, the rest of Oceania.
 * UNCTADstat no longer uses "transition economies": Central Asia and the Caucasus (M49 Central
 * and Western Asia) are developing, South-East Europe, Belarus, the Republic of Moldova, the
 * Russian Federation and Ukraine (M49 Europe) are developed. The Republic of Korea has been
 * developed since UNCTAD moved it to List B in July 2021.
 *
 * Applied here as: developed = M49 region Europe (150), M49 sub-regions Northern America (021)
 * and Australia and New Zealand (053, which takes in Australia's external territories), and
 * IL, JP, KR; developing = every other code that has an M49 region. UNCTADstat says "broadly":
 * where it places a territory differently, this rule wins until someone records the exception.
 */
const UNCTAD_DEVELOPED_REGIONS = new Set(['150']);
const UNCTAD_DEVELOPED_SUB_REGIONS = new Set(['021', '053']);
const UNCTAD_DEVELOPED_IN_ASIA = new Set(['IL', 'JP', 'KR']);

export function isUnctadDeveloping(code: string): boolean {
  const place = M49_PLACEMENTS.get(code);
  if (!place) return false;
  return !(
    UNCTAD_DEVELOPED_REGIONS.has(place.region) ||
    UNCTAD_DEVELOPED_SUB_REGIONS.has(place.subRegion) ||
    UNCTAD_DEVELOPED_IN_ASIA.has(code)
  );
}

const sorted = (codes: readonly string[]) => [...codes].sort();

const unctadDeveloping = [...M49_PLACEMENTS.keys()].filter(isUnctadDeveloping);

/**
 * The Group of 77: the 134 members on its own list, which includes China. China does not call
 * itself a member but takes part, and the Group speaks as "the Group of 77 and China"; we
 * count it in, as the list does. Azerbaijan is not a member, though some secondary sources of
 * 2024 list it (and so count 135).
 */
const G77 = [
  // Africa (54: every African state)
  ...['DZ', 'AO', 'BJ', 'BW', 'BF', 'BI', 'CV', 'CM', 'CF', 'TD', 'KM', 'CG', 'CD', 'CI'],
  ...['DJ', 'EG', 'GQ', 'ER', 'SZ', 'ET', 'GA', 'GM', 'GH', 'GN', 'GW', 'KE', 'LS', 'LR'],
  ...['LY', 'MG', 'MW', 'ML', 'MR', 'MU', 'MA', 'MZ', 'NA', 'NE', 'NG', 'RW', 'ST', 'SN'],
  ...['SC', 'SL', 'SO', 'ZA', 'SS', 'SD', 'TZ', 'TG', 'TN', 'UG', 'ZM', 'ZW'],
  // Asia and the Pacific (47)
  ...['AF', 'BH', 'BD', 'BT', 'BN', 'KH', 'CN', 'KP', 'FJ', 'IN', 'ID', 'IR', 'IQ', 'JO'],
  ...['KI', 'KW', 'LA', 'LB', 'MY', 'MV', 'MH', 'FM', 'MN', 'MM', 'NR', 'NP', 'OM', 'PK'],
  ...['PS', 'PG', 'PH', 'QA', 'WS', 'SA', 'SG', 'SB', 'LK', 'SY', 'TJ', 'TH', 'TL', 'TO'],
  ...['TM', 'AE', 'VU', 'VN', 'YE'],
  // Latin America and the Caribbean (32: all but Mexico)
  ...['AG', 'AR', 'BS', 'BB', 'BZ', 'BO', 'BR', 'CL', 'CO', 'CR', 'CU', 'DM', 'DO', 'EC'],
  ...['SV', 'GD', 'GT', 'GY', 'HT', 'HN', 'JM', 'NI', 'PA', 'PY', 'PE', 'KN', 'LC', 'VC'],
  ...['SR', 'TT', 'UY', 'VE'],
  // Europe (1)
  'BA',
];

/**
 * The Non-Aligned Movement: the 120 member states before its 19th Summit (Kampala, 15–20
 * January 2024) and South Sudan, whose admission as the 121st was announced there. Azerbaijan has been a member
 * since 2011 (and chaired the Movement 2019–2024). Palestine is a member; China, Brazil and
 * Mexico, among others, are observers and not listed.
 */
const NAM = [
  // Africa (54: every African state)
  ...['DZ', 'AO', 'BJ', 'BW', 'BF', 'BI', 'CV', 'CM', 'CF', 'TD', 'KM', 'CG', 'CD', 'CI'],
  ...['DJ', 'EG', 'GQ', 'ER', 'SZ', 'ET', 'GA', 'GM', 'GH', 'GN', 'GW', 'KE', 'LS', 'LR'],
  ...['LY', 'MG', 'MW', 'ML', 'MR', 'MU', 'MA', 'MZ', 'NA', 'NE', 'NG', 'RW', 'ST', 'SN'],
  ...['SC', 'SL', 'SO', 'ZA', 'SS', 'SD', 'TZ', 'TG', 'TN', 'UG', 'ZM', 'ZW'],
  // Asia and the Pacific (39)
  ...['AF', 'BH', 'BD', 'BT', 'BN', 'KH', 'IN', 'ID', 'IR', 'IQ', 'JO', 'KW', 'LA', 'LB'],
  ...['MY', 'MV', 'MN', 'MM', 'NP', 'KP', 'OM', 'PK', 'PS', 'PH', 'QA', 'SA', 'SG', 'LK'],
  ...['SY', 'TH', 'TL', 'TM', 'AE', 'UZ', 'VN', 'YE', 'FJ', 'PG', 'VU'],
  // Latin America and the Caribbean (26)
  ...['AG', 'BS', 'BB', 'BZ', 'BO', 'CL', 'CO', 'CU', 'DM', 'DO', 'EC', 'GD', 'GT', 'GY'],
  ...['HT', 'HN', 'JM', 'NI', 'PA', 'PE', 'KN', 'LC', 'VC', 'SR', 'TT', 'VE'],
  // Europe (2)
  ...['AZ', 'BY'],
];

export const GROUPINGS: readonly Grouping[] = [
  {
    id: 'unctad-developing',
    name: {
      en: 'Developing economies (UNCTAD)',
      az: 'İnkişaf etməkdə olan iqtisadiyyatlar (UNCTAD)',
      ru: 'Развивающиеся экономики (ЮНКТАД)',
    },
    source:
      'UNCTADstat, "Classifications" — Groups of economies: developing and developed regions; UN Trade and Development (UNCTAD)',
    sourceUrl: 'https://unctadstat.unctad.org/EN/Classifications.html',
    asOf: '2026-11-27',
    note: 'Derived in code from M49 by the rule written above isUnctadDeveloping; asOf is the date the rule was last compared with a copy of the page’s text, which carries no date of its own. Check on update: Cyprus (M49 Western Asia, so developing by the rule) and the small territories that UNCTADstat groups as "other territories".',
    changes: [
      { date: '2021-07-02', what: 'Republic of Korea (KR) moved from developing to developed' },
    ],
    members: sorted(unctadDeveloping),
  },
  {
    id: 'g77',
    name: { en: 'Group of 77', az: '77-lər Qrupu', ru: 'Группа 77' },
    source: '"The Member States of the Group of 77", Group of 77 at the United Nations, New York',
    sourceUrl: 'https://www.g77.org/doc/members.html',
    asOf: '2026-11-27',
    note: 'Written by hand from the Group’s member list as we knew it on asOf (134 countries, China included; the page itself was not fetched, and it carries no date). Cross-checked with the usual description of the membership: UN members and Palestine, less members of the Council of Europe (except Bosnia and Herzegovina), of the OECD (except Chile, Colombia and Costa Rica), full members of the CIS (except Tajikistan), and Palau and Tuvalu.',
    changes: [],
    members: sorted(G77),
  },
  {
    id: 'nam',
    name: { en: 'Non-Aligned Movement', az: 'Qoşulmama Hərəkatı', ru: 'Движение неприсоединения' },
    source:
      'Member states of the Non-Aligned Movement at its 19th Summit of Heads of State and Government, Kampala, 15–20 January 2024; summit website of the Chair of the Movement, Republic of Uganda',
    sourceUrl: 'https://nam.go.ug/',
    asOf: '2024-01-20',
    note: 'Written by hand, not fetched: the 120 members before the Kampala Summit and South Sudan, whose admission was announced there. No later change is known to us; check the Chair’s list on update.',
    changes: [
      {
        date: '2024-01-17',
        what: 'South Sudan (SS) admitted as the 121st member (announced at the ministerial meeting of the Kampala Summit)',
      },
    ],
    members: sorted(NAM),
  },
];
