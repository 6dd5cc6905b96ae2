/**
 * The organisation profile form, for creating and for editing. It fits a phone: the name and the
 * description in the reader's language are open, the other languages and the details most
 * people add later (registration, contacts, goals and themes, IATI) are folded, each fold
 * opening when a field inside has an error.
 */
import type { Problems } from '../../../../platform/outcome.js';
import {
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  Field,
  Fold,
  LanguageFields,
  localeSuffix,
  SelectField,
  Submit,
  TextAreaField,
  translateProblems,
} from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import { IATI_ORGANISATION_TYPES, listCountries, SDGS } from '../../../reference/index.js';
import { LogoSection } from '../../logo/views/logo-form.js';
import type { OrganizationView } from '../presenters.js';

// The fields of each fold, whose errors open it.
const REGISTRATION = [
  'legalForm',
  'registrationNumber',
  'registeringAuthority',
  'foundedYear',
] as const;
const CONTACT = ['website', 'email', 'phone', 'socialLinks'] as const;
const TOPICS = ['sdgs', 'tags', 'workingLanguages'] as const;
const IATI = ['iatiIdentifier', 'iatiType'] as const;

export type ProfileFormState = {
  values?: Record<string, string | string[]>;
  problems?: Problems;
};

export function ProfileForm(props: {
  ctx: PageContext;
  action: string;
  submit: string;
  form?: ProfileFormState;
}) {
  const { ctx } = props;
  const { t, locale } = ctx;
  const errors = translateProblems(ctx, props.form?.problems);
  const values = props.form?.values ?? {};
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
  const checked = Array.isArray(values.sdgs) ? values.sdgs : [];
  const optional = (label: string) => `${label} (${t('form.optional')})`;
  return (
    <>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={props.action} class="stack wide" novalidate>
        <CsrfField ctx={ctx} />
        <h2>{t('org.form.identity')}</h2>
        <Field
          name="name"
          label={t('org.field.name')}
          hint={t('org.field.name.hint')}
          value={text('name')}
          error={errors.name}
          required
        />
        <LanguageFields
          ctx={ctx}
          errors={errors}
          name={(l) => `name${localeSuffix(l)}`}
          value={text}
          field={(l) => (
            <Field
              name={`name${localeSuffix(l)}`}
              lang={l}
              label={optional(t(`org.field.name${localeSuffix(l)}`))}
              value={text(`name${localeSuffix(l)}`)}
              error={errors[`name${localeSuffix(l)}`]}
            />
          )}
        />
        <Field
          name="acronym"
          label={optional(t('org.field.acronym'))}
          value={text('acronym')}
          error={errors.acronym}
        />
        <Fold summary={t('org.form.registration')} errors={errors} fields={REGISTRATION}>
          {REGISTRATION.map((name) => (
            <Field
              name={name}
              label={optional(t(`org.field.${name}`))}
              value={text(name)}
              error={errors[name]}
            />
          ))}
        </Fold>

        <h2>{t('org.form.place')}</h2>
        <SelectField
          name="country"
          label={t('org.field.country')}
          value={text('country')}
          error={errors.country}
          options={[
            { value: '', label: t('org.field.country.choose') },
            ...listCountries(locale).map((c) => ({ value: c.code, label: c.name })),
          ]}
        />
        <Field
          name="city"
          label={optional(t('org.field.city'))}
          value={text('city')}
          error={errors.city}
        />
        <Fold summary={t('org.form.contact')} errors={errors} fields={CONTACT}>
          <Field
            name="website"
            type="url"
            label={optional(t('org.field.website'))}
            value={text('website')}
            error={errors.website}
            autocomplete="url"
          />
          <Field
            name="email"
            type="email"
            label={optional(t('org.field.email'))}
            value={text('email')}
            error={errors.email}
          />
          <Field
            name="phone"
            type="tel"
            label={optional(t('org.field.phone'))}
            value={text('phone')}
            error={errors.phone}
          />
          <TextAreaField
            name="socialLinks"
            label={optional(t('org.field.socialLinks'))}
            hint={t('org.field.socialLinks.hint')}
            value={text('socialLinks')}
            error={errors.socialLinks}
            rows={3}
          />
        </Fold>

        <h2>{t('org.form.work')}</h2>
        <LanguageFields
          ctx={ctx}
          errors={errors}
          name={(l) => `description${localeSuffix(l)}`}
          value={text}
          field={(l) => (
            <TextAreaField
              name={`description${localeSuffix(l)}`}
              lang={l}
              label={optional(t(`org.field.description${localeSuffix(l)}`))}
              hint={t('org.field.description.hint')}
              value={text(`description${localeSuffix(l)}`)}
              error={errors[`description${localeSuffix(l)}`]}
              rows={6}
            />
          )}
        />
        <Fold summary={t('org.form.topics')} errors={errors} fields={TOPICS}>
          <CheckboxGroup
            name="sdgs"
            legend={t('org.field.sdgs')}
            checked={checked}
            error={errors.sdgs}
            options={Object.entries(SDGS).map(([n, names]) => ({
              value: n,
              label: `${n}. ${names[locale]}`,
            }))}
          />
          <Field
            name="tags"
            label={optional(t('org.field.tags'))}
            hint={t('org.field.tags.hint')}
            value={text('tags')}
            error={errors.tags}
          />
          <Field
            name="workingLanguages"
            label={optional(t('org.field.workingLanguages'))}
            hint={t('org.field.workingLanguages.hint')}
            value={text('workingLanguages')}
            error={errors.workingLanguages}
          />
        </Fold>
        <Fold summary={t('org.form.iati')} errors={errors} fields={IATI}>
          <Field
            name="iatiIdentifier"
            label={optional(t('org.field.iatiIdentifier'))}
            hint={t('org.field.iatiIdentifier.hint')}
            value={text('iatiIdentifier')}
            error={errors.iatiIdentifier}
          />
          <SelectField
            name="iatiType"
            label={optional(t('org.field.iatiType'))}
            value={text('iatiType')}
            error={errors.iatiType}
            options={[
              { value: '', label: t('org.field.iatiType.none') },
              ...Object.entries(IATI_ORGANISATION_TYPES).map(([code, names]) => ({
                value: code,
                label: `${code} · ${names[locale]}`,
              })),
            ]}
          />
        </Fold>
        <Submit>{props.submit}</Submit>
      </form>
    </>
  );
}

/** Creating an organisation: the empty form, or the submitted one with its problems. */
export function CreateOrganizationPage(props: { ctx: PageContext; form?: ProfileFormState }) {
  const { t } = props.ctx;
  return (
    <>
      <h1>{t('org.create')}</h1>
      {!props.form && <p>{t('org.create.body')}</p>}
      <ProfileForm
        ctx={props.ctx}
        action="/organizations"
        submit={t('org.create')}
        form={props.form}
      />
    </>
  );
}

/** Editing a profile, with the logo's own form below it. */
export function EditOrganizationPage(props: {
  ctx: PageContext;
  organization: Pick<OrganizationView, 'slug' | 'displayName' | 'logo'>;
  form: ProfileFormState;
}) {
  const { ctx, organization } = props;
  return (
    <>
      <h1>{ctx.t('org.edit.title', { name: organization.displayName })}</h1>
      <ProfileForm
        ctx={ctx}
        action={`/organizations/${organization.slug}`}
        submit={ctx.t('form.submit')}
        form={props.form}
      />
      <LogoSection ctx={ctx} organization={organization} />
    </>
  );
}
