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
      locale:
        country === 'AZ' ? ('az' as const) : group === 'CIS' ? ('ru' as const) : ('en' as const),
    };
  };
}
