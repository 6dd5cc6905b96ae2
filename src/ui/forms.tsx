/**
 * Form parts that carry the accessibility rules once: every field has a label, its hint and
 * error are tied to it with aria-describedby, and an error summary links to each bad field.
 */
import type { Child } from 'hono/jsx';
import type { FieldErrorKeys } from '../platform/http/validation.js';
import type { PageContext } from './page.js';

/** Field name → message shown at that field. */
export type FieldErrors = Partial<Record<string, string>>;

/** Validation message keys to messages in the page's language. */
export const translateErrors = (ctx: PageContext, errors: FieldErrorKeys = {}): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, key && ctx.t(key)]));

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
  type?: 'text' | 'email' | 'password' | 'search' | 'url' | 'tel';
  value?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
  autocomplete?: string;
  required?: boolean;
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
          <option value={o.value} lang={o.lang} selected={o.value === props.value}>
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

/** A group of checkboxes under one legend; the first box carries the group's id for links. */
export function CheckboxGroup(props: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: string[];
  error?: string | undefined;
  hint?: string | undefined;
}) {
  const id = `field-${props.name}`;
  return (
    <fieldset class="field checkboxes" aria-describedby={describedBy(id, props.hint, props.error)}>
      <legend>{props.legend}</legend>
      <Described id={id} hint={props.hint} error={props.error} />
      {props.options.map((option, index) => (
        <label class="checkbox">
          <input
            type="checkbox"
            id={index === 0 ? id : `${id}-${option.value}`}
            name={props.name}
            value={option.value}
            checked={props.checked.includes(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export const Submit = (props: { children: Child; variant?: 'secondary' | 'danger' }) => (
  <div>
    <button type="submit" class={props.variant ? `button ${props.variant}` : 'button'}>
      {props.children}
    </button>
  </div>
);
