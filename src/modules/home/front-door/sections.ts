/**
 * The home page's extension point. Home sits low (it imports no module), yet the page shows
 * what other modules know: each offers a `HomePageSection` through home's index, and server.tsx
 * hands them to `homeWeb`. The slots fix the order, so a module cannot push itself first.
 */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../../../platform/http/context.js';
import type { PageContext } from '../../../ui/page.js';

/**
 * The page's slots, top to bottom: who the network is and what to do next, its events, its
 * figures, then what later modules say (statements, discussions).
 */
export const HOME_PAGE_SLOTS = [
  'identity',
  'events',
  'network',
  'statements',
  'discussions',
] as const;
export type HomePageSlot = (typeof HOME_PAGE_SLOTS)[number];

/**
 * A section of the home page: rendered into its slot, or left out (heading and all) when it
 * returns null. A visitor's page is cached per language, so a section must look the same to
 * every visitor in one language; what differs for a signed-in person is read from `page.actor`.
 */
export type HomePageSection = {
  slot: HomePageSlot;
  render: (c: Context<AppEnv>, page: PageContext) => Promise<Child | null> | Child | null;
};

/** The sections in slot order; those sharing a slot keep the order they were offered in. */
export const inSlotOrder = (sections: readonly HomePageSection[]) =>
  [...sections].sort((a, b) => HOME_PAGE_SLOTS.indexOf(a.slot) - HOME_PAGE_SLOTS.indexOf(b.slot));
