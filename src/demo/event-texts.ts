/**
 * What the demo's events say, in the three languages: the Khankendi forum's programme follows
 * the topics of the address the forum adopted (the seed report); the people named as guests
 * are invented for the demo.
 */

type Texts = { az: string; en: string; ru: string };

export type DemoSession = {
  kind: 'plenary' | 'panel' | 'workshop';
  /** Local time in Asia/Baku on the forum's day. */
  from: string;
  to: string;
  room: 'plenary' | 'a' | 'b' | 'c';
  track?: Texts;
  /** The same topics in the same order in each language; English names them for the filter. */
  tags: Texts;
  sdgs: number[];
  title: Texts;
  description: Texts;
  moderator?: string;
  /** One speaker a line: an e-mail address of a demo person or "Guest name, Organisation". */
  speakers: string[];
};

export const FORUM = {
  title: {
    az: 'Azərbaycan QHT-lərinin Əməkdaşlıq Forumu',
    en: 'Azerbaijan NGOs Cooperation Forum',
    ru: 'Форум сотрудничества НПО Азербайджана',
  },
  description: {
    az: '“Konstitusiya və Suverenlik İli”nə həsr olunmuş forum azad edilmiş Xankəndidə yüzlərlə QHT nümayəndəsini **vahid platformada** bir araya gətirir: təcrübə mübadiləsi, Dünya Şəhərsalma Forumuna (WUF13) hazırlıq, COP29 təcrübəsi və “rəqəmsal QHT” konsepsiyası.',
    en: 'Dedicated to the “Year of Constitution and Sovereignty”, the forum brings hundreds of NGO representatives together in liberated Khankendi on **one platform**: exchanging experience, preparing for the World Urban Forum (WUF13), drawing on COP29 and the concept of the “digital NGO”. It closes with the adoption of an address.',
    ru: 'Форум, посвящённый «Году Конституции и суверенитета», собирает сотни представителей НПО в освобождённом Ханкенди на **единой платформе**: обмен опытом, подготовка к Всемирному форуму городов (WUF13), опыт COP29 и концепция «цифровой НПО». Завершается принятием обращения.',
  },
};

export const FORUM_ROOMS = [
  {
    key: 'plenary',
    name: 'Plenary hall',
    nameAz: 'Plenar zal',
    nameRu: 'Пленарный зал',
    capacity: '600',
  },
  { key: 'a', name: 'Hall A', nameAz: 'A zalı', nameRu: 'Зал A', capacity: '150' },
  { key: 'b', name: 'Hall B', nameAz: 'B zalı', nameRu: 'Зал B', capacity: '120' },
  { key: 'c', name: 'Hall C', nameAz: 'C zalı', nameRu: 'Зал C', capacity: '80' },
] as const;

