/** Event pages: the list, create, the event page, edit, status transitions and the .ics file. */

import { type Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../../../platform/http/context.js';
import { refusalError } from '../../../platform/http/errors.js';
import { noticeFrom } from '../../../platform/http/notices.js';
import { markPersonal } from '../../../platform/http/page-cache.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import type { MessageKey } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Events } from '../context.js';
import { authorize, can, type EventScope, publishAwaitsMembership } from '../policy.js';
import { programmeSize } from '../programme/dates.js';
import { seesOnlineLink } from '../registration/service.js';
import type { EventRow } from '../tables.js';
import { eventIcs } from './calendar.js';
import { listEvents } from './listing.js';
import { requestedEvent } from './loading.js';
import { type EventView, eventFormValues, presentEvent } from './presenters.js';
import {
  EVENT_FORM_LISTS,
  EventListQuerySchema,
  EventProgrammeMoveSchema,
  EventSaveSchema,
} from './schema.js';
import * as service from './service.js';
import { DEFAULT_TIME_ZONE } from './times.js';
import { EventForm, type EventFormChoices, type EventFormState } from './views/form.js';
import { EventHead } from './views/head.js';
import { EventListPage } from './views/list.js';
import { EventPage, type EventPageSections, type EventPageSlot } from './views/page.js';

/**
 * A section another part of the events module adds to the event page (registration,
 * programme, figures): rendered into its slot, or left out when it returns null.
 */
export type EventPageSection = {
  slot: EventPageSlot;
  render: (
    c: Context<AppEnv>,
    page: { event: EventRow; view: EventView; scope: EventScope },
  ) => Promise<Child | null> | Child | null;
};

const NOTICES: MessageKey[] = [
  'event.created',
  'event.saved',
  'event.published',
  'event.cancelled',
  'event.finished',
];
const TRANSITION_NOTICE: Record<service.EventTransition, MessageKey> = {
  publish: 'event.published',
  cancel: 'event.cancelled',
  finish: 'event.finished',
};

/** @example app.route('/events', eventRoutes(events, { sections: [registrationSection] })) */
export function eventRoutes(ctx: Events, options: { sections?: EventPageSection[] } = {}) {
  const app = new Hono<AppEnv>();
  const sections = options.sections ?? [];

  async function choices(c: Context<AppEnv>, event?: EventRow): Promise<EventFormChoices> {
    const locale = c.get('locale');
    const { organizations, hosts } = await service.formChoices(ctx, c.get('actor')!, locale);
    const choice = {
      organizations,
      hosts: hosts
        .filter((h) => h.id !== event?.id)
        .map((h) => ({ slug: h.slug, title: readTranslation(h.title, locale) })),
    };
    if (!event) return choice;
    const [details, programmeSessions] = await Promise.all([
      service.eventDetails(ctx, event, locale, { everyOrganizer: true }),
      programmeSize(ctx, event),
    ]);
    const managed = new Set(organizations.map((o) => o.id));
    if (details.parent && !choice.hosts.some((h) => h.slug === details.parent!.slug)) {
      choice.hosts.unshift({
        slug: details.parent.slug,
        title: readTranslation(details.parent.title, locale),
      });
    }
    return {
      ...choice,
      otherOrganizers: details.organizers.filter((o) => !managed.has(o.id)),
      programmeSessions,
    };
  }

  const formPage = async (
    c: Context<AppEnv>,
    page: { title: string; action: string; form: EventFormState; event?: EventRow; status?: 422 },
  ) =>
    renderPage(c, {
      title: page.title,
      status: page.status,
      body: (
        <>
          <h1>{page.title}</h1>
          <EventForm
            ctx={pageContext(c)}
            action={page.action}
            submit={c.get('t')(page.event ? 'form.submit' : 'event.create.submit')}
            choices={await choices(c, page.event)}
            form={page.form}
          />
        </>
      ),
    });

  app.get('/', async (c) => {
    const query = EventListQuerySchema.parse(c.req.query());
    const actor = c.get('actor');
    const list = await listEvents(ctx, query, c.get('locale'));
    const canCreate =
      actor !== null && can(actor, 'event.create', await service.createScope(ctx, actor));
    return renderPage(c, {
      title: c.get('t')('events.title'),
      body: <EventListPage ctx={pageContext(c)} query={query} list={list} canCreate={canCreate} />,
    });
  });

  app.get('/new', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'event.create', await service.createScope(ctx, actor));
    const [managed, acting] = await Promise.all([
      service.formChoices(ctx, actor, c.get('locale')),
      c.get('actingFor')?.(),
    ]);
    // The organisation the person acts for, or their only one, starts ticked.
    const ids = managed.organizations.map((o) => o.id);
    const current = acting?.current?.id;
    const organizers = current && ids.includes(current) ? [current] : ids.length === 1 ? ids : [];
    return formPage(c, {
      title: c.get('t')('event.create'),
      action: '/events',
      form: {
        values: {
          timeZone: DEFAULT_TIME_ZONE,
          registrationMode: 'open',
          kind: 'forum',
          organizers,
        },
      },
    });
  });

  app.post('/', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'event.create', await service.createScope(ctx, actor));
    const values = await readForm(c, EVENT_FORM_LISTS);
    const input = validate(EventSaveSchema, values);
    const outcome = input.ok ? await service.createEvent(ctx, actor, input.data) : input;
    if (!outcome.ok) {
      return formPage(c, {
        title: c.get('t')('event.create'),
        action: '/events',
        form: { values, problems: outcome.problems },
        status: 422,
      });
    }
    return c.redirect(`/events/${outcome.slug}?notice=event.created`, 303);
  });

  app.get('/:slug/event.ics', async (c) => {
    const { event, scope } = await requestedEvent(ctx, c);
    authorize(c.get('actor'), 'event.view', scope);
    // Without the online link, whoever asks: the file is public and travels (seat-holders get
    // theirs by mail and in their feed).
    const body = await eventIcs(ctx, event, c.get('locale'));
    return c.body(body, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${event.slug}.ics"`,
      'cache-control': 'no-store',
    });
  });

  app.get('/:slug', async (c) => {
    const { event, organizerIds, scope } = await requestedEvent(ctx, c);
    const actor = c.get('actor');
    authorize(actor, 'event.view', scope);
    const locale = c.get('locale');
    const [details, onlineLink] = await Promise.all([
      service.eventDetails(ctx, event, locale),
      seesOnlineLink(ctx, event, scope, actor),
    ]);
    const view = presentEvent(event, details, locale, { onlineLink });
    // The link is one person's to see: the page must not be shared between readers.
    if (onlineLink) markPersonal(c);
    const awaitingMembership = publishAwaitsMembership(actor, scope)
      ? await service.organizersNotMembers(ctx, organizerIds, locale)
      : [];
    const filled: EventPageSections = {};
    for (const section of sections) {
      filled[section.slot] = await section.render(c, { event, view, scope });
    }
    const { baseUrl } = ctx.deps.config;
    return renderPage(c, {
      title: view.title,
      notice: noticeFrom(c, NOTICES),
      head: <EventHead event={view} url={`${baseUrl}/events/${view.slug}`} baseUrl={baseUrl} />,
      ownPreview: true,
      body: (
        <EventPage
          ctx={pageContext(c)}
          event={view}
          canEdit={can(actor, 'event.edit', scope)}
          transitions={(['publish', 'cancel', 'finish'] as const).filter((t) =>
            can(actor, `event.${t}`, scope),
          )}
          awaitingMembership={awaitingMembership}
          sections={filled}
        />
      ),
    });
  });

  app.get('/:slug/edit', async (c) => {
    const { event, scope } = await requestedEvent(ctx, c);
    authorize(c.get('actor'), 'event.edit', scope);
    const locale = c.get('locale');
    const view = presentEvent(event, await service.eventDetails(ctx, event, locale), locale, {
      onlineLink: true,
    });
    return formPage(c, {
      title: c.get('t')('event.edit.title', { title: view.title }),
      action: `/events/${event.slug}`,
      // Moving the programme along is what an organiser moving the event usually wants.
      form: { values: { ...eventFormValues(view), moveProgramme: '1' } },
      event,
    });
  });

  app.post('/:slug', async (c) => {
    const { event, scope } = await requestedEvent(ctx, c);
    const actor = c.get('actor');
    authorize(actor, 'event.edit', scope);
    const values = await readForm(c, EVENT_FORM_LISTS);
    const input = validate(EventSaveSchema, values);
    const { moveProgramme } = EventProgrammeMoveSchema.parse(values);
    const outcome: Awaited<ReturnType<typeof service.updateEvent>> = input.ok
      ? await service.updateEvent(ctx, actor, event, input.data, {
          moveProgramme,
          locale: c.get('locale'),
        })
      : input;
    if (!outcome.ok) {
      return formPage(c, {
        title: c.get('t')('event.edit.title', {
          title: readTranslation(event.title, c.get('locale')),
        }),
        action: `/events/${event.slug}`,
        form: { values, problems: outcome.problems },
        event,
        status: 422,
      });
    }
    return c.redirect(`/events/${event.slug}?notice=event.saved`, 303);
  });

  for (const transition of Object.keys(service.TRANSITIONS) as service.EventTransition[]) {
    app.post(`/:slug/${transition}`, async (c) => {
      const { event, scope } = await requestedEvent(ctx, c);
      const actor = c.get('actor');
      // Refused with the reason and what to do, not a bare 403 (the service says which). Only
      // an organiser can be waiting for the network's admission, so a visitor is refused here.
      if (actor === null || transition !== 'publish' || !publishAwaitsMembership(actor, scope)) {
        authorize(actor, `event.${transition}`, scope);
      }
      const result = await service.transitionEvent(ctx, actor, event, transition, c.get('locale'));
      if (!result.ok) throw refusalError(result);
      return c.redirect(`/events/${event.slug}?notice=${TRANSITION_NOTICE[transition]}`, 303);
    });
  }

  return app;
}
