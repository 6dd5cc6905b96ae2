/** Chooses each request's locale (person → cookie → Accept-Language → default) and its translator. */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../http/context.js';
import { type Locale, negotiateLocale, translator } from './index.js';

export const LOCALE_COOKIE = 'lang';

/** @example app.use(localeSelection({ fallback: config.defaultLocale })) — after authentication */
export function localeSelection(options: { fallback: Locale }): MiddlewareHandler<AppEnv> {
  return async function localeSelection(c, next) {
    const locale = negotiateLocale({
      personLocale: c.get('actor')?.locale,
      cookie: getCookie(c, LOCALE_COOKIE),
      acceptLanguage: c.req.header('accept-language'),
      fallback: options.fallback,
    });
    c.set('locale', locale);
    c.set('t', translator(locale));
    c.header('content-language', locale);
    c.header('vary', 'Accept-Language, Cookie', { append: true });
    await next();
  };
}
