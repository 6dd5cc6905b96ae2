/**
 * Charts drawn on the server as SVG: no script, no inline styles (the CSP forbids them; colours
 * are presentation attributes), sized by their viewBox so they shrink to a 320 px phone.
 *
 * Accessibility, the same way everywhere: a chart is one picture (`role="img"`) named by its
 * `<title>` and described by its `<desc>`; the numbers themselves are read from the table that
 * the page puts next to it (`ChartTable`, same data). Bars and parts carry their value as text,
 * and parts of a share chart differ by pattern as well as colour.
 *
 * @example
 * <BarChart id="by-region" title="Members by region" data={[{ label: 'Asia', value: 12 }]}
 *   locale="az" noData="No figures yet" />
 * <ChartTable caption="Members by region" labelHeader="Region" valueHeader="Members"
 *   data={data} locale="az" />
 */
import { scaleLinear } from 'd3-scale';
import { arc, type PieArcDatum, pie } from 'd3-shape';
import type { Child } from 'hono/jsx';
import type { Locale } from '../platform/i18n/index.js';
import { TableScroll } from './data-table.js';

export type ChartDatum = { label: string; value: number };

type ChartProps = {
  /** Unique on the page: the ids inside the SVG derive from it. */
  id: string;
  /** What the chart shows; its accessible name. */
  title: string;
  /** Its accessible description, e.g. where the same numbers are in a table. */
  description?: string | undefined;
  data: readonly ChartDatum[];
  locale: Locale;
  /** Shown instead of a chart when there is nothing to draw. */
  noData: string;
};

const INK = '#1b1f24';
const MUTED = '#4d5560';
const GRID = '#c9ced6';
const BAR = '#0b5c3b';
const WIDTH = 320;
const FONT = 15;
const LINE = 18;
const BAR_HEIGHT = 14;
/** Room after the longest bar for its value. */
const VALUE_ROOM = 56;
/** About as many characters as fit across the chart at FONT (Latin and Cyrillic alike). */
const LINE_CHARS = 34;

// Building a number format costs more than drawing a bar: one of each per language.
const countFormats = new Map<Locale, Intl.NumberFormat>();
const shareFormats = new Map<Locale, Intl.NumberFormat>();

export function formatCount(value: number, locale: Locale) {
  let format = countFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    countFormats.set(locale, format);
  }
  return format.format(value);
}

export function formatShare(share: number, locale: Locale) {
  let format = shareFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    shareFormats.set(locale, format);
  }
  return format.format(share);
}

/** Nothing to draw: no data, or only zeros and values that are not finite numbers. */
const drawable = (data: readonly ChartDatum[]) =>
  data.some((d) => Number.isFinite(d.value) && d.value > 0);

const safe = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

/** A label broken into at most two lines at spaces; a longer one ends in an ellipsis. */
export function wrapLabel(label: string, chars = LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 2)
    return lines.map((l) => (l.length > chars ? `${l.slice(0, chars - 1)}…` : l));
  const second = lines.slice(1).join(' ');
  return [lines[0]!, `${second.slice(0, chars - 1)}…`];
}

const NoData = (props: { text: string }) => <p class="chart-empty">{props.text}</p>;

function Frame(props: {
  id: string;
  title: string;
  description?: string | undefined;
  height: number;
  children: Child;
}) {
  const { id } = props;
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${WIDTH} ${Math.ceil(props.height)}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={props.description ? `${id}-desc` : undefined}
      font-size={FONT}
      fill={INK}
    >
      <title id={`${id}-title`}>{props.title}</title>
      {props.description && <desc id={`${id}-desc`}>{props.description}</desc>}
      {props.children}
    </svg>
  );
}

/**
 * Horizontal bars, one per datum in the given order, each with its label above it and its value
 * after it; a linear scale from zero with a few round gridlines. Fits 5 to 20 rows.
 */
export function BarChart(props: ChartProps) {
  const { data, locale } = props;
  if (!drawable(data)) return <NoData text={props.noData} />;
  const max = Math.max(...data.map((d) => safe(d.value)));
  const x = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([0, WIDTH - VALUE_ROOM]);
  const whole = data.every((d) => Number.isInteger(d.value));
  const ticks = x.ticks(4).filter((tick) => !whole || Number.isInteger(tick));

  let y = 4;
  const rows = data.map((d) => {
    const lines = wrapLabel(d.label);
    const top = y;
    const barTop = top + lines.length * LINE + 4;
    y = barTop + BAR_HEIGHT + 12;
    return { d, lines, top, barTop, width: x(safe(d.value)) };
  });
  const axisTop = y;
  return (
    <Frame id={props.id} title={props.title} description={props.description} height={y + 22}>
      <g stroke={GRID} stroke-width="1">
        {ticks.map((tick) => (
          <line x1={x(tick) + 0.5} x2={x(tick) + 0.5} y1={0} y2={axisTop} />
        ))}
      </g>
      <g fill={MUTED} font-size={FONT - 2}>
        {ticks.map((tick, i) => (
          <text
            x={x(tick)}
            y={axisTop + 16}
            text-anchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
          >
            {formatCount(tick, locale)}
          </text>
        ))}
      </g>
      {rows.map((row) => (
        <g class="chart-row">
          {row.lines.map((line, i) => (
            <text x={0} y={row.top + (i + 1) * LINE - 4}>
              {line}
            </text>
          ))}
          {row.width > 0 && (
            <rect x={0} y={row.barTop} width={row.width} height={BAR_HEIGHT} fill={BAR} />
          )}
          <text x={row.width + 6} y={row.barTop + BAR_HEIGHT - 2} font-weight="600">
            {formatCount(row.d.value, locale)}
          </text>
        </g>
      ))}
    </Frame>
  );
}

