/** Pages for getting into an account: sign up, sign in, confirmation, recovery, first-run setup. */
import type { Problems } from '../../../../platform/outcome.js';
import { CsrfField, ErrorSummary, Field, Submit, translateProblems } from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';

/** What a form shows again after a refusal: what was typed, and the problem at each field. */
export type FormState = { values?: Record<string, string>; problems?: Problems };

export function SignUpPage(props: {
  ctx: PageContext;
  form?: FormState;
  action?: string;
  token?: string;
}) {
  const { t } = props.ctx;
  const errors = translateProblems(props.ctx, props.form?.problems);
  const values = props.form?.values ?? {};
  return (
    <>
      <h1>{props.token ? t('setup.title') : t('signUp.title')}</h1>
      {props.token && <p>{t('setup.body')}</p>}
      <ErrorSummary ctx={props.ctx} errors={errors} />
      <form method="post" action={props.action ?? '/sign-up'} class="stack" novalidate>
        <CsrfField ctx={props.ctx} />
        {props.token && <input type="hidden" name="token" value={props.token} />}
        <Field
          name="name"
          label={t('field.name')}
          value={values.name}
          error={errors.name}
          autocomplete="name"
          required
        />
        <Field
          name="email"
          type="email"
          label={t('field.email')}
          value={values.email}
          error={errors.email}
          autocomplete="email"
          required
        />
        <Field
          name="password"
          type="password"
          label={t('field.password')}
          hint={t('field.password.hint')}
          error={errors.password}
          autocomplete="new-password"
          required
        />
        <Submit>{props.token ? t('setup.submit') : t('signUp.submit')}</Submit>
      </form>
      {!props.token && (
        <p>
          <a href="/sign-in">{t('signUp.haveAccount')}</a>
        </p>
      )}
    </>
  );
}

export const CheckEmailPage = (props: { ctx: PageContext; email: string }) => (
  <>
    <h1>{props.ctx.t('signUp.checkEmail.title')}</h1>
    <p>{props.ctx.t('signUp.checkEmail.body', { email: props.email })}</p>
  </>
);

export function SignInPage(props: {
  ctx: PageContext;
  form?: FormState;
  next?: string | undefined;
}) {
  const { t } = props.ctx;
  const errors = translateProblems(props.ctx, props.form?.problems);
  const values = props.form?.values ?? {};
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <ErrorSummary ctx={props.ctx} errors={errors} />
      <form
        method="post"
        action={props.next ? `/sign-in?next=${encodeURIComponent(props.next)}` : '/sign-in'}
        class="stack"
        novalidate
      >
        <CsrfField ctx={props.ctx} />
        <Field
          name="email"
          type="email"
          label={t('field.email')}
          value={values.email}
          error={errors.email}
          autocomplete="email"
          required
        />
        <Field
          name="password"
          type="password"
          label={t('field.password')}
          error={errors.password}
          autocomplete="current-password"
          required
        />
        <Submit>{t('signIn.submit')}</Submit>
      </form>
      <p>
        <a href="/forgot-password">{t('signIn.forgot')}</a>
      </p>
      <p>
        <a href="/sign-up">{t('signIn.noAccount')}</a>
      </p>
      {props.form?.problems?._form?.key === 'signIn.unverified' && (
        <form method="post" action="/verify-email/resend" class="stack">
          <CsrfField ctx={props.ctx} />
          <input type="hidden" name="email" value={values.email} />
          <Submit variant="secondary">{t('verify.resend')}</Submit>
        </form>
      )}
    </>
  );
}

export function EmailRequestPage(props: { ctx: PageContext; form?: FormState; sent?: boolean }) {
  const { t } = props.ctx;
  const errors = translateProblems(props.ctx, props.form?.problems);
  return (
    <>
      <h1>{t('forgot.title')}</h1>
      {props.sent ? (
        <p role="status">{t('forgot.sent')}</p>
      ) : (
        <>
          <p>{t('forgot.body')}</p>
          <ErrorSummary ctx={props.ctx} errors={errors} />
          <form method="post" action="/forgot-password" class="stack" novalidate>
            <CsrfField ctx={props.ctx} />
            <Field
              name="email"
              type="email"
              label={t('field.email')}
              value={props.form?.values?.email}
              error={errors.email}
              autocomplete="email"
              required
            />
            <Submit>{t('forgot.submit')}</Submit>
          </form>
        </>
      )}
    </>
  );
}

export function ResetPasswordPage(props: { ctx: PageContext; token: string; form?: FormState }) {
  const { t } = props.ctx;
  const errors = translateProblems(props.ctx, props.form?.problems);
  return (
    <>
      <h1>{t('reset.title')}</h1>
      <ErrorSummary ctx={props.ctx} errors={errors} />
      <form method="post" action="/reset-password" class="stack" novalidate>
        <CsrfField ctx={props.ctx} />
        <input type="hidden" name="token" value={props.token} />
        <Field
          name="password"
          type="password"
          label={t('field.newPassword')}
          hint={t('field.password.hint')}
          error={errors.password}
          autocomplete="new-password"
          required
        />
        <Submit>{t('reset.submit')}</Submit>
      </form>
    </>
  );
}

/** A page with only a heading and one message, for outcomes such as an expired link. */
export const MessagePage = (props: {
  title: string;
  message: string;
  link?: { href: string; label: string };
}) => (
  <>
    <h1>{props.title}</h1>
    <p>{props.message}</p>
    {props.link && (
      <p>
        <a href={props.link.href}>{props.link.label}</a>
      </p>
    )}
  </>
);
