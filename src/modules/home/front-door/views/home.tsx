import type { Translate } from '../../../../platform/i18n/index.js';

export function HomePage(props: { t: Translate; signedIn: boolean; figures: { people: number } }) {
  const { t } = props;
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      <h2>{t('home.figures')}</h2>
      <ul class="figures">
        <li>{t('home.figures.people', { count: props.figures.people })}</li>
      </ul>
      <p>
        <a href="/network/figures">{t('figures.home.link')}</a>
      </p>
      {!props.signedIn && (
        <>
          <h2>{t('home.start.title')}</h2>
          <p>
            <a href="/sign-up">{t('home.start.signUp')}</a>
          </p>
        </>
      )}
    </>
  );
}
