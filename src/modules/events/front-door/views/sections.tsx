import type { PageContext } from '../../../../ui/page.js';
import type { EventListEntry } from '../../event/presenters.js';
import type { ParticipationView } from '../../figures/presenters.js';
import { headline } from '../../figures/views/figures.js';

/** When and where, as the events list writes it. */
const WhenAndWhere = (props: { ctx: PageContext; event: EventListEntry }) => {
  const { event } = props;
  const where = [event.place, event.online ? props.ctx.t('events.online') : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      {event.when} <span class="hint">({event.zoneLabel})</span>
      {where && (
        <>
          <br />
          {where}
        </>
      )}
    </>
  );
};

export function UpcomingEvents(props: { ctx: PageContext; events: EventListEntry[] }) {
  const { ctx } = props;
  return (
    <section aria-labelledby="home-upcoming">
      <h2 id="home-upcoming">{ctx.t('eventsHome.upcoming')}</h2>
      <ul class="cards">
        {props.events.map((e) => (
          <li>
            <a href={`/events/${e.slug}`} lang={e.titleLang}>
              <strong>{e.title}</strong>
            </a>
            <br />
            <WhenAndWhere ctx={ctx} event={e} />
          </li>
        ))}
      </ul>
      <p>
        <a href="/events">{ctx.t('eventsHome.all')}</a>
      </p>
    </section>
  );
}

export function LatestForum(props: {
  ctx: PageContext;
  forum: EventListEntry;
  figures: ParticipationView;
}) {
  const { ctx, forum } = props;
  return (
    <section aria-labelledby="home-forum">
      <h2 id="home-forum">{ctx.t('eventsHome.latestForum')}</h2>
      <p>
        <a href={`/events/${forum.slug}`} lang={forum.titleLang}>
          <strong>{forum.title}</strong>
        </a>
        <br />
        <WhenAndWhere ctx={ctx} event={forum} />
      </p>
      {props.figures.participants > 0 && <p>{headline(ctx, props.figures)}</p>}
      <ul class="actions">
        <li>
          <a href={`/events/${forum.slug}/programme`}>{ctx.t('eventsHome.programme')}</a>
        </li>
        <li>
          <a href={`/events/${forum.slug}/figures`}>{ctx.t('eventsHome.figures')}</a>
        </li>
      </ul>
    </section>
  );
}