export const FORUM_SESSIONS: DemoSession[] = [
  {
    kind: 'plenary',
    from: '10:00',
    to: '11:30',
    room: 'plenary',
    tags: {
      az: 'açılış, vətəndaş cəmiyyəti',
      en: 'opening, civil society',
      ru: 'открытие, гражданское общество',
    },
    sdgs: [16, 17],
    title: {
      az: 'Açılış plenar iclası: QHT-lər vahid platformada',
      en: 'Opening plenary: NGOs on one platform',
      ru: 'Пленарное открытие: НПО на единой платформе',
    },
    description: {
      az: 'Forumun açılışı, “Konstitusiya və Suverenlik İli” və QHT sektorunun beynəlxalq təmsilçiliyi.',
      en: 'Opening of the forum: the “Year of Constitution and Sovereignty” and the international representation of Azerbaijan’s NGOs.',
      ru: 'Открытие форума: «Год Конституции и суверенитета» и международное представительство НПО Азербайджана.',
    },
    moderator: 'office@ngo-forum.example',
    speakers: [
      'khatira.valiyeva@khankendi-idp.example',
      'Nigar Hüseynova, Global South NGO Platform',
    ],
  },
  {
    kind: 'panel',
    from: '12:00',
    to: '13:30',
    room: 'a',
    track: { az: 'Böyük Qayıdış', en: 'Great Return', ru: 'Великое возвращение' },
    tags: {
      az: 'qayıdış, mənzil, şəhərsalma',
      en: 'return, housing, urban development',
      ru: 'возвращение, жильё, городское развитие',
    },
    sdgs: [11, 1],
    title: {
      az: 'Böyük Qayıdış: şəhərlərin bərpası və icmalar',
      en: 'The Great Return: rebuilt towns and their communities',
      ru: 'Великое возвращение: восстановленные города и их жители',
    },
    description: {
      az: '6 şəhər, 2 qəsəbə və 20 kənd bərpa olunub, təxminən 60 000 nəfər köçürülüb: QHT-lər icma həyatına necə dəstək verir?',
      en: 'Six cities, two towns and twenty villages rebuilt, nearly 60,000 people resettled: how NGOs support community life after the return.',
      ru: 'Шесть городов, два посёлка и двадцать сёл восстановлены, около 60 000 человек переселены: как НПО поддерживают жизнь общин после возвращения.',
    },
    moderator: 'khatira.valiyeva@khankendi-idp.example',
    speakers: [
      'Elvin Quliyev, Garabagh Revival Volunteers',
      'joseph.mwangi@nairobi-housing.example',
    ],
  },
  {
    kind: 'panel',
    from: '12:00',
    to: '13:30',
    room: 'b',
    track: { az: 'Qlobal Cənub', en: 'Global South', ru: 'Глобальный Юг' },
    tags: {
      az: 'beynəlxalq əməkdaşlıq, şəbəkələr',
      en: 'international cooperation, networks',
      ru: 'международное сотрудничество, сети',
    },
    sdgs: [17, 10],
    title: {
      az: 'Qlobal Cənub QHT Platforması: Bakıdan dünyaya',
      en: 'The Global South NGO Platform: from Baku to the world',
      ru: 'Платформа НПО Глобального Юга: из Баку в мир',
    },
    description: {
      az: 'Dünya əhalisinin 80 faizinin yaşadığı Qlobal Cənubun vətəndaş cəmiyyətləri daimi qərargahı Bakıda olan platformada.',
      en: 'Civil societies of the Global South, home to 80 percent of the world’s population, and the platform whose permanent headquarters is in Baku.',
      ru: 'Гражданские общества Глобального Юга, где живёт 80 процентов населения мира, и платформа с постоянной штаб-квартирой в Баку.',
    },
    moderator: 'Nigar Hüseynova, Global South NGO Platform',
    speakers: ['amina.diallo@sahel-women.example', 'aigerim@steppe-ngo.example'],
  },
  {
    kind: 'workshop',
    from: '12:00',
    to: '13:30',
    room: 'c',
    track: { az: 'Rəqəmsal QHT', en: 'Digital NGO', ru: 'Цифровые НПО' },
    tags: {
      az: 'rəqəmsal QHT, süni intellekt, nəticələr',
      en: 'digital NGO, artificial intelligence, results',
      ru: 'цифровые НПО, искусственный интеллект, результаты',
    },
    sdgs: [9, 17],
    title: {
      az: '“Rəqəmsal QHT”: süni intellekt və ölçülə bilən nəticələr',
      en: 'The “digital NGO”: artificial intelligence and measurable results',
      ru: '«Цифровая НПО»: искусственный интеллект и измеримые результаты',
    },
    description: {
      az: 'Rəqəmsal həllər QHT-lərə necə daha ölçülə bilən nəticələr əldə etməyə və səmərəliliyi artırmağa kömək edir.',
      en: 'How digital tools help NGOs achieve more measurable results and work far more efficiently: a hands-on workshop.',
      ru: 'Как цифровые решения помогают НПО достигать более измеримых результатов и работать эффективнее: практический семинар.',
    },
    speakers: ['sana.benamor@tunisian-digital-rights.example', 'rahul.menon@kerala-water.example'],
  },
  {
    kind: 'panel',
    from: '14:30',
    to: '16:00',
    room: 'a',
    track: { az: 'Böyük Qayıdış', en: 'Great Return', ru: 'Великое возвращение' },
    tags: {
      az: 'WUF13, şəhərsalma, şəhərlər',
      en: 'WUF13, urban development, cities',
      ru: 'WUF13, городское развитие, города',
    },
    sdgs: [11],
    title: {
      az: 'WUF13-ə doğru: münaqişədən sonrakı şəhərsalma təcrübəsi',
      en: 'Towards WUF13: the experience of post-conflict urban development',
      ru: 'На пути к WUF13: опыт постконфликтного градостроительства',
    },
    description: {
      az: 'BMT-nin 13-cü Dünya Şəhərsalma Forumu Azərbaycanda keçiriləcək: QHT-lər iştiraka necə hazırlaşır.',
      en: 'The 13th session of the UN World Urban Forum will be held in Azerbaijan: how NGOs prepare their participation and delegations.',
      ru: '13-я сессия Всемирного форума городов ООН пройдёт в Азербайджане: как НПО готовят своё участие и делегации.',
    },
    moderator: 'Nigar Hüseynova, Global South NGO Platform',
    speakers: [
      'lucia.restrepo@ciudades-sostenibles.example',
      'maria.santos@manila-response.example',
    ],
  },
  {
    kind: 'workshop',
    from: '14:30',
    to: '16:00',
    room: 'b',
    track: { az: 'Qlobal Cənub', en: 'Global South', ru: 'Глобальный Юг' },
    tags: {
      az: 'COP29, iqlim, advokasiya',
      en: 'COP29, climate, advocacy',
      ru: 'COP29, климат, адвокация',
    },
    sdgs: [13],
    title: {
      az: 'COP29 təcrübəsi: QHT-lər iqlim danışıqlarında',
      en: 'Lessons from COP29: NGOs at the climate talks',
      ru: 'Уроки COP29: НПО на климатических переговорах',
    },
    description: {
      az: 'COP29-da əldə olunan təcrübə yeni beynəlxalq tədbirlərə hazırlıqda QHT-lərə necə fayda verir.',
      en: 'What NGOs learned at COP29 in Baku, and how it helps them prepare for the next international events.',
      ru: 'Чему НПО научились на COP29 в Баку и как этот опыт помогает готовиться к следующим международным событиям.',
    },
    speakers: [
      'tanvir.rahman@dhaka-climate.example',
      'sera.naivalu@pacific-climate-voices.example',
    ],
  },
  {
    kind: 'plenary',
    from: '16:30',
    to: '17:30',
    room: 'plenary',
    tags: {
      az: 'müraciət, bağlanış',
      en: 'address, closing',
      ru: 'обращение, закрытие',
    },
    sdgs: [16],
    title: {
      az: 'Yekun plenar iclas: Müraciətin qəbulu',
      en: 'Closing plenary: adoption of the address',
      ru: 'Заключительное пленарное заседание: принятие обращения',
    },
    description: {
      az: 'Forum iştirakçılarının müraciəti “Xankəndi” Məcburi Köçkünlərə Dəstək İctimai Birliyinin sədri Xatirə Vəliyeva tərəfindən oxunur və qəbul edilir.',
      en: 'The participants’ address is read by Xatirə Vəliyeva, Chairperson of the “Khankendi” Public Union for Support to Internally Displaced Persons, and adopted.',
      ru: 'Обращение участников форума зачитывает Xatirə Vəliyeva, председатель Общественного объединения «Ханкенди» по поддержке вынужденных переселенцев; обращение принимается.',
    },
    moderator: 'office@ngo-forum.example',
    speakers: ['khatira.valiyeva@khankendi-idp.example'],
  },
];

