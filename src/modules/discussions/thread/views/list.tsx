/** The network's topics, most recently active first, and the form that opens a discussion. */
import type { ActingFor } from '../../../../platform/http/context.js';
import {
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  RadioGroup,
  Submit,
} from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import { PostFields, type WriteFormValues } from '../../post/views/write.js';
import type { DiscussionView } from '../presenters.js';
import { VISIBILITIES } from '../schema.js';
import type { ParentView } from '../service.js';
import { ParentLine, visibilityKey } from './thread.js';

export function TopicsPage(props: {
  ctx: PageContext;
  topics: DiscussionView[];
  canOpen: boolean;
}) {
  const { ctx, topics } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t('discussions.title')}</h1>
      <p>{t('discussions.lead')}</p>
      <p class="hint">{t('discussions.searchLater')}</p>
      {props.canOpen && (
        <p>
          <a class="button" href="/discussions/new?parent=network">
            {t('discussions.open')}
          </a>
        </p>
      )}
      {topics.length === 0 ? (
        <p>{t('discussions.empty')}</p>
      ) : (
        <ul class="topics">
          {topics.map((topic) => (
            <li>
              <a href={topic.href}>{topic.title}</a>
              <br />
              <span class="hint">
                {t('discussions.posts', { count: topic.posts })} ·{' '}
                {t('discussions.lastActivity', { when: topic.lastActivity })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export type OpenFormValues = WriteFormValues & {
  parent?: string;
  title?: string;
  visibility?: string;
};

export function OpenDiscussionPage(props: {
  ctx: PageContext;
  parent: ParentView | undefined;
  values: OpenFormValues;
  errors: FieldErrors;
  acting: ActingFor | undefined;
}) {
  const { ctx, values, errors, parent } = props;
  const { t } = ctx;
  const visibilities = VISIBILITIES.filter(
    (v) => v !== 'participants' || parent?.kind !== 'network',
  );
  return (
    <>
      {parent && <ParentLine ctx={ctx} parent={parent} />}
      <h1>{t('discussions.new.title')}</h1>
      {parent?.kind === 'network' && <p>{t('discussions.new.network')}</p>}
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action="/discussions" class="stack">
        <CsrfField ctx={ctx} />
        {errors.parent && (
          <p class="field-error" id="field-parent">
            {errors.parent}
          </p>
        )}
        <input type="hidden" name="parent" value={values.parent ?? 'network'} />
        <Field
          name="title"
          label={t('discussions.field.title')}
          value={values.title}
          error={errors.title}
          required
        />
        <RadioGroup
          name="visibility"
          legend={t('discussions.field.visibility')}
          options={visibilities.map((v) => ({ value: v, label: t(visibilityKey(v)) }))}
          value={values.visibility ?? 'members'}
          error={errors.visibility}
        />
        <PostFields ctx={ctx} values={values} errors={errors} acting={props.acting} />
        <Submit>{t('discussions.new.submit')}</Submit>
      </form>
    </>
  );
}
