/**
 * The personal calendar feed page. The address is shown once, right after it is made: only
 * its hash is kept, so losing it means making a new one (which revokes the old).
 */
import { CsrfField, Submit } from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';

export function FeedPage(props: { ctx: PageContext; active: boolean; url?: string }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t('registration.feed.title')}</h1>
      <p>{t('registration.feed.intro')}</p>
      {props.url && (
        <div class="notice" role="status">
          <p>
            <label for="feed-url">{t('registration.feed.url')}</label>
          </p>
          <input id="feed-url" type="text" readonly value={props.url} />
          <p class="hint">{t('registration.feed.once')}</p>
        </div>
      )}
      {!props.url && (
        <p>{t(props.active ? 'registration.feed.active' : 'registration.feed.none')}</p>
      )}
      <form method="post" action="/events/feed" class="stack">
        <CsrfField ctx={ctx} />
        <Submit>
          {t(props.active ? 'registration.feed.replace' : 'registration.feed.create')}
        </Submit>
      </form>
      {props.active && (
        <form method="post" action="/events/feed/revoke" class="stack">
          <CsrfField ctx={ctx} />
          <Submit variant="danger">{t('registration.feed.revoke')}</Submit>
        </form>
      )}
    </>
  );
}
