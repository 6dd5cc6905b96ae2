/**
 * The demo's organisations: those named in the seed report, and member NGOs spread across the
 * Global South as a network like the Global South NGO Platform would have them.
 */
type DemoOrganization = {
  name: string;
  nameAz?: string;
  nameEn?: string;
  nameRu?: string;
  acronym?: string;
  country: string;
  city: string;
  foundedYear?: number;
  sdgs: number[];
  tags: string[];
  descriptionEn: string;
  descriptionAz?: string;
  iatiType: number;
  /** Index into the demo's people: who owns it. */
  owner?: number;
};

export const STORY_ORGANIZATIONS: DemoOrganization[] = [
  {
    name: '“Xankəndi” Məcburi Köçkünlərə Dəstək İctimai Birliyi',
    nameEn: '“Khankendi” Public Union for Support to Internally Displaced Persons',
    nameRu: 'Общественное объединение «Ханкенди» по поддержке вынужденных переселенцев',
    country: 'AZ',
    city: 'Xankəndi',
    foundedYear: 2006,
    sdgs: [1, 10, 11, 16],
    tags: ['internally displaced persons', 'return', 'housing', 'Garabagh'],
    descriptionEn:
      'Supports internally displaced families in their return to Garabagh and Eastern Zangezur: housing, documents, jobs and community life. Its chairperson, Xatirə Vəliyeva, read the address adopted by the Azerbaijan NGOs Cooperation Forum in Khankendi on 20 October 2025.',
    descriptionAz:
      'Məcburi köçkün ailələrin Qarabağ və Şərqi Zəngəzura qayıdışına dəstək verir: mənzil, sənədlər, iş və icma həyatı.',
    iatiType: 22,
    owner: 0,
  },
  {
    name: 'Azərbaycan Milli QHT Forumu',
    nameEn: 'Azerbaijan National NGO Forum',
    nameRu: 'Национальный форум НПО Азербайджана',
    acronym: 'ANNF',
    country: 'AZ',
    city: 'Bakı',
    sdgs: [16, 17],
    tags: ['civil society', 'networks', 'capacity building'],
    descriptionEn:
      'The national umbrella of Azerbaijani NGOs: convenes forums, represents the sector and builds its capacity.',
    iatiType: 22,
    owner: 1,
  },
  {
    name: 'Global South NGO Platform',
    nameAz: 'Qlobal Cənub QHT Platforması',
    nameRu: 'Платформа НПО Глобального Юга',
    acronym: 'GSNP',
    country: 'AZ',
    city: 'Bakı',
    foundedYear: 2024,
    sdgs: [10, 16, 17],
    tags: ['Global South', 'networks', 'advocacy'],
    descriptionEn:
      'Established with the unanimous opinion of civil societies of the Global South, where 80 percent of the world’s population lives; its permanent headquarters is in Baku.',
    iatiType: 21,
  },
];

/** [name, country, city, SDGs, tags] of member NGOs across the Global South. */
const MEMBERS: [string, string, string, number[], string[]][] = [
  ['Sahel Women Water Alliance', 'ML', 'Bamako', [5, 6], ['water', 'women']],
  ['Kerala Water Trust', 'IN', 'Kochi', [6, 13], ['water', 'climate']],
  ['Lagos Youth Skills Network', 'NG', 'Lagos', [4, 8], ['youth', 'jobs']],
  ['Andean Mountain Farmers Union', 'PE', 'Cusco', [2, 15], ['agriculture', 'biodiversity']],
  ['Mekong Delta Resilience Centre', 'VN', 'Cần Thơ', [11, 13], ['climate', 'cities']],
  ['Nairobi Urban Housing Forum', 'KE', 'Nairobi', [11, 1], ['housing', 'cities']],
  ['Dhaka Climate Action Collective', 'BD', 'Dhaka', [13], ['climate', 'floods']],
  ['Fundação Amazônia Viva', 'BR', 'Manaus', [15, 13], ['forests', 'indigenous peoples']],
  ['Asociación Mujeres del Altiplano', 'BO', 'La Paz', [5, 1], ['women', 'livelihoods']],
  ['Kazakhstan Steppe Ecology Union', 'KZ', 'Almaty', [15, 6], ['environment']],
  ['Центр поддержки молодёжи «Ош»', 'KG', 'Ош', [4, 16], ['youth', 'education']],
  ['Uzbek Water Users Association', 'UZ', 'Samarqand', [6, 2], ['water', 'irrigation']],
  ['Jordan Refugee Education Initiative', 'JO', 'Amman', [4, 10], ['refugees', 'education']],
  ['Tunisian Digital Rights League', 'TN', 'Tunis', [16, 9], ['digital rights', 'digital NGO']],
  ['Cairo Urban Heritage Society', 'EG', 'Cairo', [11], ['heritage', 'cities']],
  ['Addis Health Access Network', 'ET', 'Addis Ababa', [3], ['health']],
  ['Accra Fair Trade Cooperative', 'GH', 'Accra', [8, 12], ['trade', 'cooperatives']],
  ['Kinshasa Peacebuilders', 'CD', 'Kinshasa', [16], ['peace', 'conflict resolution']],
  ['Mozambique Coastal Fisheries Union', 'MZ', 'Beira', [14, 1], ['fisheries', 'oceans']],
  ['Pacific Islands Climate Voices', 'FJ', 'Suva', [13, 14], ['climate', 'oceans']],
  ['Manila Disaster Response Network', 'PH', 'Manila', [11, 13], ['disasters', 'cities']],
  ['Jakarta Clean Energy Forum', 'ID', 'Jakarta', [7, 13], ['energy']],
  ['Lahore Girls Education Trust', 'PK', 'Lahore', [4, 5], ['girls', 'education']],
  ['Kathmandu Mountain Schools', 'NP', 'Kathmandu', [4], ['education']],
  ['Tbilisi Civic Lab', 'GE', 'Tbilisi', [16, 17], ['civil society']],
  ['Mongolian Herders Association', 'MN', 'Ulaanbaatar', [2, 15], ['herders', 'climate']],
  ['Fundación Ciudades Sostenibles', 'CO', 'Medellín', [11], ['cities', 'transport']],
  ['Haiti Rebuild Together', 'HT', 'Port-au-Prince', [11, 1], ['housing', 'reconstruction']],
  ['Senegal Green Belt Initiative', 'SN', 'Dakar', [15, 13], ['desertification']],
  [
    'South Africa Township Enterprise Hub',
    'ZA',
    'Johannesburg',
    [8, 10],
    ['jobs', 'entrepreneurship'],
  ],
];

export const MEMBER_ORGANIZATIONS: DemoOrganization[] = MEMBERS.map(
  ([name, country, city, sdgs, tags]) => ({
    name,
    country,
    city,
    sdgs,
    tags,
    descriptionEn: `${name} works with communities in ${city} on ${tags.join(', ')}.`,
    iatiType: 22,
  }),
);