/** Fills for the parts of a share: a colour and, after the first, a pattern as well. */
const PARTS = [
  { fill: BAR, pattern: undefined },
  { fill: '#ffffff', pattern: 'hatch' },
  { fill: '#0a4f8a', pattern: undefined },
  { fill: '#ffffff', pattern: 'dots' },
] as const;

function Patterns(props: { id: string }) {
  return (
    <defs>
      <pattern
        id={`${props.id}-hatch`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={MUTED} stroke-width="3" />
      </pattern>
      <pattern id={`${props.id}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#ffffff" />
        <circle cx="3" cy="3" r="1.6" fill={INK} />
      </pattern>
    </defs>
  );
}

const partFill = (id: string, index: number) => {
  const part = PARTS[index % PARTS.length]!;
  return part.pattern ? `url(#${id}-${part.pattern})` : part.fill;
};

/**
 * A whole and its parts as a ring (d3-shape's pie and arc), with the first part's share in the
 * middle and a legend naming each part with its value and share. Meant for two to four parts.
 */
export function ShareChart(props: ChartProps) {
  const { data, locale, id } = props;
  if (!drawable(data)) return <NoData text={props.noData} />;
  const total = data.reduce((sum, d) => sum + safe(d.value), 0);
  const slices = pie<ChartDatum>()
    .value((d) => safe(d.value))
    .sort(null)(data as ChartDatum[]);
  const ring = arc<PieArcDatum<ChartDatum>>().innerRadius(48).outerRadius(80);
  const cx = WIDTH / 2;
  let y = 180;
  const legend = data.map((d) => {
    const text = `${d.label}: ${formatCount(d.value, locale)} (${formatShare(safe(d.value) / total, locale)})`;
    const lines = wrapLabel(text, LINE_CHARS - 4);
    const top = y;
    y += Math.max(lines.length * LINE, 18) + 8;
    return { lines, top };
  });
  return (
    <Frame id={id} title={props.title} description={props.description} height={y}>
      <Patterns id={id} />
      <g transform={`translate(${cx} 86)`} stroke={INK} stroke-width="1.5">
        {slices.map((slice, i) =>
          slice.value > 0 ? <path d={ring(slice) ?? ''} fill={partFill(id, i)} /> : null,
        )}
      </g>
      <text x={cx} y={94} text-anchor="middle" font-size="24" font-weight="700">
        {formatShare(safe(data[0]!.value) / total, locale)}
      </text>
      {legend.map((entry, i) => (
        <g class="chart-row">
          <rect
            x={8}
            y={entry.top}
            width="18"
            height="18"
            fill={partFill(id, i)}
            stroke={INK}
            stroke-width="1.5"
          />
          {entry.lines.map((line, j) => (
            <text x={36} y={entry.top + 14 + j * LINE}>
              {line}
            </text>
          ))}
        </g>
      ))}
    </Frame>
  );
}

/**
 * The numbers a chart shows, as a table: the accessible source of every chart, and what a person
 * copies from. With `shares`, a third column gives each row's part of `total` (or of the sum).
 */
export function ChartTable(props: {
  caption: string;
  labelHeader: string;
  valueHeader: string;
  data: readonly ChartDatum[];
  locale: Locale;
  noData: string;
  shares?: { header: string; total?: number } | undefined;
}) {
  const { data, locale, shares } = props;
  const total = shares?.total ?? data.reduce((sum, d) => sum + safe(d.value), 0);
  return (
    <TableScroll label={props.caption}>
      <table class="chart-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.labelHeader}</th>
            <th scope="col" class="num">
              {props.valueHeader}
            </th>
            {shares && (
              <th scope="col" class="num">
                {shares.header}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {data.length === 0 ? (
            <tr>
              <td colspan={shares ? 3 : 2}>{props.noData}</td>
            </tr>
          ) : (
            data.map((d) => (
              <tr>
                <th scope="row">{d.label}</th>
                <td class="num">{formatCount(d.value, locale)}</td>
                {shares && (
                  <td class="num">
                    {total > 0 ? formatShare(safe(d.value) / total, locale) : '–'}
                  </td>
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
