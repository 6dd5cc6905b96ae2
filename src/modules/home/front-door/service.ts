/** What the home page shows of the network, read from the modules that hold it. */
import { countPeople } from '../../accounts/index.js';
import type { Home } from '../context.js';

export type NetworkFigures = { people: number };

export const networkFigures = async (ctx: Home): Promise<NetworkFigures> => ({
  people: await countPeople(ctx.deps.db.kysely),
});
