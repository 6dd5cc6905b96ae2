/** The frame of every page: skip link, header with navigation and account, footer with languages. */
import type { Child } from 'hono/jsx';
import { LOCALE_NAMES, LOCALES } from '../platform/i18n/index.js';
import { stylesheet } from './assets.js';
import { CsrfField } from './forms.js';
import type { PageContext } from './page-context.js';

export function Layout(props: {
  ctx: PageContext;
  title: string;
  notice?: string | undefined;
  /** Extra elements for <head>: Open Graph tags, structured data. */
  head?: Child;
  /** The page's own line for search results and previews; the network's purpose otherwise. */
  description?: string | undefined;
  /** The page's head has its own description, og:title and og:description. */
  ownPreview?: boolean | undefined;
  children: Child;
}) {
  const { t, locale, actor, site } = props.ctx;
  const description = props.description ?? site.purpose;
  return (
    <html lang={locale} dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — ${site.shortName}`}</title>
        <meta property="og:site_name" content={site.name} />
        {!props.ownPreview && (
          <>
            <meta name="description" content={description} />
            <meta property="og:title" content={props.title} />
            <meta property="og:description" content={description} />
          </>
        )}
        <link rel="icon" href={site.icon} />
        <link rel="apple-touch-icon" href={site.touchIcon} />
        <link rel="stylesheet" href={stylesheet.path} />
        {props.head}
      </head>
      <body>
        <a class="skip" href="#main">
          {t('layout.skip')}
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href="/">
              {site.logo && (
                // The name beside it says what the logo would: the image is decoration.
                <img
                  src={site.logo.url}
                  alt=""
                  height={32}
                  width={Math.max(1, Math.round((32 * site.logo.width) / site.logo.height))}
                />
              )}
              {site.shortName === site.name ? (
                site.name
              ) : (
                // A phone shows the short name, a wide screen the full one (app.css): one at a
                // time, so the link's name is always what is on screen.
                <>
                  <span class="brand-name">{site.name}</span>
                  <span class="brand-short">{site.shortName}</span>
                </>
              )}
            </a>
            {/* A disclosure that needs no script: folded on a phone, always open on a wide
                screen (app.css shows its content and hides the summary there). */}
            <details class="menu">
              <summary>{t('layout.menu')}</summary>
              <nav aria-label={t('layout.nav.label')}>
                <ul class="nav">
                  <li>
                    <a href="/">{t('layout.nav.home')}</a>
                  </li>
                  <li>
                    <a href="/organizations">{t('layout.nav.directory')}</a>
                  </li>
                  <li>
                    <a href="/events">{t('layout.nav.events')}</a>
                  </li>
                  <li>
                    <a href="/network/figures">{t('layout.nav.figures')}</a>
                  </li>
                  {actor && (
                    <li>
                      <a href="/organizations/mine">{t('layout.nav.myOrganizations')}</a>
                    </li>
                  )}
                  {actor?.isAdmin && (
                    <li>
                      <a href="/admin">{t('layout.nav.admin')}</a>
                    </li>
                  )}
                </ul>
              </nav>
              <div class="account">
                {actor ? (
                  <>
                    <ActingFor ctx={props.ctx} />
                    <a href="/account">{t('layout.account.settings')}</a>
                    <form method="post" action="/sign-out" class="inline">
                      <CsrfField ctx={props.ctx} />
                      <button type="submit" class="linklike">
                        {t('layout.account.signOut')}
                      </button>
                    </form>
                  </>
                ) : (
                  <>
                    <a href="/sign-in">{t('layout.account.signIn')}</a>
                    <a href="/sign-up">{t('layout.account.signUp')}</a>
                  </>
                )}
              </div>
            </details>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <div class="wrap">
            {props.notice && (
              <p class="notice" role="status">
                {props.notice}
              </p>
            )}
            {props.children}
          </div>
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t('layout.footer')}</p>
            {actor ? (
              // Signed in: the choice is saved to the person's settings, so it is a form.
              <form method="post" action="/locale">
                <CsrfField ctx={props.ctx} />
                <input type="hidden" name="next" value={props.ctx.path} />
                <fieldset class="languages">
                  <legend class="visually-hidden">{t('layout.language')}</legend>
                  {LOCALES.map((code) => (
                    <button
                      type="submit"
                      name="locale"
                      value={code}
                      lang={code}
                      class="linklike"
                      aria-pressed={code === locale ? 'true' : 'false'}
                    >
                      {LOCALE_NAMES[code]}
                    </button>
                  ))}
                </fieldset>
              </form>
            ) : (
              // Visitors: plain links that only set the language cookie, so a page without
              // forms needs no CSRF token, sets no cookie and can be cached (page-cache.ts).
              <nav aria-label={t('layout.language')}>
                <ul class="languages">
                  {LOCALES.map((code) => (
                    <li>
                      <a
                        href={`/locale/${code}?next=${encodeURIComponent(props.ctx.path)}`}
                        rel="nofollow"
                        lang={code}
                        hreflang={code}
                        aria-current={code === locale ? 'true' : undefined}
                      >
                        {LOCALE_NAMES[code]}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
        </footer>
      </body>
    </html>
  );
}

const ACTING_PAGE = '/organizations/acting';

/**
 * "Acting for: <organisation> · Change", for a signed-in person who belongs to an organisation:
 * the choice later forms start from is on every page (in the menu on a phone). Nothing for
 * anyone else, and no query for a page that does not render this (see
 * organizations/acting/service.ts).
 */
async function ActingFor(props: { ctx: PageContext }) {
  const acting = await props.ctx.actingFor?.();
  if (!acting || acting.organizations.length === 0) return null;
  const { t } = props.ctx;
  // After choosing, the person comes back to the page they were on, unless it is that page.
  const comeBack = !props.ctx.path.startsWith(ACTING_PAGE);
  return (
    <span class="acting">
      {t('acting.header.label')}{' '}
      <strong>{acting.current ? acting.current.name : t('acting.header.self')}</strong> ·{' '}
      <a href={`${ACTING_PAGE}${comeBack ? `?next=${encodeURIComponent(props.ctx.path)}` : ''}`}>
        {t('acting.header.change')}
      </a>
    </span>
  );
}
