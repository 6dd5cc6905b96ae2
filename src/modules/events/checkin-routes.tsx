/**
 * The check-in page. Each submission renders the form again at the top with the result below
 * it, so a phone at the door is ready for the next person; submitting a code twice is harmless.
 */
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../platform/http/context.js';
import { notFound } from '../../platform/http/errors.js';
import { readForm, validate } from '../../platform/http/validation.js';
import type { Locale } from '../../platform/i18n/index.js';
import { parseTranslations, pickTranslation } from '../../platform/i18n/translations.js';
import { pageContext, renderPage } from '../../ui/page.js';
import { checkIn } from './checkin.js';
import { checkinScript } from './checkin-script.js';
import { authorize } from './policy.js';
import { type EventRow, findEventById } from './queries.js';
import { displayCode } from './registration-code.js';
import { CheckinSchema } from './registration-schema.js';
import * as service from './service.js';
import { CheckinPage, type CheckinResultView } from './views/checkin.js';

/** "10:32": the time of day in the event's zone. */
const timeOfDay = (iso: string, locale: Locale, zone: string) =>
  new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: zone }).format(new Date(iso));

const STATUS = { checkedIn: 200, already: 200, refused: 409, notFound: 404, invalid: 422 } as const;

export function checkinRoutes(ctx: service.Events) {
  const app = new Hono<AppEnv>();

  async function load(c: Context<AppEnv>) {
    const found = await service.loadEvent(ctx, c.req.param('slug') ?? '', c.get('actor'));
    if (!found) throw notFound();
    authorize(c.get('actor'), 'event.checkin', found.scope);
    return found.event;
  }

  const page = async (c: Context<AppEnv>, event: EventRow, result?: CheckinResultView) => {
    const fresh = (await findEventById(ctx.deps.db.kysely, event.id)) ?? event;
    return renderPage(c, {
      title: c.get('t')('checkin.title'),
      status: result ? STATUS[result.outcome] : 200,
      head: <script src={checkinScript.path} defer />,
      body: (
        <CheckinPage
          ctx={pageContext(c)}
          slug={event.slug}
          title={pickTranslation(parseTranslations(event.title), c.get('locale'))}
          attended={fresh.attended_count}
          confirmed={fresh.confirmed_count}
          result={result}
        />
      ),
    });
  };

  app.get('/:slug/checkin', async (c) => page(c, await load(c)));

  app.post('/:slug/checkin', async (c) => {
    const event = await load(c);
    const form = await readForm(c);
    const typed = (form.code ?? '').slice(0, 40);
    const input = validate(CheckinSchema, form);
    if (!input.ok) return page(c, event, { outcome: 'invalid', code: typed });
    const result = await checkIn(ctx, c.get('actor')!, event, input.data.code);
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
