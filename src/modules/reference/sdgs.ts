/**
 * The 17 Sustainable Development Goals, with their short titles as the UN publishes them in each
 * language.
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
