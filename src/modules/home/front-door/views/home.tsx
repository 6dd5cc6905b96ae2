import type { Child } from 'hono/jsx';
import type { PageContext } from '../../../../ui/page.js';

/** The page: each section that rendered something, in slot order. */
export function HomePage(props: { sections: (Child | null)[] }) {
  return <>{props.sections.filter((section) => section !== null && section !== undefined)}</>;
}

/** The network's name and purpose, then what to do next: join or sign in, or go on working. */
export function Welcome(props: { ctx: PageContext }) {
  const { t, site, actor } = props.ctx;
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{site.name}</h1>
      <p class="lead">{site.purpose}</p>
      <nav aria-label={t('home.next.label')}>
        <ul class="actions">
          {actor ? (
            <>
              <li>
                <a class="button" href="/organizations/mine">
                  {t('home.next.myOrganizations')}
                </a>
              </li>
              <li>
                <a href="/organizations">{t('home.next.directory')}</a>
              </li>
            </>
          ) : (
            <>
              <li>
                <a class="button" href="/sign-up">
                  {t('home.next.signUp')}
                </a>
              </li>
              <li>
                <a href="/sign-in">{t('home.next.signIn')}</a>
              </li>
            </>
          )}
        </ul>
      </nav>
    </section>
  );
}
