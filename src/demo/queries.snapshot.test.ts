/** The SQL of the demo's claim on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../test/query-snapshots.js';
import * as demo from './queries.js';

const queries: Record<string, Query> = {
  claimDemoLoad: (db) => demo.claimDemoLoad(db, FIXED.at),
};

describeCompiledQueries(queries);
