/**
 * An event's participation figures: the headline sentence (also on the event page), which basis
 * the counts rest on, then the Global South share, regions and organisation types, each as a
 * chart beside its table, and the countries as a table.
 */
import type { MessageKey } from '../../../../platform/i18n/index.js';
import { Breakdown, type BreakdownWords, ShareSection } from '../../../../ui/breakdown.js';
import { type ChartDatum, ChartTable, formatCount, formatShare } from '../../../../ui/charts.js';
import type { PageContext } from '../../../../ui/page.js';
import type { ParticipationView } from '../presenters.js';

const data = (items: { name: string | null; participants: number }[], none: string): ChartDatum[] =>
  items.map((item) => ({ label: item.name ?? none, value: item.participants }));

/** "N participants from M organisations in K countries". */
export function headline(ctx: PageContext, figures: ParticipationView) {
  return ctx.t('eventFigures.headline', {
    participants: figures.participants,
    organizations: figures.organizations,
    countries: figures.countries,
  });
}

const basisKey = (figures: ParticipationView): MessageKey =>
  figures.basis === 'attendance'
    ? 'eventFigures.basis.attendance'
    : 'eventFigures.basis.registrations';

/** The event page's section: the headline and a link to the full figures. */
export function FiguresSection(props: { ctx: PageContext; figures: ParticipationView }) {
  const { ctx, figures } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="event-figures">
      <h2 id="event-figures">{t('eventFigures.title')}</h2>
      <p>
        {headline(ctx, figures)} <span class="hint">{t(basisKey(figures))}</span>
      </p>
      <p>
        <a href={`/events/${figures.event.slug}/figures`}>{t('eventFigures.more')}</a>
      </p>
    </section>
  );
}

export function EventFiguresPage(props: { ctx: PageContext; figures: ParticipationView }) {
  const { ctx, figures } = props;
  const { t, locale } = ctx;
  const gs = figures.globalSouth;
  const none = t('figures.type.none');
  const split = [
    { label: t('figures.globalSouth.part'), value: gs.participants },
    { label: t('figures.globalSouth.elsewhere'), value: gs.elsewhere },
  ];
  const words: BreakdownWords = {
    locale,
    description: t('figures.chart.description'),
    valueHeader: t('eventFigures.column.participants'),
    shareHeader: t('figures.column.share'),
    noData: t('eventFigures.noData'),
  };
  const total = figures.participantsWithOrganization;
  return (
    <>
      <p>
        <a href={`/events/${figures.event.slug}`}>{figures.event.title}</a>
      </p>
      <h1>{t('eventFigures.pageTitle', { title: figures.event.title })}</h1>
      <p class="lead">{headline(ctx, figures)}</p>
      <p>{t(basisKey(figures))}</p>
      <ul class="figures">
        <li>
          <strong>{formatCount(figures.registered, locale)}</strong>{' '}
          {t('eventFigures.registered', { count: figures.registered })}
        </li>
        <li>
          <strong>{formatCount(figures.attended, locale)}</strong>{' '}
          {t('eventFigures.attended', { count: figures.attended })}
        </li>
        <li>
          <strong>{formatCount(figures.organizations, locale)}</strong>{' '}
          {t('eventFigures.organizations', { count: figures.organizations })}
        </li>
        <li>
          <strong>{formatCount(figures.countries, locale)}</strong>{' '}
          {t('eventFigures.countries', { count: figures.countries })}
        </li>
        <li>
          <strong>{gs.share === null ? '–' : formatShare(gs.share, locale)}</strong>{' '}
          {t('eventFigures.globalSouthShare')}
        </li>
      </ul>
      <p class="hint">
        {t('eventFigures.withoutOrganization', {
          count: figures.participantsWithoutOrganization,
        })}
      </p>

      <ShareSection
        words={words}
        id="efig-gs"
        title={t('figures.globalSouth.title')}
        definition={t('figures.globalSouth.definition', { grouping: gs.grouping.name })}
        source={{ label: t('figures.globalSouth.source'), url: gs.grouping.sourceUrl }}
        column={t('figures.column.from')}
        data={split}
        total={total}
      />
      <Breakdown
        words={words}
        id="efig-region"
        title={t('eventFigures.byRegion')}
        column={t('figures.column.region')}
        data={data(figures.byRegion, none)}
        total={total}
      />
      <Breakdown
        words={words}
        id="efig-type"
        title={t('eventFigures.byType')}
        column={t('figures.column.type')}
        data={data(figures.byOrganisationType, none)}
        total={total}
      />
      <section aria-labelledby="efig-country-heading">
        <h2 id="efig-country-heading">{t('eventFigures.byCountry')}</h2>
        <ChartTable
          caption={t('eventFigures.byCountry')}
          labelHeader={t('figures.column.country')}
          valueHeader={words.valueHeader}
          data={data(figures.byCountry, none)}
          locale={locale}
          noData={words.noData}
          shares={{ header: words.shareHeader, total }}
        />
      </section>

      <p>
        <a
          href={`/events/${figures.event.slug}/figures.json?lang=${locale}`}
          type="application/json"
        >
          {t('figures.json')}
        </a>
      </p>
    </>
  );
}
