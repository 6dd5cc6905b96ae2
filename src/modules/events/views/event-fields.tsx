/** Fields the event form and the session form share: titles and descriptions per language, times. */
import type { MessageKey } from '../../../platform/i18n/index.js';
import { Field, type FieldErrors, TextAreaField } from '../../../ui/forms.js';
import type { PageContext } from '../../../ui/page.js';

const LANGUAGES = ['Az', 'En', 'Ru'] as const;

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

/** The title in each language, one of them at least (its error is the fieldset's). */
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
      {LANGUAGES.map((lang) => (
        <Field
          name={`title${lang}`}
          label={t(`event.field.title${lang}` as MessageKey)}
          value={text(`title${lang}`)}
          error={errors[`title${lang}`]}
        />
      ))}
    </fieldset>
  );
}

/** The description in each language, all optional. */
export function DescriptionFields(props: Props & { hint?: string; rows: number }) {
  const { ctx, text, errors } = props;
  return (
    <>
      {LANGUAGES.map((lang) => (
        <TextAreaField
          name={`description${lang}`}
          lang={lang.toLowerCase()}
          label={optionalLabel(ctx, ctx.t(`event.field.description${lang}` as MessageKey))}
          hint={props.hint}
          value={text(`description${lang}`)}
          error={errors[`description${lang}`]}
          rows={props.rows}
        />
      ))}
    </>
  );
}

/**
 * A short text (a room's name, a track, topics) in each language, all optional, beside the
 * text as first given: `${name}Az`, `${name}En`, `${name}Ru`.
 */
export function TranslationFields(props: Props & { name: string; legend: string; hint: string }) {
  const { ctx, text, errors, name } = props;
  return (
    <fieldset class="field">
      <legend>{optionalLabel(ctx, props.legend)}</legend>
      <p class="hint">{props.hint}</p>
      {LANGUAGES.map((lang) => (
        <Field
          name={`${name}${lang}`}
          label={ctx.t(`event.field.language${lang}` as MessageKey)}
          value={text(`${name}${lang}`)}
          error={errors[`${name}${lang}`]}
        />
      ))}
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
