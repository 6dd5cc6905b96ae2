/**
 * The programme page: a heading per day, each session an article with its time. Sessions that
 * run at the same time share a slot; wide screens show a slot's sessions side by side, phones
 * one after another (the same HTML; see .programme-slot in app.css).
 */
import type { MessageKey } from '../../../platform/i18n/index.js';
import type { PageContext } from '../../../ui/page.js';
import { SDGS } from '../../organizations/index.js';
import { type ProgrammeView, programmeHref, type SessionView } from '../programme-presenters.js';

export const sessionKindKey = (kind: string) => `programme.kind.${kind}` as MessageKey;

function People(props: { ctx: PageContext; label: string; people: SessionView['speakers'] }) {
  if (props.people.length === 0) return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd>
        <ul class="programme-people">
          {props.people.map((p) => (
            <li>
              {p.name}
              {p.organization && <span class="hint">, {p.organization}</span>}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

export function SessionArticle(props: {
  ctx: PageContext;
  session: SessionView;
  headingLevel: 3 | 4;
  editHref?: string | undefined;
}) {
  const { ctx, session: s } = props;
  const { t, locale } = ctx;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article class="programme-session" aria-labelledby={`session-${s.id}`}>
      <p class="programme-time">
        <time datetime={s.startsAtLocal}>{s.time}</time>
        {s.room && <span> · {s.room}</span>}
      </p>
      <Heading id={`session-${s.id}`} lang={s.titleLang}>
        {s.title}
      </Heading>
      <p>
        <span class="badge">{t(sessionKindKey(s.kind))}</span>
        {s.track && <span class="badge muted">{s.track}</span>}
      </p>
      {s.description && (
        <p class="programme-description" lang={s.descriptionLang}>
          {s.description}
        </p>
      )}
      <dl class="facts">
        <People ctx={ctx} label={t('programme.moderator')} people={s.moderators} />
        <People ctx={ctx} label={t('programme.speakers')} people={s.speakers} />
        {s.tags.length > 0 && (
          <>
            <dt>{t('programme.topics')}</dt>
            <dd>{s.tags.join(', ')}</dd>
          </>
        )}
        {s.sdgs.length > 0 && (
          <>
            <dt>{t('event.sdgs')}</dt>
            <dd>{s.sdgs.map((n) => `${n}. ${SDGS[n]?.[locale] ?? ''}`).join('; ')}</dd>
          </>
        )}
        {s.capacity !== null && (
          <>
            <dt>{t('event.capacity')}</dt>
            <dd>{s.capacity}</dd>
          </>
        )}
      </dl>
      {props.editHref && (
        <p>
          <a
            href={props.editHref}
            aria-label={t('programme.session.editNamed', { title: s.title })}
          >
            {t('programme.session.edit')}
          </a>
        </p>
      )}
    </article>
  );
}

function Filters(props: { ctx: PageContext; slug: string; programme: ProgrammeView }) {
  const { ctx, programme } = props;
  const { t } = ctx;
  const { filters, query } = programme;
  const select = (
    name: string,
    label: string,
    options: { value: string; label: string }[],
    value?: string,
  ) => (
    <div class="field">
      <label for={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name}>
        <option value="">{t('programme.filter.all')}</option>
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={`/events/${props.slug}/programme`} class="programme-filters">
      {select('day', t('programme.filter.day'), filters.days, query.day)}
      {filters.tracks.length > 0 &&
        select(
          'track',
          t('programme.filter.track'),
          filters.tracks.map((v) => ({ value: v, label: v })),
          query.track,
        )}
      {filters.topics.length > 0 &&
        select(
          'topic',
          t('programme.filter.topic'),
          filters.topics.map((v) => ({ value: v, label: v })),
          query.topic,
        )}
      <div>
        <button type="submit" class="button secondary">
          {t('programme.filter.apply')}
        </button>
      </div>
    </form>
  );
}

export function ProgrammePage(props: {
  ctx: PageContext;
  event: { slug: string; title: string; titleLang: string | undefined };
  programme: ProgrammeView;
  canManage: boolean;
}) {
  const { ctx, event, programme } = props;
  const { t } = ctx;
  const filtered = Boolean(programme.query.day || programme.query.track || programme.query.topic);
  return (
    <>
      <p>
        <a href={`/events/${event.slug}`}>{event.title}</a>
      </p>
      <h1>{t('programme.title', { title: event.title })}</h1>
      <p class="hint">{t('event.timeZone', { zone: programme.zoneLabel })}</p>
      {props.canManage && (
        <p class="programme-manage">
          <a class="button" href={`/events/${event.slug}/programme/sessions/new`}>
            {t('programme.session.new')}
          </a>{' '}
          <a href={`/events/${event.slug}/programme/rooms`}>{t('programme.rooms.title')}</a>
        </p>
      )}
      {programme.total > 0 && <Filters ctx={ctx} slug={event.slug} programme={programme} />}
      <p>
        <a href={programmeHref(event.slug, programme.query, '.pdf')}>{t('programme.pdf')}</a>
      </p>
      {programme.total === 0 && <p>{t('programme.empty')}</p>}
      {programme.total > 0 && programme.shown === 0 && <p>{t('programme.noMatch')}</p>}
      {filtered && programme.shown > 0 && (
        <p role="status">
          {t('programme.shown', { shown: programme.shown, total: programme.total })}
        </p>
      )}
      {programme.days.map((day) => (
        <section aria-labelledby={`day-${day.date}`} class="programme-day">
          <h2 id={`day-${day.date}`}>{day.label}</h2>
          {day.slots.map((slot) => (
            <div class={slot.parallel ? 'programme-slot parallel' : 'programme-slot'}>
              {slot.sessions.map((session) => (
                <SessionArticle
                  ctx={ctx}
                  session={session}
                  headingLevel={3}
                  editHref={
                    props.canManage
                      ? `/events/${event.slug}/programme/sessions/${session.id}/edit`
                      : undefined
                  }
                />
              ))}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
