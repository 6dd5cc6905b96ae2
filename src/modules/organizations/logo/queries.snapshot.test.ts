/** The SQL of the logo queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as logo from './queries.js';

const { at, id } = FIXED;

const queries: Record<string, Query> = {
  lockLogoFile: (db, engine) => logo.lockLogoFile(db, id, engine),
  setLogo: (db) =>
    logo.setLogo(
      db,
      id,
      {
        logo_file: '0196f0c2-0000-7000-8000-000000000005.webp',
        logo_width: 400,
        logo_height: 267,
        logo_updated_at: at,
      },
      at,
    ),
  removeLogo: (db) =>
    logo.setLogo(
      db,
      id,
      { logo_file: null, logo_width: null, logo_height: null, logo_updated_at: null },
      at,
    ),
};

describeCompiledQueries(queries);
