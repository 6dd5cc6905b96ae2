/** The network in figures: headline counts, then each breakdown as a chart beside its table. */
import { Breakdown, type BreakdownWords, ShareSection } from '../../../../ui/breakdown.js';
import { type ChartDatum, ChartTable, formatCount, formatShare } from '../../../../ui/charts.js';
import type { PageContext } from '../../../../ui/page.js';
import type { FiguresView } from '../presenters.js';
import type { NetworkHeadline } from '../service.js';

export const FIGURES_PATH = '/network/figures';

const data = (items: { name: string | null; members: number }[], none: string): ChartDatum[] =>
  items.map((item) => ({ label: item.name ?? none, value: item.members }));

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
  const words: BreakdownWords = {
    locale,
    description: t('figures.chart.description'),
    valueHeader: t('figures.column.members'),
    shareHeader: t('figures.column.share'),
    noData: t('figures.noData'),
  };
  // Every share on the page is of all members.
  const total = figures.members;
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

      <ShareSection
        words={words}
        id="fig-gs"
        title={t('figures.globalSouth.title')}
        definition={t('figures.globalSouth.definition', { grouping: gs.grouping.name })}
        source={{ label: t('figures.globalSouth.source'), url: gs.grouping.sourceUrl }}
        column={t('figures.column.from')}
        data={[
          { label: t('figures.globalSouth.part'), value: gs.members },
          { label: t('figures.globalSouth.elsewhere'), value: gs.elsewhere },
        ]}
        total={total}
      />

      <Breakdown
        words={words}
        id="fig-region"
        title={t('figures.byRegion')}
        column={t('figures.column.region')}
        data={data(figures.byRegion, none)}
        total={total}
      />
      <Breakdown
        words={words}
        id="fig-subregion"
        title={t('figures.bySubRegion')}
        column={t('figures.column.subRegion')}
        data={data(figures.bySubRegion, none)}
        total={total}
      />
      <Breakdown
        words={words}
        id="fig-sdg"
        title={t('figures.bySdg')}
        note={t('figures.bySdg.note')}
        column={t('figures.column.sdg')}
        data={figures.bySdg.map((s) => ({ label: `${s.code}. ${s.name}`, value: s.members }))}
        total={total}
      />
      <Breakdown
        words={words}
        id="fig-type"
        title={t('figures.byType')}
        column={t('figures.column.type')}
        data={data(figures.byOrganisationType, none)}
        total={total}
      />

      <section aria-labelledby="fig-country-heading">
        <h2 id="fig-country-heading">{t('figures.byCountry')}</h2>
        <details>
          <summary>{t('figures.byCountry.show', { count: figures.countries })}</summary>
          <ChartTable
            caption={t('figures.byCountry')}
            labelHeader={t('figures.column.country')}
            valueHeader={words.valueHeader}
            data={data(figures.byCountry, none)}
            locale={locale}
            noData={words.noData}
            shares={{ header: words.shareHeader, total }}
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

/** The home page's section: the headline counts and the way to the full figures. */
export function FiguresHomeSection(props: { ctx: PageContext; headline: NetworkHeadline }) {
  const { t, locale } = props.ctx;
  const figures = props.headline;
  const share = figures.globalSouth.share;
  return (
    <section aria-labelledby="home-network-figures">
      <h2 id="home-network-figures">{t('figures.title')}</h2>
      <ul class="figures">
        <Headline
          value={formatCount(figures.members, locale)}
          label={t('figures.members', { count: figures.members })}
        />
        <Headline
          value={formatCount(figures.countries, locale)}
          label={t('figures.countries', { count: figures.countries })}
        />
        {share !== null && (
          <Headline value={formatShare(share, locale)} label={t('figures.globalSouthShare')} />
        )}
      </ul>
      <p>
        <a href={FIGURES_PATH}>{t('figures.home.link')}</a>
      </p>
    </section>
  );
}
