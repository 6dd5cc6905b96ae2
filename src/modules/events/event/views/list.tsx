/** The events list: upcoming or past, a filter form whose URL can be shared, and a page of events. */
import type { PageContext } from '../../../../ui/page.js';
import { SDGS } from '../../../reference/index.js';
import type { EventList } from '../listing.js';
import { EVENT_KINDS, type EventListQuery } from '../schema.js';
import { kindKey } from './form.js';
import { statusKey } from './page.js';

/** The list's URL with `changes` applied (a new filter starts again on the first page). */
export function eventsHref(
  query: EventListQuery,
  changes: Partial<Record<keyof EventListQuery, string | undefined>>,
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, after: undefined, ...changes })) {
    if (value !== undefined && value !== '' && !(key === 'when' && value === 'upcoming')) {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `/events?${text}` : '/events';
}

function Select(props: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name}>
        <option value="">{props.any}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function EventListPage(props: {
  ctx: PageContext;
  query: EventListQuery;
  list: EventList;
  canCreate: boolean;
}) {
  const { ctx, query, list } = props;
  const { t, locale } = ctx;
  const any = t('events.filter.any');
  return (
    <>
      <h1>{t('events.title')}</h1>
      <p>
        <a href="/delegations">{t('delegations.link')}</a>
      </p>
      {props.canCreate && (
        <p>
          <a class="button" href="/events/new">
            {t('event.create')}
          </a>
        </p>
      )}
      <nav aria-label={t('events.when.label')}>
        <ul class="tags">
          {(['upcoming', 'past'] as const).map((when) => (
            <li>
              <a
                href={eventsHref(query, { when })}
                aria-current={query.when === when ? 'page' : undefined}
              >
                {t(`events.when.${when}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/events" class="stack search-form">
        {query.when === 'past' && <input type="hidden" name="when" value="past" />}
        <div class="field">
          <label for="events-q">{t('events.search')}</label>
          <input id="events-q" type="search" name="q" value={query.q ?? ''} />
        </div>
        <Select
          id="events-kind"
          name="kind"
          label={t('events.filter.kind')}
          value={query.kind}
          any={any}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))}
        />
        <Select
          id="events-country"
          name="country"
          label={t('events.filter.country')}
          value={query.country}
          any={any}
          options={list.countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <Select
          id="events-org"
          name="org"
          label={t('events.filter.organizer')}
          value={query.org}
          any={any}
          options={list.organizers.map((o) => ({ value: o.slug, label: o.name }))}
        />
        <Select
          id="events-sdg"
          name="sdg"
          label={t('events.filter.sdg')}
          value={query.sdg === undefined ? undefined : String(query.sdg)}
          any={any}
          options={Object.entries(SDGS).map(([n, names]) => ({
            value: n,
            label: `${n}. ${names[locale]}`,
          }))}
        />
        <div>
          <button type="submit" class="button">
            {t('events.filter.submit')}
          </button>
        </div>
      </form>
      <h2>{t(query.when === 'past' ? 'events.when.past' : 'events.when.upcoming')}</h2>
      {list.events.length === 0 ? (
        <p role="status">
          {list.pastMatches ? (
            <>
              {t('events.none.upcomingButPast')}{' '}
              <a href={eventsHref(query, { when: 'past' })}>{t('events.none.showPast')}</a>
            </>
          ) : (
            t('events.none')
          )}
        </p>
      ) : (
        <ul class="cards">
          {list.events.map((e) => (
            <li>
              <a href={`/events/${e.slug}`} lang={e.titleLang}>
                <strong>{e.title}</strong>
              </a>
              <br />
              <span class="badge">{t(kindKey(e.kind))}</span>{' '}
              {e.status !== 'published' && (
                <span class="badge muted">{t(statusKey(e.status))}</span>
              )}
              <br />
              {e.when} <span class="hint">({e.zoneLabel})</span>
              <br />
              {[e.place, e.online ? t('events.online') : ''].filter(Boolean).join(' · ')}
            </li>
          ))}
        </ul>
      )}
      {list.next && (
        <p>
          <a href={eventsHref(query, { after: list.next })} rel="next">
            {t('events.next')}
          </a>
        </p>
      )}
    </>
  );
}
