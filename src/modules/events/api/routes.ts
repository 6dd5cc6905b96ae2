/**
 * Events in the JSON API, read-only: the public list with the /events page's filters, one
 * event, and its programme. Whoever may see the event page may read it here (a draft only its
 * organisers, with a token); the participation figures stay at /events/{slug}/figures.json,
 * which the event links to.
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  type ApiContribution,
  ApiErrorSchema,
  ApiValidationErrorSchema,
  jsonResponse,
} from '../../../platform/http/api.js';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import type { Events } from '../context.js';
import { listEventRows } from '../event/listing.js';
import { presentEvent } from '../event/presenters.js';
import { EventListQuerySchema } from '../event/schema.js';
import * as service from '../event/service.js';
import { authorize } from '../policy.js';
import { programmeData } from '../programme/service.js';
import { publicParticipation } from '../registration/participants/service.js';
import { registrationClosedReason, seesOnlineLink } from '../registration/service.js';
import {
  presentEventForApi,
  presentEventPageForApi,
  presentProgrammeForApi,
} from './presenters.js';
import {
  EventListApiQuerySchema,
  EventPageSchema,
  EventSchema,
  EventSlugParam,
  ProgrammeSchema,
} from './schema.js';

const notVisible = jsonResponse(
  ApiErrorSchema,
  'No such event, or a draft the caller does not organise',
);

const list = createRoute({
  method: 'get',
  path: '/v1/events',
  summary: 'List public events, upcoming or past, with the events page’s filters',
  request: { query: EventListApiQuerySchema },
  responses: {
    200: jsonResponse(EventPageSchema, 'One page of 20, in the list’s order'),
    422: jsonResponse(ApiValidationErrorSchema, 'Parameters with their messages'),
  },
});

const get = createRoute({
  method: 'get',
  path: '/v1/events/{slug}',
  summary: 'One event: times, place, organisers, registration and public counts',
  request: { params: EventSlugParam },
  responses: { 200: jsonResponse(EventSchema, 'The event'), 404: notVisible },
});

const programme = createRoute({
  method: 'get',
  path: '/v1/events/{slug}/programme',
  summary: 'An event’s programme: sessions with rooms, times, speakers, tracks and topics',
  request: { params: EventSlugParam },
  responses: { 200: jsonResponse(ProgrammeSchema, 'Every session, by start'), 404: notVisible },
});

/** @example apiRoutes(accounts, [organizationApi(organizations), eventApi(events)]) */
export function eventApi(ctx: Events): ApiContribution {
  const { baseUrl } = ctx.deps.config;

  /** The event in the path if the caller may see it; else 404, a draft included. */
  async function load(c: Context<AppEnv>) {
    const found = await service.loadEvent(ctx, c.req.param('slug') ?? '', c.get('actor'));
    if (!found) throw notFound();
    authorize(c.get('actor'), 'event.view', found.scope);
    return found;
  }

  return (api) => {
    api.openapi(list, async (c) => {
      // Validated strictly above; the page's own schema then reads the same values.
      const query = EventListQuerySchema.parse(c.req.valid('query'));
      const locale = c.get('locale');
      const rows = await listEventRows(ctx, query, locale);
      return c.json(presentEventPageForApi(rows, baseUrl, locale), 200);
    });

    api.openapi(get, async (c) => {
      const { event, scope } = await load(c);
      const locale = c.get('locale');
      const [details, participation, onlineLink] = await Promise.all([
        service.eventDetails(ctx, event, locale),
        publicParticipation(ctx, event, locale),
        seesOnlineLink(ctx, event, scope, c.get('actor')),
      ]);
      const view = presentEvent(event, details, locale, { onlineLink });
      const closedReason = registrationClosedReason(event);
      return c.json(presentEventForApi(view, { closedReason, participation }, baseUrl), 200);
    });

    api.openapi(programme, async (c) => {
      const { event } = await load(c);
      const data = await programmeData(ctx, event);
      return c.json(presentProgrammeForApi(event, data, c.get('locale'), baseUrl), 200);
    });
  };
}
