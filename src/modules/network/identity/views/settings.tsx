/** The settings page of the network's identity: one form, so that it is saved whole or not at all. */
import type { Site } from '../../../../platform/http/context.js';
import { LOCALE_NAMES } from '../../../../platform/i18n/index.js';
import {
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  LanguageFields,
  Submit,
} from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import { LOGO_MAX_BYTES, LOGO_MAX_SIDE } from '../logo.js';
import type { IdentityFormValues } from '../presenters.js';

export function IdentitySettings(props: {
  ctx: PageContext;
  values: IdentityFormValues;
  logo: Site['logo'];
  errors?: FieldErrors;
}) {
  const { ctx, values, logo } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const id = 'field-logo';
  const describedBy = errors.logo ? `${id}-hint ${id}-error` : `${id}-hint`;
  return (
    <>
      <h1>{t('network.settings.title')}</h1>
      <p>{t('network.settings.lead')}</p>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action="/admin/network" enctype="multipart/form-data" class="stack">
        <CsrfField ctx={ctx} />
        <Field
          name="name"
          label={t('network.field.name')}
          hint={t('network.field.name.hint')}
          value={values.name}
          error={errors.name}
          required
        />
        <Field
          name="shortName"
          label={t('network.field.shortName')}
          hint={t('network.field.shortName.hint')}
          value={values.shortName}
          error={errors.shortName}
          required
        />
        <LanguageFields
          ctx={ctx}
          errors={errors}
          name={(locale) => `purpose_${locale}`}
          value={(name) => values[name as keyof IdentityFormValues]}
          field={(locale) => (
            <Field
              name={`purpose_${locale}`}
              lang={locale}
              label={t('network.field.purpose', { language: LOCALE_NAMES[locale] })}
              hint={t('network.field.purpose.hint')}
              value={values[`purpose_${locale}`]}
              error={errors[`purpose_${locale}`]}
              required
            />
          )}
        />
        <div class="field">
          {logo ? (
            <p>
              {t('network.logo.current')}:{' '}
              <img
                src={logo.url}
                alt=""
                width={Math.min(logo.width, 96)}
                height={Math.round((Math.min(logo.width, 96) / logo.width) * logo.height)}
              />
            </p>
          ) : (
            <p>{t('network.logo.none')}</p>
          )}
          <label for={id}>{t(logo ? 'network.field.logo.replace' : 'network.field.logo')}</label>
          <p class="hint" id={`${id}-hint`}>
            {t('network.field.logo.hint', {
              max: LOGO_MAX_BYTES / (1024 * 1024),
              side: LOGO_MAX_SIDE,
            })}
          </p>
          {errors.logo && (
            <p class="field-error" id={`${id}-error`}>
              {errors.logo}
            </p>
          )}
          <input
            id={id}
            name="logo"
            type="file"
            accept="image/svg+xml,image/png,image/jpeg"
            aria-invalid={errors.logo ? 'true' : undefined}
            aria-describedby={describedBy}
          />
        </div>
        {logo && (
          <div class="field">
            <label>
              <input type="checkbox" name="removeLogo" value="on" />{' '}
              {t('network.field.logo.remove')}
            </label>
          </div>
        )}
        <Submit>{t('form.submit')}</Submit>
      </form>
    </>
  );
}
