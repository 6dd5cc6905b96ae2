/**
 * The sections a figures page is made of (the network's, an event's): each breakdown as a bar
 * chart beside its table, and a part of the whole (the Global South) as a share chart beside
 * its table, with what the part means and where its definition comes from. The words are the
 * page's, given once for all its sections: ui knows no module's words.
 *
 * @example
 * const words = { locale, description, valueHeader: 'Members', shareHeader: 'Share', noData };
 * <Breakdown words={words} id="fig-region" title="Members by region" column="Region"
 *   data={[{ label: 'Asia', value: 12 }]} total={40} />
 */
import type { Locale } from '../platform/i18n/index.js';
import { BarChart, type ChartDatum, ChartTable, ShareChart } from './charts.js';

/** What every section of one figures page says alike. */
export type BreakdownWords = {
  locale: Locale;
  /** What a chart says of itself to assistive technology (its table holds the numbers). */
  description: string;
  /** The counted column's header: members, participants. */
  valueHeader: string;
  /** The header of each row's share of the total. */
  shareHeader: string;
  noData: string;
};

type SectionProps = {
  words: BreakdownWords;
  /** The chart's id; the heading's is `<id>-heading`. */
  id: string;
  title: string;
  /** The header of the table's first column: what each row is (a region, a type). */
  column: string;
  data: readonly ChartDatum[];
  /** Each row's share is of this. */
  total: number;
};

/** The table beside a chart: the same numbers, each with its share of `total`. */
const Table = (props: SectionProps) => (
  <ChartTable
    caption={props.title}
    labelHeader={props.column}
    valueHeader={props.words.valueHeader}
    data={props.data}
    locale={props.words.locale}
    noData={props.words.noData}
    shares={{ header: props.words.shareHeader, total: props.total }}
  />
);

/** One breakdown: a heading, an optional note, the bar chart and its table. */
export function Breakdown(props: SectionProps & { note?: string | undefined }) {
  const { words } = props;
  const headingId = `${props.id}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.note && <p class="hint">{props.note}</p>}
      <div class="chart-pair">
        <BarChart
          id={props.id}
          title={props.title}
          description={words.description}
          data={props.data}
          locale={words.locale}
          noData={words.noData}
        />
        <Table {...props} />
      </div>
    </section>
  );
}

/**
 * A part of the whole against the rest: a heading, what the part is with a link to where that
 * definition comes from, the share chart and its table.
 */
export function ShareSection(
  props: SectionProps & { definition: string; source: { label: string; url: string } },
) {
  const { words } = props;
  const headingId = `${props.id}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      <p>
        {props.definition}{' '}
        <a href={props.source.url} rel="external">
          {props.source.label}
        </a>
      </p>
      <div class="chart-pair">
        <ShareChart
          id={props.id}
          title={props.title}
          description={words.description}
          data={props.data}
          locale={words.locale}
          noData={words.noData}
        />
        <Table {...props} />
      </div>
    </section>
  );
}
