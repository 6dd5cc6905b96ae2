/**
 * A table of records, with the accessibility rules written once: a caption that names it,
 * column headers with scope, and a wrapper that scrolls on a narrow screen instead of the page,
 * reachable by keyboard and named for a screen reader (TableScroll, which every other table of
 * the app sits in too).
 */
import type { Child } from 'hono/jsx';

export type Column<T> = {
  header: string;
  /** For a column of buttons, whose header only a screen reader needs. */
  hideHeader?: boolean;
  cell: (row: T) => Child;
};

/**
 * Columns given as `false` are left out, so a column shown only to some people reads inline.
 *
 * @example <DataTable caption={t('account.tokens')} rows={tokens} columns={[{ header: t('field.tokenName'), cell: (x) => x.name }]} />
 */
export function DataTable<T>(props: {
  caption: string;
  /** Pages usually put a heading right above the table; the caption is then for screen readers. */
  captionVisible?: boolean;
  columns: (Column<T> | false)[];
  rows: T[];
  /** Said instead of an empty table. */
  empty?: string;
}) {
  if (props.rows.length === 0 && props.empty !== undefined) return <p>{props.empty}</p>;
  const columns = props.columns.filter((c): c is Column<T> => c !== false);
  return (
    <TableScroll label={props.caption}>
      <table>
        <caption class={props.captionVisible ? undefined : 'visually-hidden'}>
          {props.caption}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col">
                {c.hideHeader ? <span class="visually-hidden">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              {columns.map((c) => (
                <td>{c.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * The wrapper every wide table sits in, for the tables DataTable cannot draw (rows with
 * headers, cells spanning columns): it scrolls on a narrow screen instead of the page. A
 * keyboard must be able to reach it (tabindex) and a screen reader to name what it enters
 * (axe: scrollable-region-focusable). A group, not a region: a page often puts the table in a
 * section named like the caption, and two landmarks of one name are a violation of their own
 * (landmark-unique).
 *
 * @example <TableScroll label={t('delegations.members')}><table>…</table></TableScroll>
 */
export function TableScroll(
  props: ({ label: string; labelledBy?: never } | { labelledBy: string; label?: never }) & {
    children: Child;
  },
) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls, not a table.
    <div
      class="table-scroll"
      tabindex={0}
      role="group"
      aria-label={props.label}
      aria-labelledby={props.labelledBy}
    >
      {props.children}
    </div>
  );
}
