/**
 * Country names in English, Azerbaijani and Russian from the `i18n-iso-countries` package. Only
 * our three languages are registered (its default entry point loads all 80 of them); a few of
 * its names are replaced where they read badly in a list of short names (below).
 */
import iso from 'i18n-iso-countries/index.js';
import az from 'i18n-iso-countries/langs/az.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import type { Locale } from '../../../platform/i18n/index.js';

iso.registerLocale(en);
iso.registerLocale(az);
iso.registerLocale(ru);

/**
 * Where the package's first name is a long form or an abbreviation among short names, the
 * short name the UN (en, ru) or CLDR (az) uses. Check each against the package on upgrade.
 */
const OVERRIDES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {
    CN: 'China', // package: "People's Republic of China"
    CV: 'Cabo Verde', // the UN short name since 2013; package: "Cape Verde"
  },
  az: {
    PS: 'Fələstin', // package: "Fələstin Əraziləri" (Palestinian Territories)
    SZ: 'Esvatini', // package: "Svazilend", the name before 2018
  },
  ru: {
    CN: 'Китай', // package: "КНР (Китайская Народная Республика)"
    KP: 'Корейская Народно-Демократическая Республика', // package: "КНДР (…)"
    CF: 'Центральноафриканская Республика', // package: "ЦАР"
    ZA: 'Южно-Африканская Республика', // package: "ЮАР"
    AE: 'Объединённые Арабские Эмираты', // package: "ОАЭ"
    EH: 'Западная Сахара', // package: "САДР", a state's name for the territory
  },
};

/** The name of `code` in `locale`, or undefined when the package has none. */
export function lookUpName(code: string, locale: Locale): string | undefined {
  return OVERRIDES[locale][code] ?? iso.getName(code, locale);
}

/** Every alpha-2 code the package knows (ISO 3166-1 and the user-assigned XK). */
export const PACKAGE_CODES: readonly string[] = Object.keys(iso.getAlpha2Codes());
