import type { Catalogue } from '../../../platform/i18n/index.js';
import { az } from './az.js';
import { en } from './en.js';
import { ru } from './ru.js';

/** Events' words in every language; src/messages.ts registers them with platform/i18n. */
export const eventsMessages: Catalogue = { en, az, ru };
