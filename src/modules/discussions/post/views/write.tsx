/**
 * The post form: its text, its language (detected unless chosen), for whom it is written (the
 * header's "Acting for" choice preselected), and what it replies to or quotes.
 */
import type { ActingFor } from '../../../../platform/http/context.js';
import {
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  SelectField,
  Submit,
  TextAreaField,
} from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import { OnBehalfOfField } from '../../../organizations/index.js';
import { POST_LANGUAGES } from '../schema.js';
import { languageKey } from './post.js';

export type WriteFormValues = Partial<
  Record<'body' | 'language' | 'onBehalfOf' | 'replyTo' | 'quote', string>
>;

/** The language select: "detect" first, then each language. */
export function LanguageField(props: {
  ctx: PageContext;
  value?: string | undefined;
  error?: string | undefined;
}) {
  const { t } = props.ctx;
  return (
    <SelectField
      name="language"
      label={t('discussions.field.language')}
      value={props.value ?? ''}
      error={props.error}
      options={[
        { value: '', label: t('discussions.language.detect') },
        ...POST_LANGUAGES.map((l) => ({ value: l, label: t(languageKey(l)) })),
      ]}
    />
  );
}

/** The text, the language and for whom: shared by the post form and the form that opens a discussion. */
export function PostFields(props: {
  ctx: PageContext;
  values: WriteFormValues;
  errors: FieldErrors;
  acting: ActingFor | undefined;
}) {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  return (
    <>
      {props.acting && props.acting.organizations.length > 0 && (
        <OnBehalfOfField
          ctx={ctx}
          acting={props.acting}
          value={values.onBehalfOf}
          error={errors.onBehalfOf}
        />
      )}
      <TextAreaField
        name="body"
        label={t('discussions.field.body')}
        hint={t('discussions.field.body.hint')}
        value={values.body}
        error={errors.body}
        rows={8}
      />
      <LanguageField ctx={ctx} value={values.language} error={errors.language} />
    </>
  );
}

export function WriteForm(props: {
  ctx: PageContext;
  action: string;
  /** The thread page without reply or quote, to write a new post instead. */
  plainHref: string;
  values: WriteFormValues;
  errors: FieldErrors;
  acting: ActingFor | undefined;
  replyTo?: { id: string; seq: number } | undefined;
  quote?: { id: string; seq: number } | undefined;
}) {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  return (
    <section id="write" aria-labelledby="write-title">
      <h2 id="write-title">{t('discussions.write.title')}</h2>
      <ErrorSummary ctx={ctx} errors={errors} />
      {(errors.replyTo || errors.quote) && (
        <p class="field-error" id="field-replyTo">
          {errors.replyTo ?? errors.quote}
        </p>
      )}
      {props.replyTo && <p>{t('discussions.write.replyingTo', { number: props.replyTo.seq })}</p>}
      {props.quote && <p>{t('discussions.write.quotingPost', { number: props.quote.seq })}</p>}
      {(props.replyTo || props.quote) && (
        <p>
          <a href={`${props.plainHref}#write`}>{t('discussions.write.cancel')}</a>
        </p>
      )}
      <form method="post" action={props.action} class="stack">
        <CsrfField ctx={ctx} />
        {props.replyTo && <input type="hidden" name="replyTo" value={props.replyTo.id} />}
        {props.quote && <input type="hidden" name="quote" value={props.quote.id} />}
        <PostFields ctx={ctx} values={values} errors={errors} acting={props.acting} />
        <Submit>{t('discussions.write.submit')}</Submit>
      </form>
    </section>
  );
}
