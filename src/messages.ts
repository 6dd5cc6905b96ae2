/**
 * Every module's words, registered beside the platform's (platform/i18n) once per process.
 * Platform imports no module, so the composition root hands it their catalogues. Imported for
 * this effect by server.tsx, and so by boot, the tests that boot and the benchmarks; in the order
 * of the modules, though the order does not matter: a key defined twice fails here, at start.
 */
import { accountsMessages } from './modules/accounts/index.js';
import { delegationsMessages } from './modules/delegations/index.js';
import { discussionsMessages } from './modules/discussions/index.js';
import { eventsMessages } from './modules/events/index.js';
import { homeMessages } from './modules/home/index.js';
import { networkMessages } from './modules/network/index.js';
import { organizationsMessages } from './modules/organizations/index.js';
import { registerMessages } from './platform/i18n/index.js';

registerMessages(
  accountsMessages,
  networkMessages,
  organizationsMessages,
  eventsMessages,
  delegationsMessages,
  discussionsMessages,
  homeMessages,
);
