/** Fields the event form and the session form share: titles and descriptions per language, times. */
import type { Locale } from '../../../platform/i18n/index.js';
import {
  Field,
  type FieldErrors,
  LanguageFields,
  localeSuffix,
  TextAreaField,
} from '../../../ui/forms.js';
import type { PageContext } from '../../../ui/page.js';

const optionalLabel = (ctx: PageContext, label: string) => `${label} (${ctx.t('form.optional')})`;

/** Reads a submitted form's values: a text field's value, a multi-valued field's list. */
export function formReader(values: Record<string, string | string[]>, ctx: PageContext) {
  return {
    text: (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : ''),
    list: (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : []),
    optional: (label: string) => optionalLabel(ctx, label),
  };
}

type Props = { ctx: PageContext; text: (name: string) => string; errors: FieldErrors };

/**
 * The title in each language, one of them at least (its error is the fieldset's): the reader's
 * first, the others folded.
 */
export function TitleFields({ ctx, text, errors }: Props) {
  const { t } = ctx;
  return (
    <fieldset class="field" aria-describedby={errors.title ? 'field-title-error' : undefined}>
      <legend id="field-title">{t('event.field.title')}</legend>
      <p class="hint">{t('event.field.title.hint')}</p>
      {errors.title && (
        <p class="field-error" id="field-title-error">
          {errors.title}
        </p>
      )}
      <LanguageFields
        ctx={ctx}
        errors={errors}
        name={(locale) => `title${localeSuffix(locale)}`}
        value={text}
        field={(locale) => (
          <Field
            name={`title${localeSuffix(locale)}`}
            lang={locale}
            label={t(`event.field.title${localeSuffix(locale)}`)}
            value={text(`title${localeSuffix(locale)}`)}
            error={errors[`title${localeSuffix(locale)}`]}
          />
        )}
      />
    </fieldset>
  );
}

/** The description in each language, all optional: the reader's first, the others folded. */
export function DescriptionFields(props: Props & { hint?: string; rows: number }) {
  const { ctx, text, errors } = props;
  const name = (locale: Locale) => `description${localeSuffix(locale)}`;
  return (
    <LanguageFields
      ctx={ctx}
      errors={errors}
      name={name}
      value={text}
      field={(locale) => (
        <TextAreaField
          name={name(locale)}
          lang={locale}
          label={optionalLabel(ctx, ctx.t(`event.field.description${localeSuffix(locale)}`))}
          hint={props.hint}
          value={text(name(locale))}
          error={errors[name(locale)]}
          rows={props.rows}
        />
      )}
    />
  );
}

/**
 * A short text (a room's name, a track, topics) in each language, all optional, beside the
 * text as first given: `${name}Az`, `${name}En`, `${name}Ru`.
 */
export function TranslationFields(props: Props & { name: string; legend: string; hint: string }) {
  const { ctx, text, errors } = props;
  const name = (locale: Locale) => `${props.name}${localeSuffix(locale)}`;
  return (
    <fieldset class="field">
      <legend>{optionalLabel(ctx, props.legend)}</legend>
      <p class="hint">{props.hint}</p>
      <LanguageFields
        ctx={ctx}
        errors={errors}
        name={name}
        value={text}
        field={(locale) => (
          <Field
            name={name(locale)}
            lang={locale}
            label={ctx.t(`event.field.language${localeSuffix(locale)}`)}
            value={text(name(locale))}
            error={errors[name(locale)]}
          />
        )}
      />
    </fieldset>
  );
}

/** Start and end, typed in the event's own time zone. */
export function TimeRangeFields({ ctx, text, errors }: Props) {
  const { t } = ctx;
  return (
    <>
      {(['startsAt', 'endsAt'] as const).map((name) => (
        <Field
          name={name}
          type="datetime-local"
          label={t(`event.field.${name}`)}
          hint={t('event.field.time.hint')}
          value={text(name)}
          error={errors[name]}
          required
        />
      ))}
    </>
  );
}
