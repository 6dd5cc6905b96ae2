/**
 * Whom a person acts for: the page that changes it, and the field that later modules' forms
 * (endorsing, registering) put first, preselected with the current choice.
 */
import {
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  RadioGroup,
  Submit,
} from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import { ACTING_SELF, type ActingFor } from '../service.js';

/**
 * Radio buttons: each of the person's organisations, then "only myself" unless the form needs
 * an organisation. `value` is what was submitted when the form comes back with errors.
 *
 * @example <OnBehalfOfField ctx={ctx} acting={await ctx.actingFor!()} error={errors.onBehalfOf} />
 */
export function OnBehalfOfField(props: {
  ctx: PageContext;
  acting: ActingFor;
  name?: string;
  value?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
  requireOrganization?: boolean;
}) {
  const { t } = props.ctx;
  const options = props.acting.organizations.map((o) => ({ value: o.id, label: o.name }));
  if (!props.requireOrganization) {
    options.push({ value: ACTING_SELF, label: t('acting.field.self') });
  }
  return (
    <RadioGroup
      name={props.name ?? 'onBehalfOf'}
      legend={t('acting.field.legend')}
      options={options}
      value={props.value ?? props.acting.current?.id ?? ACTING_SELF}
      error={props.error}
      hint={props.hint}
    />
  );
}

export function ActingPage(props: {
  ctx: PageContext;
  acting: ActingFor;
  next: string | undefined;
  form?: { value: string | undefined; errors: FieldErrors };
}) {
  const { ctx, acting } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t('acting.title')}</h1>
      {acting.organizations.length === 0 ? (
        <>
          <p>{t('acting.none')}</p>
          <p>
            <a href="/organizations/new">{t('org.create')}</a>
          </p>
        </>
      ) : (
        <>
          <p>{t('acting.intro')}</p>
          <ErrorSummary ctx={ctx} errors={props.form?.errors ?? {}} />
          <form method="post" action="/organizations/acting" class="stack" novalidate>
            <CsrfField ctx={ctx} />
            {props.next && <input type="hidden" name="next" value={props.next} />}
            <OnBehalfOfField
              ctx={ctx}
              acting={acting}
              name="organization"
              value={props.form?.value}
              error={props.form?.errors.organization}
            />
            <Submit>{t('form.submit')}</Submit>
          </form>
        </>
      )}
    </>
  );
}
