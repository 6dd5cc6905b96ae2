/**
 * IATI's OrganisationType codelist (version 2.03; codes 21–24 are the NGO types) and the shape of
 * an IATI organisation identifier.
 */
import type { Locale } from '../../platform/i18n/index.js';

type Names = Record<Locale, string>;

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
