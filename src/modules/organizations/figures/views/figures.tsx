/** The network in figures: headline counts, then each breakdown as a chart beside its table. */
import {
  BreakdownSection,
  type ChartDatum,
  ChartTable,
  formatCount,
  formatShare,
  ShareChart,
} from '../../../../ui/charts.js';
import type { PageContext } from '../../../../ui/page.js';
import type { FiguresView } from '../presenters.js';

export const FIGURES_PATH = '/network/figures';

const data = (items: { name: string | null; members: number }[], none: string): ChartDatum[] =>
  items.map((item) => ({ label: item.name ?? none, value: item.members }));

function Breakdown(props: {
  ctx: PageContext;
  id: string;
  title: string;
  note?: string;
  column: string;
  data: ChartDatum[];
  /** Members in all: each row's share is of this. */
  members: number;
}) {
  const { t, locale } = props.ctx;
  return (
    <BreakdownSection
      id={props.id}
      title={props.title}
      note={props.note}
      description={t('figures.chart.description')}
      labelHeader={props.column}
      valueHeader={t('figures.column.members')}
      shareHeader={t('figures.column.share')}
      data={props.data}
      total={props.members}
      locale={locale}
      noData={t('figures.noData')}
    />
  );
}

const Headline = (props: { value: string; label: string }) => (
  <li>
    <strong>{props.value}</strong> {props.label}
  </li>
);

export function FiguresPage(props: { ctx: PageContext; figures: FiguresView; date: string }) {
  const { ctx, figures } = props;
  const { t, locale } = ctx;
  const gs = figures.globalSouth;
  const none = t('figures.type.none');
  const share = gs.share === null ? '–' : formatShare(gs.share, locale);
  return (
    <>
      <h1>{t('figures.title')}</h1>
      <p class="lead">{t('figures.lead', { date: props.date })}</p>
      <ul class="figures">
        <Headline
          value={formatCount(figures.members, locale)}
          label={t('figures.members', { count: figures.members })}
        />
        <Headline
          value={formatCount(figures.countries, locale)}
          label={t('figures.countries', { count: figures.countries })}
        />
        <Headline value={share} label={t('figures.globalSouthShare')} />
        <Headline
          value={formatCount(figures.verifiedMembers, locale)}
          label={t('figures.verified', { count: figures.verifiedMembers })}
        />
      </ul>

      <section aria-labelledby="fig-gs-heading">
        <h2 id="fig-gs-heading">{t('figures.globalSouth.title')}</h2>
        <p>
          {t('figures.globalSouth.definition', { grouping: gs.grouping.name })}{' '}
          <a href={gs.grouping.sourceUrl} rel="external">
            {t('figures.globalSouth.source')}
          </a>
        </p>
        <div class="chart-pair">
          <ShareChart
            id="fig-gs"
            title={t('figures.globalSouth.title')}
            description={t('figures.chart.description')}
            data={[
              { label: t('figures.globalSouth.part'), value: gs.members },
              { label: t('figures.globalSouth.elsewhere'), value: gs.elsewhere },
            ]}
            locale={locale}
            noData={t('figures.noData')}
          />
          <ChartTable
            caption={t('figures.globalSouth.title')}
            labelHeader={t('figures.column.from')}
            valueHeader={t('figures.column.members')}
            data={[
              { label: t('figures.globalSouth.part'), value: gs.members },
              { label: t('figures.globalSouth.elsewhere'), value: gs.elsewhere },
            ]}
            locale={locale}
            noData={t('figures.noData')}
            shares={{ header: t('figures.column.share'), total: figures.members }}
          />
        </div>
      </section>

      <Breakdown
        ctx={ctx}
        id="fig-region"
        title={t('figures.byRegion')}
        column={t('figures.column.region')}
        data={data(figures.byRegion, none)}
        members={figures.members}
      />
      <Breakdown
        ctx={ctx}
        id="fig-subregion"
        title={t('figures.bySubRegion')}
        column={t('figures.column.subRegion')}
        data={data(figures.bySubRegion, none)}
        members={figures.members}
      />
      <Breakdown
        ctx={ctx}
        id="fig-sdg"
        title={t('figures.bySdg')}
        note={t('figures.bySdg.note')}
        column={t('figures.column.sdg')}
        data={figures.bySdg.map((s) => ({ label: `${s.code}. ${s.name}`, value: s.members }))}
        members={figures.members}
      />
      <Breakdown
        ctx={ctx}
        id="fig-type"
        title={t('figures.byType')}
        column={t('figures.column.type')}
        data={data(figures.byOrganisationType, none)}
        members={figures.members}
      />

      <section aria-labelledby="fig-country-heading">
        <h2 id="fig-country-heading">{t('figures.byCountry')}</h2>
        <details>
          <summary>{t('figures.byCountry.show', { count: figures.countries })}</summary>
          <ChartTable
            caption={t('figures.byCountry')}
            labelHeader={t('figures.column.country')}
            valueHeader={t('figures.column.members')}
            data={data(figures.byCountry, none)}
            locale={locale}
            noData={t('figures.noData')}
            shares={{ header: t('figures.column.share'), total: figures.members }}
          />
        </details>
      </section>

      <p>
        <a href={`${FIGURES_PATH}.json?lang=${locale}`} type="application/json">
          {t('figures.json')}
        </a>
      </p>
    </>
  );
}
