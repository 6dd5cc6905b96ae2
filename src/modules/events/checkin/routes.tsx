/**
 * The check-in page. Each submission renders the form again at the top with the result below
 * it, so a phone at the door is ready for the next person; submitting a code twice is harmless.
 * Outside the check-in window the page says when it opens or that it has ended, and a code
 * submitted then is refused (409) without looking it up.
 */

import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import { formatDateTime, type Locale } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Events } from '../context.js';
import { requestedEvent } from '../event/loading.js';
import { findEventById } from '../event/rows.js';
import { zoneLabel } from '../event/times.js';
import { displayCode } from '../registration/code.js';
import { CheckinSchema } from '../registration/schema.js';
import type { EventRow } from '../tables.js';
import { checkinScript } from './script.js';
import { type CheckinWindow, checkIn, checkinWindow } from './service.js';
import { type CheckinClosedView, CheckinPage, type CheckinResultView } from './views/checkin.js';

/** "10:32": the time of day in the event's zone. */
const timeOfDay = (iso: string, locale: Locale, zone: string) =>
  new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: zone }).format(new Date(iso));

const STATUS = { checkedIn: 200, already: 200, refused: 409, notFound: 404, invalid: 422 } as const;

/** The closed door as the page tells it, or undefined while it is open. */
function closedView(
  event: EventRow,
  window: CheckinWindow,
  locale: Locale,
): CheckinClosedView | undefined {
  if (window.state === 'open') return undefined;
  if (window.state === 'ended') return { state: 'ended' };
  return {
    state: 'notYet',
    opensAtText: formatDateTime(window.opensAt, locale, event.time_zone),
    zoneLabel: zoneLabel(window.opensAt, event.time_zone, locale),
  };
}

export function checkinRoutes(ctx: Events) {
  const app = new Hono<AppEnv>();

  const isOpen = (event: EventRow) =>
    checkinWindow(event, ctx.deps.config.checkin).state === 'open';

  /** The page; `refused`: a code came while the door was closed. */
  const page = async (
    c: Context<AppEnv>,
    event: EventRow,
    result?: CheckinResultView,
    refused = false,
  ) => {
    const fresh = (await findEventById(ctx.deps.db.kysely, event.id)) ?? event;
    const window = checkinWindow(fresh, ctx.deps.config.checkin);
    return renderPage(c, {
      title: c.get('t')('checkin.title'),
      status: refused ? 409 : result ? STATUS[result.outcome] : 200,
      head: <script src={checkinScript.path} defer />,
      body: (
        <CheckinPage
          ctx={pageContext(c)}
          slug={event.slug}
          title={readTranslation(event.title, c.get('locale'))}
          attended={fresh.attended_count}
          confirmed={fresh.confirmed_count}
          result={result}
          closed={closedView(fresh, window, c.get('locale'))}
        />
      ),
    });
  };

  app.get('/:slug/checkin', async (c) =>
    page(c, (await requestedEvent(ctx, c, 'event.checkin')).event),
  );

  app.post('/:slug/checkin', async (c) => {
    const { event } = await requestedEvent(ctx, c, 'event.checkin');
    if (!isOpen(event)) return page(c, event, undefined, true);
    const form = await readForm(c);
    const typed = (form.code ?? '').slice(0, 40);
    const input = validate(CheckinSchema, form);
    if (!input.ok) return page(c, event, { outcome: 'invalid', code: typed });
    const result = await checkIn(ctx, c.get('actor')!, event, input.data.code);
    // It closed between the two looks.
    if (result.outcome === 'closed') return page(c, event, undefined, true);
    if (result.outcome === 'notFound') return page(c, event, { outcome: 'notFound', code: typed });
    return page(c, event, {
      ...result,
      code: displayCode(result.code),
      attendedAtText: result.attendedAt
        ? timeOfDay(result.attendedAt, c.get('locale'), event.time_zone)
        : null,
    });
  });

  return app;
}
