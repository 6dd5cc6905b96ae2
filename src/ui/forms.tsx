/**
 * Form parts that carry the accessibility rules once: every field has a label, its hint and
 * error are tied to it with aria-describedby, and an error summary links to each bad field.
 */
import type { Child } from 'hono/jsx';
import { LOCALES, type Locale } from '../platform/i18n/index.js';
import type { Problems } from '../platform/outcome.js';
import type { PageContext } from './page-context.js';

/** Field name → message shown at that field. */
export type FieldErrors = Partial<Record<string, string>>;

/** Each field's problem (platform/outcome.ts) as the message shown at that field. */
export const translateProblems = (ctx: PageContext, problems: Problems = {}): FieldErrors =>
  Object.fromEntries(
    Object.entries(problems).map(([field, p]) => [field, p && ctx.t(p.key, p.values)]),
  );

export const CsrfField = (props: { ctx: PageContext }) => (
  <input type="hidden" name="_csrf" value={props.ctx.csrfToken} />
);

export function ErrorSummary(props: { ctx: PageContext; errors: FieldErrors }) {
  const entries = Object.entries(props.errors).filter(([, message]) => message);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{props.ctx.t('form.errors.title')}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>{field === '_form' ? message : <a href={`#field-${field}`}>{message}</a>}</li>
        ))}
      </ul>
    </div>
  );
}

export function Field(props: {
  name: string;
  label: string;
  type?:
    | 'text'
    | 'email'
    | 'password'
    | 'search'
    | 'url'
    | 'tel'
    | 'number'
    | 'datetime-local'
    | 'date';
  value?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
  autocomplete?: string;
  required?: boolean;
  /** The language the text is typed in, when the form asks for it in several. */
  lang?: string;
}) {
  const id = `field-${props.name}`;
  const describedBy = [props.hint && `${id}-hint`, props.error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete}
        required={props.required}
        lang={props.lang}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}

export function SelectField(props: {
  name: string;
  label: string;
  options: { value: string; label: string; lang?: string }[];
  value?: string | undefined;
  error?: string | undefined;
}) {
  const id = `field-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      <select
        id={id}
        name={props.name}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
      >
        {props.options.map((o) => (
          // An option's value is its text unless it says otherwise: a long list whose values
          // are their labels (418 time zones) sends each only once.
          <option
            value={o.value === o.label ? undefined : o.value}
            lang={o.lang}
            selected={o.value === props.value}
          >
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Hint and error lines above a control, and the ids that tie them to it. */
function Described(props: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
    </>
  );
}
const describedBy = (id: string, hint?: string, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

export function TextAreaField(props: {
  name: string;
  label: string;
  value?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
  rows?: number;
  lang?: string;
}) {
  const id = `field-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <Described id={id} hint={props.hint} error={props.error} />
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        lang={props.lang}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      >
        {props.value ?? ''}
      </textarea>
    </div>
  );
}

/**
 * Fields most people skip, folded in a `<details>` so that a long form fits a phone. It opens
 * by itself when one of `fields` has an error, so that the error is seen where the summary at
 * the top links to it; a person opens it by touch or keyboard, with no script.
 *
 * @example <Fold summary={t('org.form.registration')} errors={errors} fields={['legalForm']}>…</Fold>
 */
export function Fold(props: {
  summary: string;
  errors: FieldErrors;
  /** The names of the fields inside, whose errors open it. */
  fields: readonly string[];
  /** Open whatever the errors, for a reason of the caller's own. */
  open?: boolean;
  children: Child;
}) {
  const open = props.open || props.fields.some((name) => props.errors[name]);
  return (
    <details class="fold" open={open}>
      <summary>{props.summary}</summary>
      <div class="fold-body">{props.children}</div>
    </details>
  );
}

/** `az` → `Az`: how a language ends the name of its field (`titleAz`, `nameRu`). */
export const localeSuffix = (locale: Locale) =>
  (locale[0]!.toUpperCase() + locale.slice(1)) as Capitalize<Locale>;

/**
 * The same text asked for in each language (a name, a title, a description): the field in the
 * reader's language first, the others in a Fold, "Other languages: Azerbaijani, Russian". The
 * fold opens when one of its fields has an error, and when the text is only in the other
 * languages (the reader's field empty, another filled), so that a person editing it sees the
 * text there is rather than an empty field (decision 016).
 *
 * @example <LanguageFields ctx={ctx} errors={errors} name={(l) => `title${localeSuffix(l)}`}
 *   value={text} field={(l) => <Field name={`title${localeSuffix(l)}`} lang={l} … />} />
 */
