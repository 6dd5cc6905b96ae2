/** Uploading import files through the pages, as a browser does; shared by the import and export tests. */
import { stringify } from 'csv-stringify/sync';
import { importSettled } from '../src/modules/organizations/import/service.js';
import type { TestClient } from './app.js';

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

/** A CSV text from rows of cells, the first row being the header. */
export const csv = (rows: string[][], delimiter = ',') =>
  stringify(rows, { delimiter, record_delimiter: '\r\n' });

/** Posts the upload form (multipart, with the page's CSRF token); returns the response. */
export async function uploadImport(
  client: TestClient,
  content: string | Uint8Array,
  options: { name?: string; admit?: boolean } = {},
) {
  const token = csrfOf((await client.get('/admin/organizations/import')).html);
  const form = new FormData();
  form.set('_csrf', token);
  if (options.admit ?? true) form.set('admit', '1');
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  form.set(
    'file',
    new File([new Uint8Array(bytes)], options.name ?? 'organisations.csv', { type: 'text/csv' }),
  );
  return client.request('/admin/organizations/import', { method: 'POST', body: form });
}

/** Confirms a checked job and waits until it has run; returns the job page after it. */
export async function runImportJob(client: TestClient, jobPath: string, mode: 'all' | 'valid') {
  await client.get(jobPath);
  const started = await client.post(`${jobPath}/start`, { mode });
  await importSettled(jobPath.split('/').pop()!);
  return { started, page: await client.get(jobPath) };
}

/** Uploads and imports a file whole; throws unless the file was accepted. */
export async function importFile(
  client: TestClient,
  content: string,
  options: { name?: string; admit?: boolean } = {},
) {
  const uploaded = await uploadImport(client, content, options);
  if (uploaded.status !== 303 || !uploaded.location) {
    throw new Error(`upload refused: ${uploaded.status}`);
  }
  return runImportJob(client, uploaded.location, 'all');
}
