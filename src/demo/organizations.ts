/**
 * The demo's organisations: those named in the seed report, and member NGOs spread across the
 * Global South as a network like the Global South NGO Platform would have them. Each is managed
 * by a person of its own, whose address, like its other people's, is at its own domain.
 */

/** The person who owns an organisation: their name as they write it, their address's local part. */
type DemoOwner = { name: string; local: string };

export type DemoOrganization = {
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
  /** Its people's addresses are at `<domain>.example`. */
  domain: string;
  /** Who owns it; none for the network's own organisation, which its secretariat manages. */
  owner?: DemoOwner;
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
    domain: 'khankendi-idp',
    owner: { name: 'Xatirə Vəliyeva', local: 'khatira.valiyeva' },
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
    domain: 'ngo-forum',
    // The forum's office account, shared by its staff, as such networks often have.
    owner: { name: 'Azerbaijan National NGO Forum', local: 'office' },
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
    domain: 'gsngo-platform',
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

/**
 * Each member's domain and owner: [organisation, domain, name as its owner writes it, the
 * address's local part]. Names are in the script of the owner's country where that is how they
 * write it; several owners speak in the forum's programme.
 */
const MEMBER_OWNERS: [string, string, string, string][] = [
  ['Sahel Women Water Alliance', 'sahel-women', 'Amina Diallo', 'amina.diallo'],
  ['Kerala Water Trust', 'kerala-water', 'Rahul Menon', 'rahul.menon'],
  ['Lagos Youth Skills Network', 'lagos-youth-skills', 'Oluwaseun Adebayo', 'seun.adebayo'],
  ['Andean Mountain Farmers Union', 'andean-farmers', 'Rosa Huamán Quispe', 'rosa.huaman'],
  ['Mekong Delta Resilience Centre', 'mekong-resilience', 'Nguyễn Thị Thu Hà', 'thuha.nguyen'],
  ['Nairobi Urban Housing Forum', 'nairobi-housing', 'Joseph Mwangi', 'joseph.mwangi'],
  ['Dhaka Climate Action Collective', 'dhaka-climate', 'Tanvir Rahman', 'tanvir.rahman'],
  ['Fundação Amazônia Viva', 'amazonia-viva', 'Ana Beatriz Tavares', 'ana.tavares'],
  ['Asociación Mujeres del Altiplano', 'mujeres-altiplano', 'Juana Mamani Condori', 'juana.mamani'],
  ['Kazakhstan Steppe Ecology Union', 'steppe-ngo', 'Айгерим Сапарова', 'aigerim'],
  ['Центр поддержки молодёжи «Ош»', 'osh-youth', 'Бактыгүл Осмонова', 'baktygul.osmonova'],
  ['Uzbek Water Users Association', 'uzbek-water-users', 'Шерзод Рахимов', 'sherzod.rakhimov'],
  ['Jordan Refugee Education Initiative', 'jordan-refugee-education', 'رنا الخطيب', 'rana.khatib'],
  ['Tunisian Digital Rights League', 'tunisian-digital-rights', 'Sana Ben Amor', 'sana.benamor'],
  ['Cairo Urban Heritage Society', 'cairo-heritage', 'منى عبد الرحمن', 'mona.abdelrahman'],
  ['Addis Health Access Network', 'addis-health', 'Hiwot Tesfaye', 'hiwot.tesfaye'],
  ['Accra Fair Trade Cooperative', 'accra-fair-trade', 'Akosua Owusu', 'akosua.owusu'],
  ['Kinshasa Peacebuilders', 'kinshasa-peace', 'Patrick Mukendi', 'patrick.mukendi'],
  ['Mozambique Coastal Fisheries Union', 'coastal-fisheries', 'Celestino Macuácua', 'c.macuacua'],
  ['Pacific Islands Climate Voices', 'pacific-climate-voices', 'Sera Naivalu', 'sera.naivalu'],
  ['Manila Disaster Response Network', 'manila-response', 'Maria Santos', 'maria.santos'],
  ['Jakarta Clean Energy Forum', 'jakarta-clean-energy', 'Ratna Kusumawati', 'ratna.kusumawati'],
  ['Lahore Girls Education Trust', 'lahore-girls-education', 'Samina Qureshi', 'samina.qureshi'],
  ['Kathmandu Mountain Schools', 'kathmandu-schools', 'Sita Gurung', 'sita.gurung'],
  ['Tbilisi Civic Lab', 'tbilisi-civic-lab', 'ნინო კაპანაძე', 'nino.kapanadze'],
  ['Mongolian Herders Association', 'mongolian-herders', 'Оюунчимэг Батбаяр', 'oyuunchimeg.b'],
  ['Fundación Ciudades Sostenibles', 'ciudades-sostenibles', 'Lucía Restrepo', 'lucia.restrepo'],
  ['Haiti Rebuild Together', 'haiti-rebuild', 'Jean-Robert Pierre-Louis', 'jr.pierrelouis'],
  ['Senegal Green Belt Initiative', 'senegal-green-belt', 'Mame Diarra Sow', 'mamediarra.sow'],
  ['South Africa Township Enterprise Hub', 'township-hub', 'Thandiwe Mokoena', 'thandiwe.mokoena'],
];

export const MEMBER_ORGANIZATIONS: DemoOrganization[] = MEMBERS.map(
  ([name, country, city, sdgs, tags]) => {
    const found = MEMBER_OWNERS.find(([member]) => member === name);
    if (!found) throw new Error(`demo member without an owner: ${name}`);
    const [, domain, owner, local] = found;
    return {
      name,
      country,
      city,
      sdgs,
      tags,
      descriptionEn: `${name} works with communities in ${city} on ${tags.join(', ')}.`,
      iatiType: 22,
      domain,
      owner: { name: owner, local },
    };
  },
);
