import type { Translate } from '../platform/i18n/index.js';

export const ErrorPage = (props: { message: string; t: Translate }) => (
  <>
    <h1>{props.t('error.title')}</h1>
    <p>{props.message}</p>
    <p>
      <a href="/">{props.t('error.back')}</a>
    </p>
  </>
);
