/** The event page's section of discussions: each linked with its number of posts. */
import type { Translate } from '../../../../platform/i18n/index.js';

export function DiscussionsSection(props: {
  t: Translate;
  discussions: { href: string; title: string; posts: number }[];
  openHref: string | undefined;
}) {
  const { t } = props;
  return (
    <section aria-labelledby="event-discussions">
      <h2 id="event-discussions">{t('discussions.section.title')}</h2>
      {props.discussions.length === 0 ? (
        <p>{t('discussions.section.none')}</p>
      ) : (
        <ul>
          {props.discussions.map((d) => (
            <li>
              <a href={d.href}>{d.title}</a>{' '}
              <span class="hint">({t('discussions.posts', { count: d.posts })})</span>
            </li>
          ))}
        </ul>
      )}
      {props.openHref && (
        <p>
          <a href={props.openHref}>{t('discussions.section.open')}</a>
        </p>
      )}
    </section>
  );
}
