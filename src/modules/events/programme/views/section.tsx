/** The event page's programme section: the next few sessions and a link to the whole programme. */
import type { PageContext } from '../../../../ui/page.js';

export type UpcomingSession = {
  id: string;
  title: string;
  titleLang: string | undefined;
  when: string;
  startsAtLocal: string;
  room: string | null;
};

export function ProgrammeSection(props: {
  ctx: PageContext;
  slug: string;
  total: number;
  upcoming: UpcomingSession[];
  canManage: boolean;
}) {
  const { t } = props.ctx;
  return (
    <section aria-labelledby="event-programme">
      <h2 id="event-programme">{t('programme.section.title')}</h2>
      {props.total === 0 && <p>{t('programme.empty')}</p>}
      {props.upcoming.length > 0 && (
        <>
          <p>{t('programme.section.next')}</p>
          <ul>
            {props.upcoming.map((s) => (
              <li>
                <time datetime={s.startsAtLocal}>{s.when}</time>
                {s.room && ` · ${s.room}`} — <span lang={s.titleLang}>{s.title}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {props.total > 0 && (
          <a href={`/events/${props.slug}/programme`}>
            {t('programme.section.link', { count: props.total })}
          </a>
        )}
        {props.canManage && props.total === 0 && (
          <a href={`/events/${props.slug}/programme/sessions/new`}>{t('programme.session.new')}</a>
        )}
      </p>
    </section>
  );
}
