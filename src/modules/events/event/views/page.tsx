/**
 * The event page: what, when (in the event's zone, named), where, who organises it, its side
 * events or its host; the organisers' actions; and slots that other parts of the events module
 * fill (registration, programme, the organisations taking part, participation figures). On a
 * phone the order matters: the description and the programme come before the list of
 * organisations taking part, which folds past a dozen.
 */
import type { Child } from 'hono/jsx';
import type { MessageKey } from '../../../../platform/i18n/index.js';
import { CsrfField } from '../../../../ui/forms.js';
import { Markdown } from '../../../../ui/markdown.js';
import type { PageContext } from '../../../../ui/page.js';
import { TagList } from '../../../../ui/tag-list.js';
import type { OrganizationSummary } from '../../../organizations/index.js';
import { SDGS } from '../../../reference/index.js';
import type { EventView } from '../presenters.js';
import type { EventTransition } from '../service.js';
import { kindKey } from './form.js';

/** Where other parts of the module put their sections on the page. */
export const EVENT_PAGE_SLOTS = [
  'registration',
  'programme',
  'participation',
  'figures',
  'discussions',
] as const;
export type EventPageSlot = (typeof EVENT_PAGE_SLOTS)[number];
export type EventPageSections = Partial<Record<EventPageSlot, Child>>;

export const statusKey = (status: string) => `event.status.${status}` as MessageKey;

/** Organiser organisations that keep the event from being published, linked to their membership pages. */
function AwaitingMembership(props: { ctx: PageContext; organizations: OrganizationSummary[] }) {
  const { t } = props.ctx;
  if (props.organizations.length === 0) return null;
  return (
    <div class="notice" role="status">
      <p>{t('event.publish.awaitsMembership')}</p>
      <ul>
        {props.organizations.map((o) => (
          <li>
            <a href={`/organizations/${o.slug}/membership`}>{o.name}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function OrganizerActions(props: {
  ctx: PageContext;
  event: EventView;
  canEdit: boolean;
  transitions: EventTransition[];
  awaitingMembership: OrganizationSummary[];
}) {
  const { ctx, event } = props;
  const { t } = ctx;
  if (!props.canEdit && props.transitions.length === 0) return null;
  return (
    <section aria-labelledby="event-manage">
      <h2 id="event-manage">{t('event.manage.title')}</h2>
      <p>{t('event.manage.status', { status: t(statusKey(event.status)) })}</p>
      <AwaitingMembership ctx={ctx} organizations={props.awaitingMembership} />
      {props.canEdit && (
        <p>
          <a href={`/events/${event.slug}/edit`}>{t('event.edit')}</a>
        </p>
      )}
      {props.transitions.map((transition) => (
        <form method="post" action={`/events/${event.slug}/${transition}`} class="stack">
          <CsrfField ctx={ctx} />
          <p class="hint">{t(`event.transition.${transition}.hint` as MessageKey)}</p>
          <div>
            <button type="submit" class={transition === 'cancel' ? 'button danger' : 'button'}>
              {t(`event.transition.${transition}` as MessageKey)}
            </button>
          </div>
        </form>
      ))}
    </section>
  );
}

export function EventPage(props: {
  ctx: PageContext;
  event: EventView;
  canEdit: boolean;
  transitions: EventTransition[];
  /** Organiser organisations whose admission to the network publishing waits for. */
  awaitingMembership?: OrganizationSummary[];
  sections?: EventPageSections;
}) {
  const { ctx, event } = props;
  const { t, locale } = ctx;
  const sections = props.sections ?? {};
  return (
    <article>
      <p>
        <span class="badge">{t(kindKey(event.kind))}</span>{' '}
        {event.status !== 'published' && (
          <span class="badge muted">{t(statusKey(event.status))}</span>
        )}
      </p>
      <h1 lang={event.titleLang}>{event.title}</h1>
      {event.status === 'cancelled' && (
        <p class="notice error" role="status">
          {t('event.cancelled.notice')}
        </p>
      )}
      {event.parent && (
        <p>
          {t('event.partOf')} <a href={`/events/${event.parent.slug}`}>{event.parent.title}</a>
        </p>
      )}
      <dl class="facts">
        <dt>{t('event.when')}</dt>
        <dd>
          <time datetime={event.startsAtLocal}>{event.when}</time>
          <br />
          <span class="hint">{t('event.timeZone', { zone: event.zoneLabel })}</span>
        </dd>
        {event.venue && (
          <>
            <dt>{t('event.where')}</dt>
            <dd>
              {event.venue.name}
              {event.venue.address && (
                <>
                  <br />
                  {event.venue.address}
                </>
              )}
              {(event.venue.city || event.venue.countryName) && (
                <>
                  <br />
                  {[event.venue.city, event.venue.countryName].filter(Boolean).join(', ')}
                </>
              )}
            </dd>
          </>
        )}
        {event.online && (
          <>
            <dt>{t('event.online')}</dt>
            <dd>
              {event.onlineUrl ? (
                <a href={event.onlineUrl} rel="nofollow noopener">
                  {event.onlineUrl}
                </a>
              ) : (
                t('event.online.forParticipants')
              )}
            </dd>
          </>
        )}
        {event.organizers.length > 0 && (
          <>
            <dt>{t('event.organizers')}</dt>
            <dd>
              <TagList
                tags={event.organizers.map((o) => ({
                  href: `/organizations/${o.slug}`,
                  label: o.name,
                }))}
                more={(count) => t('event.organizations.showAll', { count })}
              />
            </dd>
          </>
        )}
        {event.series && (
          <>
            <dt>{t('event.series')}</dt>
            <dd>{event.series.title}</dd>
          </>
        )}
        {event.sdgs.length > 0 && (
          <>
            <dt>{t('event.sdgs')}</dt>
            <dd>
              <ul class="tags">
                {event.sdgs.map((n) => (
                  <li>
                    <a href={`/events?sdg=${n}`}>{`${n}. ${SDGS[n]?.[locale] ?? ''}`}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {event.capacity !== null && (
          <>
            <dt>{t('event.capacity')}</dt>
            <dd>{event.capacity}</dd>
          </>
        )}
        {event.registrationDeadlineText && (
          <>
            <dt>{t('event.registrationDeadline')}</dt>
            <dd>{event.registrationDeadlineText}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={`/events/${event.slug}/event.ics`}>{t('event.ics')}</a>
      </p>
      {/* Slot: the registration panel (registration helper). */}
      {sections.registration}
      {event.description && <Markdown text={event.description} lang={event.descriptionLang} />}
      {/* Slot: the programme or a link to it (programme helper). */}
      {sections.programme}
      {/* Slot: the organisations taking part (registration helper), after the programme. */}
      {sections.participation}
      {event.sideEvents.length > 0 && (
        <section aria-labelledby="event-side-events">
          <h2 id="event-side-events">{t('event.sideEvents')}</h2>
          <ul>
            {event.sideEvents.map((s) => (
              <li>
                <a href={`/events/${s.slug}`}>{s.title}</a> — {s.when}
                {s.status !== 'published' && ` (${t(statusKey(s.status))})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* Slot: participation figures (figures helper). */}
      {sections.figures}
      {/* Slot: conversations about the event, offered by a module above events. */}
      {sections.discussions}
      <OrganizerActions
        ctx={ctx}
        event={event}
        canEdit={props.canEdit}
        transitions={props.transitions}
        awaitingMembership={props.awaitingMembership ?? []}
      />
    </article>
  );
}
