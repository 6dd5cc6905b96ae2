/**
 * The forum's demo participants: people of the member organisations, invented, with names that
 * fit where their organisation works. Deterministic, so every demo database tells one story.
 */

/** Given names and family names that go together (gendered surnames stay with their names). */
const NAMES: Record<string, [string[], string[]][]> = {
  AZ: [
    [
      ['Aysel', 'Günay', 'Səbinə', 'Nərmin', 'Ləman', 'Aytən', 'Könül', 'Sevinc', 'Fidan', 'Nigar'],
      ['Məmmədova', 'Həsənova', 'İsmayılova', 'Cəfərova', 'Əliyeva', 'Quliyeva', 'Abbasova'],
    ],
    [
      ['Elnur', 'Rəşad', 'Tural', 'Orxan', 'Kamran', 'Elvin', 'Fərid', 'Nicat', 'Vüsal', 'Anar'],
      ['Əliyev', 'Quliyev', 'Abbasov', 'Nəsirov', 'Hüseynov', 'Rzayev', 'Kərimov', 'Bağırov'],
    ],
  ],
  AFRICA: [
    [
      ['Awa', 'Kwame', 'Fatou', 'Tendai', 'Zanele', 'Ibrahim', 'Amara', 'Chinedu', 'Naledi', 'Yaw'],
      ['Traoré', 'Mensah', 'Ndiaye', 'Okafor', 'Dlamini', 'Mwangi', 'Bekele', 'Diop', 'Banda'],
    ],
  ],
  ASIA: [
    [
      ['Priya', 'Arjun', 'Linh', 'Siti', 'Farhana', 'Tenzin', 'Mei', 'Ravi', 'Dewi', 'Bilal'],
      ['Sharma', 'Rahman', 'Tran', 'Santoso', 'Khan', 'Gurung', 'Reyes', 'Wijaya', 'Nair'],
    ],
  ],
  LATAM: [
    [
      ['María', 'José', 'Camila', 'Luis', 'Valentina', 'Jorge', 'Ana', 'Diego', 'Lucía', 'Pedro'],
      ['Quispe', 'Silva', 'Gómez', 'Mamani', 'Pereira', 'Rojas', 'Castillo', 'Jean-Baptiste'],
    ],
  ],
  CIS: [
    [
      ['Айгуль', 'Гульнара', 'Асель', 'Дилноза', 'Жанар', 'Нигора'],
      ['Ахметова', 'Каримова', 'Рахимова', 'Сейткали', 'Юсупова'],
    ],
    [
      ['Данияр', 'Нурлан', 'Тимур', 'Бахтияр', 'Ержан', 'Азамат'],
      ['Исмаилов', 'Турсунов', 'Сейткали', 'Юсупов', 'Абдуллаев'],
    ],
  ],
  MENA: [
    [
      ['Layla', 'Omar', 'Yasmine', 'Karim', 'Nour', 'Sami', 'Hana', 'Youssef', 'Rania', 'Tarek'],
      ['Haddad', 'Mansour', 'Ben Salah', 'Khalil', 'Nasser', 'Aziz', 'Farouk', 'Saleh'],
    ],
  ],
  OTHER: [
    [
      ['Nino', 'Bat-Erdene', 'Sera', 'Giorgi', 'Oyuna', 'Mele', 'Tamar', 'Ganbold', 'Losana'],
      ['Beridze', 'Dorj', 'Naivalu', 'Kapanadze', 'Bold', 'Tuilagi', 'Lomidze', 'Batbayar'],
    ],
  ],
};

const GROUP: Record<string, keyof typeof NAMES> = {
  AZ: 'AZ',
  ...Object.fromEntries(
    ['ML', 'NG', 'KE', 'ET', 'GH', 'CD', 'MZ', 'SN', 'ZA'].map((c) => [c, 'AFRICA']),
  ),
  ...Object.fromEntries(['IN', 'VN', 'BD', 'PH', 'ID', 'PK', 'NP'].map((c) => [c, 'ASIA'])),
  ...Object.fromEntries(['PE', 'BR', 'BO', 'CO', 'HT'].map((c) => [c, 'LATAM'])),
  ...Object.fromEntries(['KZ', 'KG', 'UZ'].map((c) => [c, 'CIS'])),
  ...Object.fromEntries(['JO', 'TN', 'EG'].map((c) => [c, 'MENA'])),
};

/** The language a person of `country` reads Concord in: Azerbaijani, Russian in Central Asia, else English. */
export const localeOf = (country: string) =>
  country === 'AZ' ? ('az' as const) : GROUP[country] === 'CIS' ? ('ru' as const) : ('en' as const);

/** How many of an organisation's people came to the forum: the Azerbaijani hosts the most. */
export const FORUM_DELEGATES_BY_NAME: Record<string, number> = {
  'Azərbaycan Milli QHT Forumu': 48,
  '“Xankəndi” Məcburi Köçkünlərə Dəstək İctimai Birliyi': 34,
  'Global South NGO Platform': 22,
};
export const FORUM_DELEGATES_PER_MEMBER = [4, 6, 5, 7, 3, 5];

/**
 * Names people one after another: within a region's lists every name is new until the
 * combinations run out (far more than the demo needs).
 */
export function participantNamer() {
  const counters = new Map<string, number>();
  return (country: string, domain: string, n: number) => {
    const group = GROUP[country] ?? 'OTHER';
    const k = counters.get(group) ?? 0;
    counters.set(group, k + 1);
    const sets = NAMES[group]!;
    const [firsts, lasts] = sets[k % sets.length]!;
    const i = Math.floor(k / sets.length);
    return {
      name: `${firsts[i % firsts.length]} ${lasts[Math.floor(i / firsts.length + i) % lasts.length]}`,
      email: `participant${n + 1}@${domain}.example`,
      locale: localeOf(country),
    };
  };
}

const DAY = 86_400_000;
/** Registration for the forum opened on 1 September 2025, at 09:00 in Baku. */
const REGISTRATION_OPENED = Date.parse('2025-09-01T05:00:00Z');
/** Until 17 October, three days before the forum. */
const REGISTRATION_DAYS = 47;

/**
 * When the forum's `k`-th participant registered (UTC ISO): a day between 1 September and
 * 17 October 2025, more of them as the forum drew near, in Baku's working hours (09:00–21:00).
 * Golden-ratio steps spread them evenly, and deterministically, over those days and hours.
 */
export function registeredAt(k: number) {
  const day = Math.floor(Math.sqrt((k * 0.618_033_988_75) % 1) * REGISTRATION_DAYS);
  const minute = Math.floor(((k * 0.754_877_666_25) % 1) * 12 * 60);
  return new Date(REGISTRATION_OPENED + day * DAY + minute * 60_000).toISOString();
}
