/**
 * The events' sections of the home page: the next events, and the latest forum with its
 * headline figures. Each is left out while it has nothing to show.
 */
import type { HomePageSection } from '../../home/index.js';
import type { Events } from '../context.js';
import { latestForum, nextEvents } from '../event/listing.js';
import { presentParticipation } from '../figures/presenters.js';
import { participationFigures } from '../figures/service.js';
import { LatestForum, UpcomingEvents } from './views/sections.js';

/** @example homeWeb(eventsHomeSections(events)) */
export const eventsHomeSections = (ctx: Events): HomePageSection[] => [
  {
    slot: 'events',
    render: async (_c, page) => {
      const upcoming = await nextEvents(ctx, page.locale, 3);
      return upcoming.length === 0 ? null : <UpcomingEvents ctx={page} events={upcoming} />;
    },
  },
  {
    slot: 'events',
    render: async (_c, page) => {
      const forum = await latestForum(ctx, page.locale);
      if (!forum) return null;
      const { row, entry } = forum;
      const figures = presentParticipation(
        { slug: entry.slug, title: entry.title },
        await participationFigures(ctx, row),
        page.locale,
      );
      return <LatestForum ctx={page} forum={entry} figures={figures} />;
    },
  },
];
