/**
 * The reference module's public surface: the shared lists the other modules describe the world
 * with. Countries with their UN M49 regions and the groupings a network may call "the Global
 * South", the Sustainable Development Goals, IATI's organisation types and identifiers, and the
 * shape of a language code. Pure data and functions: nothing here touches the database.
 */
export {
  COUNTRY_CODES,
  type CountryEntry,
  type CountryRegion,
  countryName,
  countryRegion,
  groupings,
  isCountryCode,
  isGlobalSouth,
  isInGrouping,
  listCountries,
  type RegionRef,
  regionName,
} from './countries/countries.js';
export { GROUPING_IDS, type Grouping, type GroupingId } from './countries/groupings.js';
export { IATI_IDENTIFIER, IATI_ORGANISATION_TYPES, IATI_TYPE_CODES } from './iati.js';
export { LANGUAGE_CODE } from './languages.js';
export { SDG_NUMBERS, SDGS } from './sdgs.js';