export const COP29 = {
  title: {
    az: 'COP29-da QHT zalı',
    en: 'NGO Hall at COP29',
    ru: 'Зал НПО на COP29',
  },
  description: {
    az: 'BMT-nin İqlim Dəyişmələri üzrə Çərçivə Konvensiyasının Tərəflər Konfransının 29-cu sessiyası zamanı QHT-lərin konfransları üçün bir zal.',
    en: 'One hall at the 29th UN Climate Change Conference in Baku, where member organisations held their conferences one after another.',
    ru: 'Один зал на 29-й Конференции ООН по изменению климата в Баку, где организации-члены проводили свои конференции одну за другой.',
  },
};

/** [organisation, day in November 2024, from, to, English title, Azerbaijani, Russian]. */
export const COP29_SIDE_EVENTS: [string, number, string, string, string, string, string][] = [
  [
    'Sahel Women Water Alliance',
    12,
    '11:00',
    '12:30',
    'Women keep the water: adaptation in the Sahel',
    'Suyu qadınlar qoruyur: Saheldə uyğunlaşma',
    'Женщины хранят воду: адаптация в Сахеле',
  ],
  [
    'Kerala Water Trust',
    13,
    '14:00',
    '15:30',
    'Floods and wells: climate finance that reaches villages',
    'Daşqınlar və quyular: kəndlərə çatan iqlim maliyyəsi',
    'Наводнения и колодцы: климатическое финансирование, доходящее до сёл',
  ],
  [
    'Kazakhstan Steppe Ecology Union',
    14,
    '10:00',
    '11:30',
    'Steppes and glaciers: Central Asia’s water future',
    'Çöllər və buzlaqlar: Mərkəzi Asiyanın su gələcəyi',
    'Степи и ледники: водное будущее Центральной Азии',
  ],
  [
    'Pacific Islands Climate Voices',
    15,
    '16:00',
    '17:30',
    'Loss and damage: voices from the Pacific',
    'İtki və zərər: Sakit okeandan səslər',
    'Потери и ущерб: голоса Тихого океана',
  ],
  [
    'Dhaka Climate Action Collective',
    18,
    '12:00',
    '13:30',
    'Delta cities under rising seas',
    'Yüksələn dəniz qarşısında delta şəhərləri',
    'Города дельт перед лицом поднимающегося моря',
  ],
  [
    'Fundação Amazônia Viva',
    19,
    '15:00',
    '16:30',
    'From Baku to Belém: forests on the road to COP30',
    'Bakıdan Belemə: COP30-a gedən yolda meşələr',
    'Из Баку в Белен: леса на пути к COP30',
  ],
];

