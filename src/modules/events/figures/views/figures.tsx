/**
 * An event's participation figures: the headline sentence (also on the event page), which basis
 * the counts rest on, then the Global South share, regions and organisation types, each as a
 * chart beside its table, and the countries as a table.
 */
import type { MessageKey } from '../../../../platform/i18n/index.js';
import {
  BreakdownSection,
  type ChartDatum,
  ChartTable,
  formatCount,
  formatShare,
  ShareChart,
} from '../../../../ui/charts.js';
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

function Breakdown(props: {
  ctx: PageContext;
  id: string;
  title: string;
  column: string;
  data: ChartDatum[];
  total: number;
}) {
  const { t, locale } = props.ctx;
  return (
    <BreakdownSection
      id={props.id}
      title={props.title}
      description={t('figures.chart.description')}
      labelHeader={props.column}
      valueHeader={t('eventFigures.column.participants')}
      shareHeader={t('figures.column.share')}
      data={props.data}
      total={props.total}
      locale={locale}
      noData={t('eventFigures.noData')}
    />
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

      <section aria-labelledby="efig-gs-heading">
        <h2 id="efig-gs-heading">{t('figures.globalSouth.title')}</h2>
        <p>
          {t('figures.globalSouth.definition', { grouping: gs.grouping.name })}{' '}
          <a href={gs.grouping.sourceUrl} rel="external">
            {t('figures.globalSouth.source')}
          </a>
        </p>
        <div class="chart-pair">
          <ShareChart
            id="efig-gs"
            title={t('figures.globalSouth.title')}
            description={t('figures.chart.description')}
            data={split}
            locale={locale}
            noData={t('eventFigures.noData')}
          />
          <ChartTable
            caption={t('figures.globalSouth.title')}
            labelHeader={t('figures.column.from')}
            valueHeader={t('eventFigures.column.participants')}
            data={split}
            locale={locale}
            noData={t('eventFigures.noData')}
            shares={{
              header: t('figures.column.share'),
              total: figures.participantsWithOrganization,
            }}
          />
        </div>
      </section>

      <Breakdown
        ctx={ctx}
        id="efig-region"
        title={t('eventFigures.byRegion')}
        column={t('figures.column.region')}
        data={data(figures.byRegion, none)}
        total={figures.participantsWithOrganization}
      />
      <Breakdown
        ctx={ctx}
        id="efig-type"
        title={t('eventFigures.byType')}
        column={t('figures.column.type')}
        data={data(figures.byOrganisationType, none)}
        total={figures.participantsWithOrganization}
      />
      <section aria-labelledby="efig-country-heading">
        <h2 id="efig-country-heading">{t('eventFigures.byCountry')}</h2>
        <ChartTable
          caption={t('eventFigures.byCountry')}
          labelHeader={t('figures.column.country')}
          valueHeader={t('eventFigures.column.participants')}
          data={data(figures.byCountry, none)}
          locale={locale}
          noData={t('eventFigures.noData')}
          shares={{
            header: t('figures.column.share'),
            total: figures.participantsWithOrganization,
          }}
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
