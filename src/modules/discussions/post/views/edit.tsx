/** Editing a post, and its earlier versions as its moderators read them. */
import {
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  Submit,
  TextAreaField,
} from '../../../../ui/forms.js';
import { Markdown } from '../../../../ui/markdown.js';
import type { PageContext } from '../../../../ui/page.js';
import type { VersionView } from '../presenters.js';
import { languageKey } from './post.js';
import { LanguageField } from './write.js';

export function EditPostPage(props: {
  ctx: PageContext;
  action: string;
  seq: number;
  back: string;
  values: Record<string, string | undefined>;
  errors: FieldErrors;
}) {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t('discussions.edit.title', { number: props.seq })}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={props.action} class="stack">
        <CsrfField ctx={ctx} />
        <TextAreaField
          name="body"
          label={t('discussions.field.body')}
          hint={t('discussions.field.body.hint')}
          value={values.body}
          error={errors.body}
          rows={10}
        />
        <LanguageField ctx={ctx} value={values.language} error={errors.language} />
        <Submit>{t('discussions.edit.submit')}</Submit>
      </form>
      <p>
        <a href={props.back}>{t('discussions.edit.back')}</a>
      </p>
    </>
  );
}

const langOf = (language: string) => (language === 'other' ? undefined : language);

export function HistoryPage(props: {
  ctx: PageContext;
  seq: number;
  back: string;
  current: { body: string; language: string } | null;
  versions: VersionView[];
}) {
  const { ctx, versions, current } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t('discussions.history.title', { number: props.seq })}</h1>
      <p>
        <a href={props.back}>{t('discussions.edit.back')}</a>
      </p>
      {current && (
        <section aria-labelledby="history-current" class="post">
          <h2 id="history-current">{t('discussions.history.current')}</h2>
          <Markdown text={current.body} lang={langOf(current.language)} />
        </section>
      )}
      {versions.length === 0 ? (
        <p>{t('discussions.history.none')}</p>
      ) : (
        <>
          <p>{t('discussions.history.lead')}</p>
          {versions.map((v, i) => (
            <section aria-labelledby={`version-${i}`} class="post">
              <h2 id={`version-${i}`}>
                {t('discussions.history.written', { when: v.written, replaced: v.replaced })}
              </h2>
              <p class="hint">
                {t('discussions.language.shown', { language: t(languageKey(v.language)) })}
              </p>
              <Markdown text={v.body} lang={langOf(v.language)} />
            </section>
          ))}
        </>
      )}
    </>
  );
}
