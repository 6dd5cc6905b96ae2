import type { Translate } from '../platform/i18n/index.js';

/** An error's message; a refusal for want of signing in offers the way back after it. */
export const ErrorPage = (props: {
  title: string;
  message: string;
  t: Translate;
  signInNext?: string | undefined;
}) => (
  <>
    <h1>{props.title}</h1>
    <p>{props.message}</p>
    <p>
      {props.signInNext ? (
        <a href={`/sign-in?next=${encodeURIComponent(props.signInNext)}`}>
          {props.t('layout.account.signIn')}
        </a>
      ) : (
        <a href="/">{props.t('error.back')}</a>
      )}
    </p>
  </>
);
