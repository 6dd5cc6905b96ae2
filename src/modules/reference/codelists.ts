/**
 * The two code lists an organisation profile uses: the 17 Sustainable Development Goals (short
 * titles as the UN publishes them in each language) and IATI's OrganisationType codelist
 * (version 2.03; codes 21–24 are the NGO types).
 */
import type { Locale } from '../../platform/i18n/index.js';

type Names = Record<Locale, string>;

export const SDGS: Record<number, Names> = {
  1: { en: 'No poverty', az: 'Yoxsulluğa son', ru: 'Ликвидация нищеты' },
  2: { en: 'Zero hunger', az: 'Aclığa son', ru: 'Ликвидация голода' },
  3: {
    en: 'Good health and well-being',
    az: 'Sağlam həyat və rifah',
    ru: 'Хорошее здоровье и благополучие',
  },
  4: { en: 'Quality education', az: 'Keyfiyyətli təhsil', ru: 'Качественное образование' },
  5: { en: 'Gender equality', az: 'Gender bərabərliyi', ru: 'Гендерное равенство' },
  6: {
    en: 'Clean water and sanitation',
    az: 'Təmiz su və sanitariya',
    ru: 'Чистая вода и санитария',
  },
  7: {
    en: 'Affordable and clean energy',
    az: 'Əlçatan və təmiz enerji',
    ru: 'Недорогостоящая и чистая энергия',
  },
  8: {
    en: 'Decent work and economic growth',
    az: 'Layiqli iş və iqtisadi artım',
    ru: 'Достойная работа и экономический рост',
  },
  9: {
    en: 'Industry, innovation and infrastructure',
    az: 'Sənaye, innovasiya və infrastruktur',
    ru: 'Индустриализация, инновации и инфраструктура',
  },
  10: {
    en: 'Reduced inequalities',
    az: 'Bərabərsizliyin azaldılması',
    ru: 'Уменьшение неравенства',
  },
  11: {
    en: 'Sustainable cities and communities',
    az: 'Dayanıqlı şəhərlər və icmalar',
    ru: 'Устойчивые города и населённые пункты',
  },
  12: {
    en: 'Responsible consumption and production',
    az: 'Məsuliyyətli istehlak və istehsal',
    ru: 'Ответственное потребление и производство',
  },
  13: {
    en: 'Climate action',
    az: 'İqlim dəyişmələri ilə mübarizə',
    ru: 'Борьба с изменением климата',
  },
  14: { en: 'Life below water', az: 'Sualtı həyat', ru: 'Сохранение морских экосистем' },
  15: { en: 'Life on land', az: 'Quruda həyat', ru: 'Сохранение экосистем суши' },
  16: {
    en: 'Peace, justice and strong institutions',
    az: 'Sülh, ədalət və güclü institutlar',
    ru: 'Мир, правосудие и эффективные институты',
  },
  17: {
    en: 'Partnerships for the goals',
    az: 'Məqsədlər naminə tərəfdaşlıq',
    ru: 'Партнёрство в интересах устойчивого развития',
  },
};
export const SDG_NUMBERS = Object.keys(SDGS).map(Number);

export const IATI_ORGANISATION_TYPES: Record<number, Names> = {
  10: { en: 'Government', az: 'Hökumət', ru: 'Правительство' },
  11: { en: 'Local Government', az: 'Yerli hakimiyyət', ru: 'Местное самоуправление' },
  15: {
    en: 'Other Public Sector',
    az: 'Digər dövlət sektoru',
    ru: 'Другой государственный сектор',
  },
  21: { en: 'International NGO', az: 'Beynəlxalq QHT', ru: 'Международная НКО' },
  22: { en: 'National NGO', az: 'Milli QHT', ru: 'Национальная НКО' },
  23: { en: 'Regional NGO', az: 'Regional QHT', ru: 'Региональная НКО' },
  24: {
    en: 'Partner Country based NGO',
    az: 'Tərəfdaş ölkədə yerləşən QHT',
    ru: 'НКО из страны-партнёра',
  },
  30: {
    en: 'Public Private Partnership',
    az: 'Dövlət-özəl tərəfdaşlığı',
    ru: 'Государственно-частное партнёрство',
  },
  40: { en: 'Multilateral', az: 'Çoxtərəfli təşkilat', ru: 'Многосторонняя организация' },
  60: { en: 'Foundation', az: 'Fond', ru: 'Фонд' },
  70: { en: 'Private Sector', az: 'Özəl sektor', ru: 'Частный сектор' },
  71: {
    en: 'Private Sector in Provider Country',
    az: 'Donor ölkənin özəl sektoru',
    ru: 'Частный сектор страны-донора',
  },
  72: {
    en: 'Private Sector in Aid Recipient Country',
    az: 'Yardım alan ölkənin özəl sektoru',
    ru: 'Частный сектор страны-получателя помощи',
  },
  73: {
    en: 'Private Sector in Third Country',
    az: 'Üçüncü ölkənin özəl sektoru',
    ru: 'Частный сектор третьей страны',
  },
  80: {
    en: 'Academic, Training and Research',
    az: 'Akademik, təlim və tədqiqat',
    ru: 'Академические, учебные и исследовательские',
  },
  90: { en: 'Other', az: 'Digər', ru: 'Другое' },
};
export const IATI_TYPE_CODES = Object.keys(IATI_ORGANISATION_TYPES).map(Number);

/**
 * IATI organisation identifier: a registration agency code from the IATI OrganisationRegistrationAgency
 * codelist (two-letter country or XI/XM prefix, a hyphen, the agency's code), a hyphen, then the
 * identifier the agency issued; no spaces or the characters / & | ? that IATI forbids.
 */
export const IATI_IDENTIFIER = /^(?:[A-Z]{2}-[A-Z0-9]{1,12})-[^\s/&|?]{1,100}$/;

/** Working languages: ISO 639-1 codes, as a person would type them. */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;
