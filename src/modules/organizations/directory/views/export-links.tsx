/** Links from the directory to the same organisations as CSV and JSON (see export/routes.ts). */
import type { PageContext } from '../../../../ui/page.js';
import type { DirectoryQuery } from '../service.js';

/** The export's URL for the directory's current query; the page cursor is not part of it. */
export function exportPath(query: DirectoryQuery, format: 'csv' | 'json') {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, after: undefined, all: undefined })) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/organizations/export.${format}${search ? `?${search}` : ''}`;
}

export const DirectoryExportLinks = (props: { ctx: PageContext; query: DirectoryQuery }) => (
  <p class="row">
    {props.ctx.t('export.links')}{' '}
    <a href={exportPath(props.query, 'csv')}>{props.ctx.t('export.csv')}</a>{' '}
    <a href={exportPath(props.query, 'json')}>{props.ctx.t('export.json')}</a>
  </p>
);