export function LanguageFields(props: {
  ctx: PageContext;
  errors: FieldErrors;
  /** A language's field name, as the form sends it (`titleAz`, `purpose_az`). */
  name: (locale: Locale) => string;
  /** A field's value by its name, as the form shows it. */
  value: (name: string) => string | undefined;
  /** The field for one language. */
  field: (locale: Locale) => Child;
}) {
  const { ctx, name, value } = props;
  const others = LOCALES.filter((locale) => locale !== ctx.locale);
  const onlyElsewhere =
    !value(name(ctx.locale))?.trim() && others.some((locale) => value(name(locale))?.trim());
  return (
    <>
      {props.field(ctx.locale)}
      <Fold
        summary={ctx.t('form.otherLanguages', {
          languages: others.map((locale) => ctx.t(`form.language.${locale}`)).join(', '),
        })}
        errors={props.errors}
        fields={others.map(name)}
        open={onlyElsewhere}
      >
        {others.map((locale) => props.field(locale))}
      </Fold>
    </>
  );
}

type ChoiceGroupProps = {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  error?: string | undefined;
  hint?: string | undefined;
};

/**
 * Checkboxes or radio buttons under one legend; the first carries the group's id for links (the
 * error summary's). The others need none: each sits inside its label, and an id per option was
 * dead weight on long lists (an organiser's 28 organisations).
 */
function ChoiceGroup(
  props: ChoiceGroupProps & { type: 'checkbox' | 'radio'; isChecked: (value: string) => boolean },
) {
  const id = `field-${props.name}`;
  return (
    <fieldset class="field checkboxes" aria-describedby={describedBy(id, props.hint, props.error)}>
      <legend>{props.legend}</legend>
      <Described id={id} hint={props.hint} error={props.error} />
      {props.options.map((option, index) => (
        <label class="checkbox">
          <input
            type={props.type}
            id={index === 0 ? id : undefined}
            name={props.name}
            value={option.value}
            checked={props.isChecked(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Any number of choices, as checkboxes. */
export const CheckboxGroup = (props: ChoiceGroupProps & { checked: string[] }) => (
  <ChoiceGroup {...props} type="checkbox" isChecked={(v) => props.checked.includes(v)} />
);

/** One choice among a few, as radio buttons. */
export const RadioGroup = (props: ChoiceGroupProps & { value?: string | undefined }) => (
  <ChoiceGroup {...props} type="radio" isChecked={(v) => v === props.value} />
);

/**
 * One button that posts, such as "Revoke" in a table row: a form with CSRF and any hidden
 * fields. `accessibleName` says what it acts on to a screen reader ("Revoke: Laptop"), since the same
 * word repeats on every row.
 */
export function PostButton(props: {
  ctx: PageContext;
  action: string;
  label: string;
  accessibleName: string;
  fields?: Record<string, string>;
}) {
  return (
    <form method="post" action={props.action} class="inline">
      <CsrfField ctx={props.ctx} />
      {Object.entries(props.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class="linklike" aria-label={props.accessibleName}>
        {props.label}
      </button>
    </form>
  );
}

export const Submit = (props: { children: Child; variant?: 'secondary' | 'danger' }) => (
  <div>
    <button type="submit" class={props.variant ? `button ${props.variant}` : 'button'}>
      {props.children}
    </button>
  </div>
);

/**
 * A form whose one text is a reason or a note (approve, reject, suspend, reinstate, verify):
 * CSRF, the text area, any further fields, one button. Whether the text is required is the
 * schema's rule; the hint says so.
 *
 * @example <ReasonForm ctx={ctx} action={`${url}/reject`} name="reason" label={…} submit={…} variant="danger" />
 */
export function ReasonForm(props: {
  ctx: PageContext;
  action: string;
  name: string;
  label: string;
  hint?: string | undefined;
  value?: string | undefined;
  error?: string | undefined;
  rows?: number;
  submit: string;
  variant?: 'secondary' | 'danger';
  /** When given, the summary of every error on the form opens it. */
  errors?: FieldErrors | undefined;
  /** Fields after the text (a date, say). */
  children?: Child;
}) {
  return (
    <form method="post" action={props.action} class="stack">
      {props.errors && <ErrorSummary ctx={props.ctx} errors={props.errors} />}
      <CsrfField ctx={props.ctx} />
      <TextAreaField
        name={props.name}
        label={props.label}
        hint={props.hint}
        value={props.value}
        error={props.error}
        rows={props.rows ?? 3}
      />
      {props.children}
      <Submit variant={props.variant}>{props.submit}</Submit>
    </form>
  );
}