export const ASSEMBLY = {
  title: {
    az: 'Qlobal Cənub QHT Platformasının Ümumi Yığıncağı',
    en: 'Global South NGO Platform General Assembly',
    ru: 'Общее собрание Платформы НПО Глобального Юга',
  },
  description: {
    az: 'Üzv təşkilatların illik yığıncağı Bakıda və onlayn: hesabat, növbəti ilin prioritetləri və yeni üzvlərin qəbulu.',
    en: 'The member organisations’ yearly assembly, in Baku and online: the report, next year’s priorities and the admission of new members. Register on behalf of your organisation.',
    ru: 'Ежегодное собрание организаций-членов в Баку и онлайн: отчёт, приоритеты на следующий год и приём новых членов.',
  },
};

/** The assembly's side events, `day` days from it; times in Baku, where not online. */
export const ASSEMBLY_SIDE_EVENTS: {
  organizer: string;
  day: number;
  from: string;
  to: string;
  onlineUrl?: string;
  sdgs: number[];
  capacity: number;
  title: Texts;
  description: Texts;
}[] = [
  {
    organizer: 'Nairobi Urban Housing Forum',
    day: -1,
    from: '15:00',
    to: '16:30',
    sdgs: [11, 1],
    capacity: 60,
    title: {
      az: 'Köçkünlükdən sonra ev: Nayrobi və Qarabağ təcrübəsi',
      en: 'Homes after displacement: lessons from Nairobi and Garabagh',
      ru: 'Дом после переселения: опыт Найроби и Карабаха',
    },
    description: {
      az: 'Ümumi Yığıncaq ərəfəsində mənzil sahəsində çalışan üzv təşkilatlar köçkün ailələrin yenidən evə necə qovuşduğunu müqayisə edir.',
      en: 'On the eve of the General Assembly, member organisations that work on housing compare how displaced families find a home again.',
      ru: 'Накануне Общего собрания организации-члены, работающие в сфере жилья, сравнивают, как вынужденные переселенцы снова обретают дом.',
    },
  },
  {
    organizer: 'Tunisian Digital Rights League',
    day: 1,
    from: '11:00',
    to: '12:30',
    onlineUrl: 'https://meet.tunisian-digital-rights.example/digital-ngo',
    sdgs: [16, 9],
    capacity: 200,
    title: {
      az: 'Rəqəmsal QHT: üzvlərin bölüşdüyü alətlər',
      en: 'The digital NGO: tools members share',
      ru: 'Цифровая НПО: инструменты, которыми делятся члены сети',
    },
    description: {
      az: 'Ümumi Yığıncaqdan bir gün sonra onlayn seminar: üzv təşkilatlar iş, məlumat və görüşlərini açıq alətlərlə necə aparır.',
      en: 'An online workshop the day after the General Assembly: how member organisations run their work, data and meetings with open tools.',
      ru: 'Онлайн-семинар на следующий день после Общего собрания: как организации-члены ведут работу, данные и встречи с открытыми инструментами.',
    },
  },
];
