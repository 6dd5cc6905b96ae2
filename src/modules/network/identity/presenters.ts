/** What of the identity leaves the server: the site every page and mail names, and the form. */
import type { Site } from '../../../platform/http/context.js';
import { LOCALES, type Locale, translator } from '../../../platform/i18n/index.js';
import { parseTranslations, readTranslation } from '../../../platform/i18n/translations.js';
import type { IdentityRow } from '../tables.js';

/** The paths the stored images are served under, named by the logo's content. */
export const logoPaths = (hash: string) => ({
  logo: `/network/logo.${hash}.png`,
  icon: `/network/icon.${hash}.png`,
  touchIcon: `/network/touch-icon.${hash}.png`,
});

/** The default icons, for a network without a logo. */
export const DEFAULT_ICON = '/favicon.ico';
export const DEFAULT_TOUCH_ICON = '/apple-touch-icon.png';

/** The identity in `locale`; the default words until an administrator saves one. */
export function presentSite(row: IdentityRow | null | undefined, locale: Locale): Site {
  const t = translator(locale);
  if (!row) {
    const name = t('network.default.name');
    return {
      name,
      shortName: name,
      purpose: t('network.default.purpose'),
      logo: null,
      icon: DEFAULT_ICON,
      touchIcon: DEFAULT_TOUCH_ICON,
    };
  }
  const paths = row.logo_hash ? logoPaths(row.logo_hash) : undefined;
  return {
    name: row.name,
    shortName: row.short_name,
    purpose: readTranslation(row.purpose, locale) || t('network.default.purpose'),
    logo:
      paths && row.logo_width && row.logo_height
        ? { url: paths.logo, width: row.logo_width, height: row.logo_height }
        : null,
    icon: paths?.icon ?? DEFAULT_ICON,
    touchIcon: paths?.touchIcon ?? DEFAULT_TOUCH_ICON,
  };
}

export type IdentityFormValues = Record<'name' | 'shortName' | `purpose_${Locale}`, string>;

/** The form's fields as saved (empty before the first save). */
export function identityFormValues(row: IdentityRow | null | undefined): IdentityFormValues {
  const values: IdentityFormValues = {
    name: row?.name ?? '',
    shortName: row?.short_name ?? '',
    purpose_en: '',
    purpose_az: '',
    purpose_ru: '',
  };
  const purposes = parseTranslations(row?.purpose);
  for (const locale of LOCALES) values[`purpose_${locale}`] = purposes[locale] ?? '';
  return values;
}
