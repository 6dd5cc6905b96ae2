/**
 * The programme page: a heading per day, each session an article with its time. Sessions that
 * run at the same time share a slot; wide screens show a slot's sessions side by side, phones
 * one after another (the same HTML; see .programme-slot in app.css).
 */
import { html } from 'hono/html';
import type { MessageKey } from '../../../../platform/i18n/index.js';
import type { PageContext } from '../../../../ui/page.js';
import { SDGS } from '../../../reference/index.js';
import { type ProgrammeView, programmeHref, type SessionView } from '../presenters.js';
import { SESSION_KINDS } from '../schema.js';

export const sessionKindKey = (kind: string) => `programme.kind.${kind}` as MessageKey;

/** What every session's article says the same way, translated once per page. */
function articleLabels(ctx: PageContext) {
  const { t, locale } = ctx;
  return {
    locale,
    kinds: new Map(SESSION_KINDS.map((kind) => [kind, t(sessionKindKey(kind))])),
    moderator: t('programme.moderator'),
    speakers: t('programme.speakers'),
    topics: t('programme.topics'),
    sdgs: t('event.sdgs'),
    capacity: t('event.capacity'),
    invited: t('programme.invited'),
    edit: t('programme.session.edit'),
    editNamed: (title: string) => t('programme.session.editNamed', { title }),
  };
}
type ArticleLabels = ReturnType<typeof articleLabels>;

/*
 * Session articles are written with Hono's html template, not JSX: a programme has hundreds of
 * sessions, and an object per element (about 30 per session) made rendering and the garbage it
 * left the largest part of the page's time (docs/performance.md). html escapes every value it
 * is given, as JSX does.
 */
const lang = (value: string | undefined) => (value ? html` lang="${value}"` : '');

const people = (label: string, list: SessionView['speakers']) =>
  list.length > 0 &&
  html`<dt>${label}</dt><dd><ul class="programme-people">${list.map(
    (p) =>
      html`<li>${p.name}${p.organization && html`<span class="hint">, ${p.organization}</span>`}</li>`,
  )}</ul></dd>`;

/** Addresses invited to the session and not yet answered: shown to its organisers only. */
type Invited = { email: string; role: string }[];

/** The session's people, and for its organisers the addresses still to answer, marked so. */
const peopleAndInvited = (
  labels: ArticleLabels,
  label: string,
  list: SessionView['speakers'],
  invited: Invited,
) =>
  invited.length === 0
    ? people(label, list)
    : html`<dt>${label}</dt><dd><ul class="programme-people">${[
        ...list.map(
          (p) =>
            html`<li>${p.name}${p.organization && html`<span class="hint">, ${p.organization}</span>`}</li>`,
        ),
        ...invited.map(
          (i) => html`<li>${i.email}<span class="hint"> (${labels.invited})</span></li>`,
        ),
      ]}</ul></dd>`;

function facts(labels: ArticleLabels, s: SessionView, invited: Invited) {
  const sdgs = s.sdgs.map((n) => `${n}. ${SDGS[n]?.[labels.locale] ?? ''}`).join('; ');
  return [
    peopleAndInvited(
      labels,
      labels.moderator,
      s.moderators,
      invited.filter((i) => i.role === 'moderator'),
    ),
    peopleAndInvited(
      labels,
      labels.speakers,
      s.speakers,
      invited.filter((i) => i.role === 'speaker'),
    ),
    s.topics.length > 0 &&
      html`<dt>${labels.topics}</dt><dd>${s.topics.map((topic) => topic.label).join(', ')}</dd>`,
    s.sdgs.length > 0 && html`<dt>${labels.sdgs}</dt><dd>${sdgs}</dd>`,
    s.capacity !== null && html`<dt>${labels.capacity}</dt><dd>${s.capacity}</dd>`,
  ];
}

/** What a module above events links from a session's article (its discussion, say). */
export type SessionLink = { href: string; label: string };

function sessionArticle(
  labels: ArticleLabels,
  s: SessionView,
  editHref: string | undefined,
  invited: Invited,
  links: readonly SessionLink[],
) {
  return html`<article class="programme-session" aria-labelledby="session-${s.id}">${[
    html`<p class="programme-time"><time datetime="${s.startsAtLocal}">${s.time}</time>${
      s.room && html`<span> · ${s.room}</span>`
    }</p>`,
    html`<h3 id="session-${s.id}"${lang(s.titleLang)}>${s.title}</h3>`,
    html`<p><span class="badge">${labels.kinds.get(s.kind)}</span>${
      s.trackLabel && html`<span class="badge muted">${s.trackLabel}</span>`
    }</p>`,
    s.description &&
      html`<p class="programme-description"${lang(s.descriptionLang)}>${s.description}</p>`,
    html`<dl class="facts">${facts(labels, s, invited)}</dl>`,
    links.map(
      (link) => html`<p class="programme-link"><a href="${link.href}">${link.label}</a></p>`,
    ),
    editHref &&
      html`<p><a href="${editHref}" aria-label="${labels.editNamed(s.title)}">${labels.edit}</a></p>`,
  ]}</article>`;
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
        select('track', t('programme.filter.track'), filters.tracks, query.track)}
      {filters.topics.length > 0 &&
        select('topic', t('programme.filter.topic'), filters.topics, query.topic)}
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
  /** The unanswered invitations by session, for the organisers (empty for everyone else). */
  invited: Map<string, Invited>;
  /** Links other modules add to each session's article, by session id. */
  links?: ReadonlyMap<string, readonly SessionLink[]>;
}) {
  const { ctx, event, programme } = props;
  const { t } = ctx;
  const labels = articleLabels(ctx);
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
              {slot.sessions.map((session) =>
                sessionArticle(
                  labels,
                  session,
                  props.canManage
                    ? `/events/${event.slug}/programme/sessions/${session.id}/edit`
                    : undefined,
                  props.invited.get(session.id) ?? [],
                  props.links?.get(session.id) ?? [],
                ),
              )}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
