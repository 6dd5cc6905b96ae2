import { describe, expect, it } from 'vitest';
import { BarChart, ChartTable, ShareChart, wrapLabel } from './charts.js';

const html = (element: unknown) => String(element);
const barWidths = (markup: string) =>
  [...markup.matchAll(/<rect x="0" y="[\d.]+" width="([\d.]+)" height="14"/g)].map((m) =>
    Number(m[1]),
  );

const REGIONS = [
  { label: 'Asia', value: 12 },
  { label: 'Africa', value: 6 },
  { label: 'Americas', value: 3 },
  { label: 'Europe', value: 1 },
];

describe('BarChart', () => {
  it('draws bars proportional to the values, with each value written after its bar', () => {
    const markup = html(
      <BarChart id="r" title="Members by region" data={REGIONS} locale="en" noData="None" />,
    );
    const widths = barWidths(markup);
    expect(widths).toHaveLength(4);
    for (const [i, d] of REGIONS.entries()) {
      expect(widths[i]! / widths[0]!).toBeCloseTo(d.value / 12, 6);
    }
    expect(markup).toMatch(/font-weight="600">12<\/text>/);
    expect(markup).toMatch(/font-weight="600">1<\/text>/);
    expect(markup).not.toContain('NaN');
  });

  it('is a named picture that scales to its container, without inline styles', () => {
    const markup = html(
      <BarChart
        id="sdg"
        title="Members by SDG"
        description="The same figures are in the table below."
        data={REGIONS}
        locale="en"
        noData="None"
      />,
    );
    expect(markup).toMatch(/^<svg class="chart" viewBox="0 0 320 \d+" width="100%" role="img"/);
    expect(markup).toContain('aria-labelledby="sdg-title"');
    expect(markup).toContain('<title id="sdg-title">Members by SDG</title>');
    expect(markup).toContain('aria-describedby="sdg-desc"');
    expect(markup).not.toContain('style=');
  });

  it('draws 17 rows and formats numbers in the page language', () => {
    const data = Array.from({ length: 17 }, (_, i) => ({ label: `SDG ${i + 1}`, value: i * 1000 }));
    const markup = html(<BarChart id="s" title="t" data={data} locale="ru" noData="None" />);
    // The first goal has no members: no bar, but its 0 is written.
    expect(barWidths(markup)).toHaveLength(16);
    expect(markup.match(/class="chart-row"/g)).toHaveLength(17);
    expect(markup).toContain('16\u00a0000</text>');
  });

  it('shows a "no data" message instead of a chart for empty or all-zero data', () => {
    for (const data of [[], [{ label: 'Asia', value: 0 }], [{ label: 'x', value: Number.NaN }]]) {
      const markup = html(
        <BarChart id="e" title="t" data={data} locale="en" noData="No figures yet" />,
      );
      expect(markup).toBe('<p class="chart-empty">No figures yet</p>');
    }
  });

  it('escapes labels', () => {
    const markup = html(
      <BarChart
        id="x"
        title={'<b>"title"</b>'}
        data={[{ label: '<script>alert(1)</script> & co', value: 2 }]}
        locale="en"
        noData="None"
      />,
    );
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<b>');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
  });
});

describe('ShareChart', () => {
  const share = [
    { label: 'Global South', value: 3 },
    { label: 'Elsewhere', value: 1 },
  ];

  it('shows the first part as a share in the middle and names each part with value and share', () => {
    const markup = html(
      <ShareChart id="gs" title="Share" data={share} locale="en" noData="None" />,
    );
    expect(markup).toContain('font-weight="700">75%</text>');
    expect(markup).toContain('Global South: 3 (75%)');
    expect(markup).toContain('Elsewhere: 1 (25%)');
    // Parts differ by pattern, not colour alone.
    expect(markup).toContain('fill="url(#gs-hatch)"');
    expect(markup.match(/<path d="M[^"]+"/g)).toHaveLength(2);
    expect(markup).not.toContain('NaN');
  });

  it('draws a whole ring when one part is everything', () => {
    const markup = html(
      <ShareChart
        id="gs"
        title="Share"
        data={[
          { label: 'Global South', value: 5 },
          { label: 'Elsewhere', value: 0 },
        ]}
        locale="az"
        noData="None"
      />,
    );
    expect(markup.match(/<path d="M[^"]+"/g)).toHaveLength(1);
    expect(markup).toMatch(/font-weight="700">(%100|100%)<\/text>/);
    expect(markup).not.toContain('NaN');
  });

  it('shows "no data" when the whole is zero', () => {
    const markup = html(
      <ShareChart
        id="gs"
        title="Share"
        data={[
          { label: 'Global South', value: 0 },
          { label: 'Elsewhere', value: 0 },
        ]}
        locale="en"
        noData="No members yet"
      />,
    );
    expect(markup).toBe('<p class="chart-empty">No members yet</p>');
  });
});

describe('ChartTable', () => {
  it('holds the same numbers, with row headers and shares of the total', () => {
    const markup = html(
      <ChartTable
        caption="Members by region"
        labelHeader="Region"
        valueHeader="Members"
        data={REGIONS}
        locale="en"
        noData="None"
        shares={{ header: 'Share' }}
      />,
    );
    expect(markup).toContain('<caption>Members by region</caption>');
    expect(markup).toContain('<th scope="col">Region</th>');
    expect(markup).toContain(
      '<tr><th scope="row">Asia</th><td class="num">12</td><td class="num">55%</td></tr>',
    );
  });

  it('says there is nothing rather than showing NaN', () => {
    const markup = html(
      <ChartTable
        caption="c"
        labelHeader="l"
        valueHeader="v"
        data={[{ label: 'Asia', value: 0 }]}
        locale="en"
        noData="None"
        shares={{ header: 'Share' }}
      />,
    );
    expect(markup).toContain('<td class="num">–</td>');
    expect(markup).not.toContain('NaN');
    const empty = html(
      <ChartTable
        caption="c"
        labelHeader="l"
        valueHeader="v"
        data={[]}
        locale="en"
        noData="None"
      />,
    );
    expect(empty).toContain('<td colspan="2">None</td>');
  });
});

describe('wrapLabel', () => {
  it('breaks long labels at spaces into at most two lines', () => {
    expect(wrapLabel('Peace, justice and strong institutions', 20)).toEqual([
      'Peace, justice and',
      'strong institutions',
    ]);
    expect(wrapLabel('one two three four five six seven', 10)).toEqual(['one two', 'three fou…']);
    expect(wrapLabel('Asia')).toEqual(['Asia']);
  });
});
