import type { Catalogue } from '../../../platform/i18n/index.js';
import { az } from './az.js';
import { en } from './en.js';
import { ru } from './ru.js';

/** The discussions module's words in every language; src/messages.ts registers them with platform/i18n. */
export const discussionsMessages: Catalogue = { en, az, ru };
