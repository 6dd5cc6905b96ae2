/**
 * Delegations to external events: the public list of which member organisations go where, the
 * signed-in person's own delegations and the invitations waiting for their organisations'
 * answer, and the forms that record an external event and start a delegation.
 */
import type { MessageKey } from '../../../../platform/i18n/index.js';
import {
  CsrfField,
  ErrorSummary,
  Field,
  type FieldErrors,
  SelectField,
  Submit,
} from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import { listCountries } from '../../../reference/index.js';
import type { ExternalEventView } from '../presenters.js';

export type DelegationListEntry = {
  event: ExternalEventView;
  organizations: { slug: string; name: string }[];
};

export function DelegationListPage(props: {
  ctx: PageContext;
  list: DelegationListEntry[];
  mine: { id: string; title: string; eventName: string }[];
  invitations: { delegationId: string; title: string; eventName: string; organization: string }[];
  canCreate: boolean;
}) {
  const { ctx, list } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t('delegations.title')}</h1>
      <p class="lead">{t('delegations.lead')}</p>
      {props.canCreate && (
        <p>
          <a href="/delegations/new">{t('delegations.create')}</a> ·{' '}
          <a href="/delegations/external/new">{t('delegations.externalEvent.create')}</a>
        </p>
      )}
      {props.invitations.length > 0 && (
        <section aria-labelledby="delegations-invitations">
          <h2 id="delegations-invitations">{t('delegations.invitations')}</h2>
          <ul>
            {props.invitations.map((i) => (
              <li>
                <a href={`/delegations/${i.delegationId}`}>{i.title}</a> — {i.eventName} (
                {t('delegations.invitations.for', { organization: i.organization })})
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.mine.length > 0 && (
        <section aria-labelledby="delegations-mine">
          <h2 id="delegations-mine">{t('delegations.mine')}</h2>
          <ul>
            {props.mine.map((d) => (
              <li>
                <a href={`/delegations/${d.id}`}>{d.title}</a> — {d.eventName}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>{t('delegations.going')}</h2>
      {list.length === 0 && <p>{t('delegations.none')}</p>}
      {list.map((entry) => (
        <section aria-labelledby={`external-${entry.event.id}`}>
          <h3 id={`external-${entry.event.id}`}>{entry.event.name}</h3>
          <p>
            {[entry.event.when, entry.event.place].filter(Boolean).join(' · ')}
            {entry.event.url && (
              <>
                {' · '}
                <a href={entry.event.url} rel="external nofollow noopener">
                  {t('delegations.externalEvent.website')}
                </a>
              </>
            )}
          </p>
          {entry.organizations.length === 0 ? (
            <p class="hint">{t('delegations.noneGoing')}</p>
          ) : (
            <ul class="tags">
              {entry.organizations.map((o) => (
                <li>
                  <a href={`/organizations/${o.slug}`}>{o.name}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

export function ExternalEventForm(props: {
  ctx: PageContext;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { ctx, values, errors } = props;
  const { t, locale } = ctx;
  return (
    <>
      <h1>{t('delegations.externalEvent.create')}</h1>
      <form method="post" action="/delegations/external" class="stack">
        <ErrorSummary ctx={ctx} errors={errors} />
        <CsrfField ctx={ctx} />
        <Field
          name="name"
          label={t('delegations.externalEvent.name')}
          hint={t('delegations.externalEvent.name.hint')}
          value={values.name}
          error={errors.name}
          required
        />
        <Field
          name="city"
          label={t('delegations.externalEvent.city')}
          value={values.city}
          error={errors.city}
        />
        <SelectField
          name="country"
          label={t('delegations.externalEvent.country')}
          value={values.country}
          error={errors.country}
          options={[
            { value: '', label: '—' },
            ...listCountries(locale).map((c) => ({ value: c.code, label: c.name })),
          ]}
        />
        <Field
          name="startsOn"
          type="date"
          label={t('delegations.externalEvent.startsOn')}
          value={values.startsOn}
          error={errors.startsOn}
          required
        />
        <Field
          name="endsOn"
          type="date"
          label={t('delegations.externalEvent.endsOn')}
          value={values.endsOn}
          error={errors.endsOn}
          required
        />
        <Field
          name="url"
          type="url"
          label={t('delegations.externalEvent.url')}
          value={values.url}
          error={errors.url}
        />
        <Submit>{t('delegations.externalEvent.submit')}</Submit>
      </form>
    </>
  );
}

export function DelegationForm(props: {
  ctx: PageContext;
  values: Record<string, string>;
  errors: FieldErrors;
  events: { id: string; name: string; when: string }[];
  leads: { id: string; name: string }[];
}) {
  const { ctx, values, errors } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t('delegations.create')}</h1>
      {props.events.length === 0 ? (
        <p>
          {t('delegations.noExternalEvents')}{' '}
          <a href="/delegations/external/new">{t('delegations.externalEvent.create')}</a>
        </p>
      ) : (
        <form method="post" action="/delegations" class="stack">
          <ErrorSummary ctx={ctx} errors={errors} />
          <CsrfField ctx={ctx} />
          <SelectField
            name="externalEvent"
            label={t('delegations.field.externalEvent')}
            value={values.externalEvent}
            error={errors.externalEvent}
            options={props.events.map((e) => ({ value: e.id, label: `${e.name} (${e.when})` }))}
          />
          <SelectField
            name="lead"
            label={t('delegations.field.lead')}
            value={values.lead}
            error={errors.lead}
            options={props.leads.map((o) => ({ value: o.id, label: o.name }))}
          />
          <Field
            name="title"
            label={t('delegations.field.title')}
            hint={t('delegations.field.title.hint')}
            value={values.title}
            error={errors.title}
            required
          />
          <Submit>{t('delegations.submit')}</Submit>
        </form>
      )}
    </>
  );
}

export const roleKey = (role: string) => `delegations.role.${role}` as MessageKey;
export const travelKey = (status: string) => `delegations.travel.${status}` as MessageKey;
