/**
 * The directory as a file: GET /organizations/export.csv and /organizations/export.json, with
 * the directory's query string. Public, like the directory; streamed, and left uncompressed
 * by the server (compress.ts buffers whole bodies) so that it is sent as it is read.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import type { Organizations } from '../context.js';
import { DirectoryQuerySchema } from '../directory/service.js';
import { exportCsv, exportJson } from './service.js';

const headers = (type: string, file: string) => ({
  'content-type': type,
  'content-disposition': `attachment; filename="${file}"`,
  'cache-control': 'no-store, no-transform',
});

export function organizationExportRoutes(ctx: Organizations) {
  const app = new Hono<AppEnv>();

  app.get('/export.csv', (c) => {
    const query = DirectoryQuerySchema.parse(c.req.query());
    return c.body(
      exportCsv(ctx, query),
      200,
      headers('text/csv; charset=utf-8', 'organisations.csv'),
    );
  });

  app.get('/export.json', (c) => {
    const query = DirectoryQuerySchema.parse(c.req.query());
    return c.body(
      exportJson(ctx, query),
      200,
      headers('application/json; charset=utf-8', 'organisations.json'),
    );
  });

  return app;
}
