/** The event form, for creating and for editing: times are typed in the event's own zone. */
import type { MessageKey } from '../../../../platform/i18n/index.js';
import type { Problems } from '../../../../platform/outcome.js';
import {
  CheckboxGroup,
  CsrfField,
  ErrorSummary,
  Field,
  RadioGroup,
  SelectField,
  Submit,
  translateProblems,
} from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import type { OrganizationSummary } from '../../../organizations/index.js';
import { listCountries, SDGS } from '../../../reference/index.js';
import {
  DescriptionFields,
  formReader,
  TimeRangeFields,
  TitleFields,
} from '../../views/event-fields.js';
import { EVENT_KINDS, REGISTRATION_MODES } from '../schema.js';
import { DEFAULT_TIME_ZONE, TIME_ZONES } from '../times.js';

export type EventFormState = {
  values?: Record<string, string | string[]>;
  /** Each field's problem, with the values its message names (the sessions outside new dates). */
  problems?: Problems;
};

export type EventFormChoices = {
  organizations: OrganizationSummary[];
  /** Co-organisers the actor does not manage: they stay, and are named. */
  otherOrganizers?: OrganizationSummary[];
  hosts: { slug: string; title: string }[];
  /** Sessions in the event's programme (when editing): offers to move them with the event. */
  programmeSessions?: number;
};

export const kindKey = (kind: string) => `event.kind.${kind}` as MessageKey;

export function EventForm(props: {
  ctx: PageContext;
  action: string;
  submit: string;
  choices: EventFormChoices;
  form?: EventFormState;
}) {
  const { ctx, choices } = props;
  const { t, locale } = ctx;
  const errors = translateProblems(ctx, props.form?.problems);
  const values = props.form?.values ?? {};
  const { text, list, optional } = formReader(values, ctx);
  return (
    <>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={props.action} class="stack wide" novalidate>
        <CsrfField ctx={ctx} />
        <h2>{t('event.form.what')}</h2>
        <SelectField
          name="kind"
          label={t('event.field.kind')}
          value={text('kind') || 'forum'}
          error={errors.kind}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))}
        />
        <CheckboxGroup
          name="organizers"
          legend={t('event.field.organizers')}
          hint={t('event.field.organizers.hint')}
          checked={list('organizers')}
          error={errors.organizers}
          options={choices.organizations.map((o) => ({ value: o.id, label: o.name }))}
        />
        {choices.otherOrganizers && choices.otherOrganizers.length > 0 && (
          <p class="hint">
            {t('event.field.organizers.others', {
              names: choices.otherOrganizers.map((o) => o.name).join(', '),
            })}
          </p>
        )}
        <TitleFields ctx={ctx} text={text} errors={errors} />
        <DescriptionFields
          ctx={ctx}
          text={text}
          errors={errors}
          hint={t('event.field.description.hint')}
          rows={6}
        />
        <CheckboxGroup
          name="sdgs"
          legend={optional(t('event.field.sdgs'))}
          checked={list('sdgs')}
          error={errors.sdgs}
          options={Object.entries(SDGS).map(([n, names]) => ({
            value: n,
            label: `${n}. ${names[locale]}`,
          }))}
        />

        <h2>{t('event.form.when')}</h2>
        <SelectField
          name="timeZone"
          label={t('event.field.timeZone')}
          value={text('timeZone') || DEFAULT_TIME_ZONE}
          error={errors.timeZone}
          options={TIME_ZONES.map((z) => ({ value: z, label: z }))}
        />
        <TimeRangeFields ctx={ctx} text={text} errors={errors} />
        {(choices.programmeSessions ?? 0) > 0 && (
          <div class="field">
            <label class="checkbox">
              <input
                type="checkbox"
                id="field-moveProgramme"
                name="moveProgramme"
                value="1"
                checked={text('moveProgramme') === '1'}
                aria-describedby="field-moveProgramme-hint"
              />{' '}
              {t('event.field.moveProgramme', { count: choices.programmeSessions ?? 0 })}
            </label>
            <p class="hint" id="field-moveProgramme-hint">
              {t('event.field.moveProgramme.hint')}
            </p>
          </div>
        )}

        <h2 id="field-place">{t('event.form.where')}</h2>
        <p class="hint">{t('event.field.place.hint')}</p>
        {errors.place && <p class="field-error">{errors.place}</p>}
        <Field
          name="venueName"
          label={t('event.field.venueName')}
          value={text('venueName')}
          error={errors.venueName}
        />
        <Field
          name="venueAddress"
          label={t('event.field.venueAddress')}
          value={text('venueAddress')}
          error={errors.venueAddress}
        />
        <Field
          name="venueCity"
          label={t('event.field.venueCity')}
          value={text('venueCity')}
          error={errors.venueCity}
        />
        <SelectField
          name="venueCountry"
          label={t('event.field.venueCountry')}
          value={text('venueCountry')}
          error={errors.venueCountry}
          options={[
            { value: '', label: t('event.field.venueCountry.none') },
            ...listCountries(locale).map((c) => ({ value: c.code, label: c.name })),
          ]}
        />
        <Field
          name="onlineUrl"
          type="url"
          label={t('event.field.onlineUrl')}
          hint={t('event.field.onlineUrl.hint')}
          value={text('onlineUrl')}
          error={errors.onlineUrl}
        />

        <h2>{t('event.form.context')}</h2>
        <SelectField
          name="parent"
          label={optional(t('event.field.parent'))}
          value={text('parent')}
          error={errors.parent}
          options={[
            { value: '', label: t('event.field.parent.none') },
            ...choices.hosts.map((h) => ({ value: h.slug, label: h.title })),
          ]}
        />
        <Field
          name="series"
          label={optional(t('event.field.series'))}
          hint={t('event.field.series.hint')}
          value={text('series')}
          error={errors.series}
        />

        <h2>{t('event.form.registration')}</h2>
        <RadioGroup
          name="registrationMode"
          legend={t('event.field.registrationMode')}
          value={text('registrationMode') || 'open'}
          error={errors.registrationMode}
          options={REGISTRATION_MODES.map((m) => ({
            value: m,
            label: t(`event.registrationMode.${m}` as MessageKey),
          }))}
        />
        <Field
          name="capacity"
          type="number"
          label={optional(t('event.field.capacity'))}
          value={text('capacity')}
          error={errors.capacity}
        />
        <Field
          name="registrationDeadline"
          type="datetime-local"
          label={optional(t('event.field.registrationDeadline'))}
          hint={t('event.field.time.hint')}
          value={text('registrationDeadline')}
          error={errors.registrationDeadline}
        />
        <Submit>{props.submit}</Submit>
      </form>
    </>
  );
}
