/** Pages for signing up, in and out, confirming an address, recovering a password, first-run setup. */
import { type Context, Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../../../platform/http/context.js';
import { noticeFrom } from '../../../platform/http/notices.js';
import { enforceRateLimits } from '../../../platform/http/rate-limit.js';
import { safeNext } from '../../../platform/http/redirects.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import { isLocale, type Locale } from '../../../platform/i18n/index.js';
import { LOCALE_COOKIE } from '../../../platform/i18n/middleware.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Accounts } from '../context.js';
import { updateProfile } from '../settings/service.js';
import { mailCharges, RATE_LIMITS, signInCharges } from './rate-limits.js';
import {
  EmailOnlySchema,
  ResetPasswordSchema,
  SetupSchema,
  SignInSchema,
  SignUpSchema,
} from './schema.js';
import * as service from './service.js';
import {
  CheckEmailPage,
  EmailRequestPage,
  MessagePage,
  ResetPasswordPage,
  SignInPage,
  SignUpPage,
} from './views/pages.js';

/** Passes better-auth's Set-Cookie headers (session created, refreshed or cleared) on to the browser. */
export function forwardCookies(c: Context<AppEnv>, cookies: string[]) {
  for (const cookie of cookies) c.header('set-cookie', cookie, { append: true });
}

export const requestOf = (c: Context<AppEnv>) => ({
  headers: c.req.raw.headers,
  ip: c.get('clientIp'),
});

export function authRoutes(ctx: Accounts) {
  const db = ctx.deps.db.kysely;
  const app = new Hono<AppEnv>();

  app.get('/sign-up', (c) =>
    renderPage(c, { title: c.get('t')('signUp.title'), body: <SignUpPage ctx={pageContext(c)} /> }),
  );
  app.post('/sign-up', async (c) => {
    const values = await readForm(c);
    const input = validate(SignUpSchema, values);
    if (!input.ok) {
      return renderPage(c, {
        title: c.get('t')('signUp.title'),
        status: 422,
        body: <SignUpPage ctx={pageContext(c)} form={{ values, problems: input.problems }} />,
      });
    }
    // Counted as the confirmation mail it sends, by the address asking: a hall of people
    // signing up is not abuse. An address already in use is sent nothing (signUp).
    await enforceRateLimits(c, db, [
      { rule: RATE_LIMITS.mailPerAddress, subject: c.get('clientIp') },
    ]);
    await service.signUp(ctx, input.data, c.get('locale'), requestOf(c));
    return renderPage(c, {
      title: c.get('t')('signUp.checkEmail.title'),
      body: <CheckEmailPage ctx={pageContext(c)} email={input.data.email} />,
    });
  });

  app.get('/verify-email', async (c) => {
    const t = c.get('t');
    const ok = await service.verifyEmail(ctx, c.req.query('token') ?? '');
    return renderPage(c, {
      title: t('signIn.title'),
      status: ok ? 200 : 400,
      body: (
        <MessagePage
          title={t('signIn.title')}
          message={ok ? t('verify.done') : t('verify.invalid')}
          link={{ href: '/sign-in', label: t('signIn.submit') }}
        />
      ),
    });
  });
  app.post('/verify-email/resend', async (c) => {
    const input = validate(EmailOnlySchema, await readForm(c));
    if (input.ok) {
      await enforceRateLimits(c, db, mailCharges(c.get('clientIp'), input.data.email));
      await service.resendVerification(ctx, input.data.email);
    }
    const t = c.get('t');
    return renderPage(c, {
      title: t('signIn.title'),
      body: <MessagePage title={t('signIn.title')} message={t('verify.resent')} />,
    });
  });

  app.get('/sign-in', (c) =>
    renderPage(c, {
      title: c.get('t')('signIn.title'),
      notice: noticeFrom(c, ACCOUNT_NOTICES),
      body: <SignInPage ctx={pageContext(c)} next={safeNext(c.req.query('next'))} />,
    }),
  );
  app.post('/sign-in', async (c) => {
    const values = await readForm(c);
    const input = validate(SignInSchema, values);
    const outcome = input.ok ? await signInCountingFailures(c, input.data) : input;
    if (!outcome.ok) {
      return renderPage(c, {
        title: c.get('t')('signIn.title'),
        status: 422,
        body: (
          <SignInPage
            ctx={pageContext(c)}
            next={safeNext(c.req.query('next'))}
            form={{ values: { email: values.email ?? '' }, problems: outcome.problems }}
          />
        ),
      });
    }
    forwardCookies(c, outcome.cookies);
    return c.redirect(safeNext(c.req.query('next')) ?? '/', 303);
  });

  /**
   * Only wrong passwords count against the limits: a right one gives its attempt back, so that
   * neither a crowd behind one address nor a stranger guessing elsewhere keeps anyone out.
   */
  async function signInCountingFailures(
    c: Context<AppEnv>,
    input: { email: string; password: string },
  ) {
    const attempt = await enforceRateLimits(
      c,
      db,
      signInCharges(c.get('clientIp'), input.email),
      (refusedBy) =>
        refusedBy.includes(RATE_LIMITS.signInFailuresPerAccount) ? 'signIn.locked' : 'error.429',
    );
    const outcome = await service.signIn(ctx, input, requestOf(c));
    if (outcome.ok || !outcome.wrongPassword) await attempt.giveBack();
    return outcome;
  }

  app.post('/sign-out', async (c) => {
    if (c.get('actor')) forwardCookies(c, await service.signOut(ctx, requestOf(c)));
    return c.redirect('/sign-in?notice=signOut.done', 303);
  });

  app.get('/forgot-password', (c) =>
    renderPage(c, {
      title: c.get('t')('forgot.title'),
      body: <EmailRequestPage ctx={pageContext(c)} />,
    }),
  );
  app.post('/forgot-password', async (c) => {
    const values = await readForm(c);
    const input = validate(EmailOnlySchema, values);
    const title = c.get('t')('forgot.title');
    if (!input.ok) {
      return renderPage(c, {
        title,
        status: 422,
        body: <EmailRequestPage ctx={pageContext(c)} form={{ values, problems: input.problems }} />,
      });
    }
    await enforceRateLimits(c, db, mailCharges(c.get('clientIp'), input.data.email));
    await service.requestPasswordReset(ctx, input.data.email);
    return renderPage(c, { title, body: <EmailRequestPage ctx={pageContext(c)} sent /> });
  });

  app.get('/reset-password', (c) =>
    renderPage(c, {
      title: c.get('t')('reset.title'),
      body: <ResetPasswordPage ctx={pageContext(c)} token={c.req.query('token') ?? ''} />,
    }),
  );
  app.post('/reset-password', async (c) => {
    const values = await readForm(c);
    const t = c.get('t');
    const input = validate(ResetPasswordSchema, values);
    if (!input.ok) {
      return renderPage(c, {
        title: t('reset.title'),
        status: 422,
        body: (
          <ResetPasswordPage
            ctx={pageContext(c)}
            token={values.token ?? ''}
            form={{ problems: input.problems }}
          />
        ),
      });
    }
    // Counts the links that do not work; a working one gives its attempt back.
    const attempt = await enforceRateLimits(c, db, [
      { rule: RATE_LIMITS.resetFailuresPerAddress, subject: c.get('clientIp') },
    ]);
    if (!(await service.resetPassword(ctx, input.data, requestOf(c)))) {
      return renderPage(c, {
        title: t('reset.title'),
        status: 400,
        body: (
          <MessagePage
            title={t('reset.title')}
            message={t('reset.invalid')}
            link={{ href: '/forgot-password', label: t('forgot.title') }}
          />
        ),
      });
    }
    await attempt.giveBack();
    return c.redirect('/sign-in?notice=reset.done', 303);
  });

  app.get('/setup', async (c) => {
    const token = c.req.query('token') ?? '';
    const t = c.get('t');
    if (!(await service.isSetupTokenValid(ctx, token))) {
      return renderPage(c, {
        title: t('setup.title'),
        status: 404,
        body: <MessagePage title={t('setup.title')} message={t('setup.invalid')} />,
      });
    }
    return renderPage(c, {
      title: t('setup.title'),
      body: <SignUpPage ctx={pageContext(c)} action="/setup" token={token} />,
    });
  });
  app.post('/setup', async (c) => {
    await enforceRateLimits(c, db, [
      { rule: RATE_LIMITS.setupPerAddress, subject: c.get('clientIp') },
    ]);
    const values = await readForm(c);
    const t = c.get('t');
    const input = validate(SetupSchema, values);
    if (!input.ok) {
      return renderPage(c, {
        title: t('setup.title'),
        status: 422,
        body: (
          <SignUpPage
            ctx={pageContext(c)}
            action="/setup"
            token={values.token ?? ''}
            form={{ values, problems: input.problems }}
          />
        ),
      });
    }
    if (!(await service.completeSetup(ctx, input.data))) {
      return renderPage(c, {
        title: t('setup.title'),
        status: 404,
        body: <MessagePage title={t('setup.title')} message={t('setup.invalid')} />,
      });
    }
    return c.redirect('/sign-in', 303);
  });

  const rememberLocale = (c: Context<AppEnv>, locale: Locale) =>
    setCookie(c, LOCALE_COOKIE, locale, {
      path: '/',
      sameSite: 'Lax',
      maxAge: 365 * 24 * 3600,
      secure: ctx.deps.config.secureCookies,
    });

  /** The language switcher: remembered in a cookie, and in the person's settings when signed in. */
  app.post('/locale', async (c) => {
    const values = await readForm(c);
    const locale = values.locale;
    if (isLocale(locale)) {
      rememberLocale(c, locale);
      const actor = c.get('actor');
      if (actor) await updateProfile(ctx, { name: actor.name, locale }, requestOf(c));
    }
    return c.redirect(safeNext(values.next) ?? '/', 303);
  });

  /**
   * The visitors' switcher: links, so that public pages need no form. It only sets the
   * preference cookie (no CSRF token needed: nothing is saved); the settings of a signed-in
   * person change through POST /locale only.
   */
  app.get('/locale/:code', (c) => {
    const locale = c.req.param('code');
    if (isLocale(locale)) rememberLocale(c, locale);
    c.header('cache-control', 'no-store');
    return c.redirect(safeNext(c.req.query('next')) ?? '/', 303);
  });

  return app;
}

/** The confirmations account pages show after a redirect (`?notice=`). */
export const ACCOUNT_NOTICES = [
  'signOut.done',
  'reset.done',
  'account.profile.saved',
  'account.password.saved',
  'account.tokens.revoked',
  'account.deleted',
] as const;
