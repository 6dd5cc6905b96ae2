/**
 * Every page of a demo-like site on a phone (issue 12): signed out and as a platform
 * administrator, in Azerbaijani, English and Russian, each page is loaded at 320 px, where the
 * harness checks it with axe, weighs it and measures its width, and measured again at 360 px.
 *
 * The site is the demo (the Khankendi forum, its programme and participants, the assembly, the
 * WUF13 delegation, 33 members), plus what the demo leaves out, made through the pages: a
 * pending membership application, an import, open invitations, the administrator's own
 * registration. The pages are found as a person finds them, by following links from the home
 * page and from a few addresses that no link leads to (the API reference, links from mails).
 *
 * A route draws many pages (33 profiles, 50 people): the first one found, the one with the
 * longest link text since a long name is what breaks out of a narrow screen, gets every check;
 * a few more (all the public profiles and events) are weighed and measured without axe, which
 * costs a second or more a page. The last test compares the routes reached with those the app
 * declares, so that a new page cannot escape the sweep.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utcToLocal } from '../../src/modules/events/index.js';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../src/platform/i18n/index.js';
import { linkFromMail, signedUpClient, TestClient, type TestConcord } from '../app.js';
import { addSession } from '../fixtures/programme.js';
import { register } from '../fixtures/registration.js';
import { csv, uploadImport } from '../organization-imports.js';
import { type Site, useSite, Visitor } from './harness.js';

const WIDTHS = [320, 360] as const;
/** One sweep, on a busy two-core machine; a minute or two on a quiet one. */
const SWEEP_TIMEOUT = 10 * 60_000;

/** Routes that answer with something other than an HTML page: files, feeds, probes, redirects. */
const NOT_PAGES = [
  /\.(csv|json|ics|pdf|png|ico|css|js)$/,
  /^\/(healthz|readyz|metrics)$/,
  /^\/assets\//,
  /^\/api\/v1\//,
  /^\/network\/:file/,
  /^\/locale\/:code$/,
  /^\/organizations\/:slug\/logo$/,
  /^\/organizations\/:slug\/membership\/documents\/:documentId$/,
  /^\/events\/feed\/:file$/,
];

type Persona = 'visitor' | 'administrator';

/**
 * How many pages of one route a sweep loads; 1 unless said here. Signed out, every profile and
 * event page: their names and texts are the demo's longest words.
 */
const ROUTE_SAMPLES: Record<Persona, Record<string, number>> = {
  visitor: {
    '/organizations/:slug': Number.POSITIVE_INFINITY,
    '/events/:slug': Number.POSITIVE_INFINITY,
    '/events/:slug/programme': Number.POSITIVE_INFINITY,
    '/events/:slug/figures': Number.POSITIVE_INFINITY,
  },
  administrator: {
    '/organizations/:slug': 3,
    '/events/:slug': 3,
    '/events/:slug/participants': 3,
    '/events/:slug/programme': 2,
    '/delegations/:id': 2,
  },
};

type Route = { pattern: string; regex: RegExp; page: boolean };

/** The app's GET routes in the order it matches them, each marked page or not. */
function routesOf(site: Site): Route[] {
  const seen = new Set<string>();
  const routes: Route[] = [];
  for (const { method, path } of site.concord.app.routes) {
    if (method !== 'GET' || seen.has(path)) continue;
    seen.add(path);
    const source = path
      .split('/')
      .map((part) => {
        const param = /^:\w+(?:\{(.+)\})?$/.exec(part);
        if (param) return param[1] ? `(?:${param[1]})` : '[^/]+';
        return part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    routes.push({
      pattern: path,
      regex: new RegExp(`^${source}$`),
      page: !NOT_PAGES.some((re) => re.test(path)),
    });
  }
  return routes;
}

/** The route that answers a path (undefined: none, a 404 page). */
const routeOf = (routes: Route[], path: string) => routes.find((r) => r.regex.test(path));

/** What the sweeps loaded, for the last test and the report. */
const reached: { persona: Persona; locale: Locale; path: string; route: string | undefined }[] = [];

/** Switches the language with the footer's own control (links signed out, a form signed in). */
async function chooseLanguage(visitor: Visitor, locale: Locale) {
  const { page } = visitor;
  await visitor.load(`home (${locale})`, () =>
    page.locator('.languages').getByText(LOCALE_NAMES[locale], { exact: true }).click(),
  );
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
}

/**
 * Loads every page reachable from `seeds` at 320 px and measures it again at 360 px; returns
 * the problems of all of them, so that one run names every page to fix.
 */
async function sweep(visitor: Visitor, persona: Persona, locale: Locale, seeds: string[]) {
  const { page, site } = visitor;
  const routes = routesOf(site);
  const origin = new URL(site.baseUrl).origin;
  const queue = [...seeds];
  const queued = new Set(queue);
  const loads = new Map<string, number>();
  const problems: string[] = [];
  while (queue.length > 0) {
    const address = queue.shift()!;
    const route = routeOf(routes, address.split('?')[0]!)?.pattern;
    const count = route === undefined ? 0 : (loads.get(route) ?? 0);
    if (count >= (ROUTE_SAMPLES[persona][route ?? ''] ?? 1) && !seeds.includes(address)) continue;
    if (route !== undefined) loads.set(route, count + 1);
    reached.push({ persona, locale, path: address, route });
    const label = (width: number) => `${address} (${persona}, ${locale}) at ${width}px`;
    const check = async (run: () => Promise<unknown>) => {
      try {
        await run();
      } catch (error) {
        problems.push((error as Error).message);
      }
    };
    await page.setViewportSize({ width: WIDTHS[0], height: 640 });
    await check(() => visitor.visit(address, label(WIDTHS[0]), { accessibility: count === 0 }));
    for (const width of WIDTHS.slice(1)) {
      await page.setViewportSize({ width, height: 640 });
      await check(() => visitor.checkFits(label(width)));
    }
    // The longest link text first: of a route's pages, the one with the longest name is swept.
    const links = await page.$$eval('a[href]', (anchors) =>
      anchors.map((a) => ({
        href: (a as HTMLAnchorElement).href,
        length: (a.textContent ?? '').trim().length,
      })),
    );
    links.sort((a, b) => b.length - a.length);
    for (const { href } of links) {
      const url = new URL(href);
      const next = url.pathname;
      if (url.origin !== origin || queued.has(next)) continue;
      if (!routeOf(routes, next)?.page) continue;
      queued.add(next);
      queue.push(next);
    }
  }
  return problems;
}

const signedIn = async (concord: TestConcord, email: string, password: string) => {
  const client = concord.client();
  await client.get('/sign-in');
  const answer = await client.post('/sign-in', { email, password });
  expect(answer.status).toBe(303);
  return client;
};

/** A one-page PDF, enough for a membership application. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

/**
 * Adds through the pages what the demo does not have, so that every route has a page to show:
 * the administrator registers for the next event and invites a speaker to a new session of it;
 * a new member creates an organisation, invites a colleague and applies to join with a PDF; the
 * administrator uploads an import file. Returns the addresses that only mails lead to.
 */
async function completeTheDemo(site: Site) {
  const concord = Object.assign(site.concord, { client: () => new TestClient(site.concord) });
  const db = concord.deps.db.kysely;
  const { email, password } = site.demoAdmin!;
  const admin = await signedIn(concord, email, password);

  const next = await db
    .selectFrom('events')
    .select(['slug', 'starts_at', 'time_zone'])
    .where('status', '=', 'published')
    .where('starts_at', '>', new Date().toISOString())
    .orderBy('starts_at')
    .executeTakeFirstOrThrow();
  expect((await register(admin, next.slug)).status).toBe(303);
  const startsAt = utcToLocal(next.starts_at, next.time_zone);
  const hourLater = utcToLocal(
    new Date(Date.parse(next.starts_at) + 3_600_000).toISOString(),
    next.time_zone,
  );
  const speaker = 'rena.hasanova@example.org';
  await addSession(concord, admin, next.slug, {
    titleEn: 'Financing local climate action',
    startsAt,
    endsAt: hourLater,
    // Seats in a session let the organisers move people between sessions (another page).
    capacity: '40',
    speakers: `${speaker}, Lənkəran Ekoloji Birliyi`,
  });
  const speakerInvitation = await linkFromMail(concord, speaker);

  const member = await signedUpClient(concord, { name: 'Günay Rzayeva' });
  await member.client.get('/organizations/new');
  const created = await member.client.post('/organizations', {
    name: 'Ağdam Rayonu Məcburi Köçkünlərinin Sosial-İqtisadi İnkişafına Yardım İctimai Birliyi',
    nameEn: 'Public Union for the Social and Economic Development of Displaced People of Aghdam',
    country: 'AZ',
    city: 'Ağdam',
  });
  expect(created.status).toBe(303);
  const slug = created.location!.split('?')[0]!.replace('/organizations/', '');
  const colleague = 'elvin.quliyev@example.org';
  await member.client.get(`/organizations/${slug}/people`);
  await member.client.post(`/organizations/${slug}/invitations`, {
    email: colleague,
    role: 'member',
  });
  const invitation = await linkFromMail(concord, colleague);
  const form = new FormData();
  form.set('_csrf', csrfOf((await member.client.get(`/organizations/${slug}/membership`)).html));
  form.set('motivation', 'We help families displaced from Aghdam to return and rebuild.');
  form.append(
    'documents',
    new File([new Uint8Array(PDF)], 'charter.pdf', { type: 'application/pdf' }),
  );
  const applied = await member.client.request(`/organizations/${slug}/membership`, {
    method: 'POST',
    body: form,
  });
  expect(applied.status).toBe(303);

  const uploaded = await uploadImport(
    admin,
    csv([
      ['name', 'country', 'city', 'website'],
      ['Şəki Gənclər Mərkəzi', 'AZ', 'Şəki', 'https://sheki-youth.example.org'],
      ['Lənkəran Ekoloji Birliyi', 'AZ', 'Lənkəran', 'not a web address'],
    ]),
  );
  expect(uploaded.status).toBe(303);

  return { speakerInvitation, invitation, importJob: uploaded.location! };
}

describe('every page on a phone, in every language, signed out and as an administrator', () => {
  const site = useSite({ demo: true });
  const seeds: Record<Persona, string[]> = { visitor: [], administrator: [] };
  let uploads = '';
  const started = Date.now();

  beforeAll(async () => {
    uploads = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-e2e-sweep-'));
    // The site's uploads go to a throwaway folder, not ./data.
    (site().concord.deps.config as { uploadsDir: string }).uploadsDir = uploads;
    const made = await completeTheDemo(site());
    const fromMails = [made.invitation, made.speakerInvitation];
    seeds.visitor = [
      '/',
      '/api',
      '/events?when=past',
      '/forgot-password',
      '/reset-password?token=from-a-mail',
      '/verify-email?token=from-a-mail',
      '/setup?token=from-a-mail',
      '/no-such-page',
      ...fromMails,
    ];
    seeds.administrator = [
      '/',
      '/api',
      '/events?when=past',
      '/events/feed',
      '/organizations/acting',
      made.importJob,
      ...fromMails,
    ];
  }, 120_000);
  afterAll(async () => {
    if (uploads) await fs.rm(uploads, { recursive: true, force: true });
    process.stdout.write(
      `\nSweep: ${reached.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
    );
  });

  describe('signed out', () => {
    for (const locale of LOCALES) {
      it(
        `fits every page at 320 and 360 px with no axe violation, in ${locale}`,
        async () => {
          const visitor = await Visitor.open(site(), { viewport: { width: 320, height: 640 } });
          try {
            await visitor.visit('/', 'home');
            await chooseLanguage(visitor, locale);
            expect(await sweep(visitor, 'visitor', locale, seeds.visitor)).toEqual([]);
          } finally {
            await visitor.close();
          }
        },
        SWEEP_TIMEOUT,
      );
    }
  });

  describe('as a platform administrator', () => {
    let admin: Visitor;
    beforeAll(async () => {
      admin = await Visitor.open(site(), { viewport: { width: 320, height: 640 } });
      const { page } = admin;
      const { email, password } = site().demoAdmin!;
      await admin.visit('/sign-in', 'sign-in form');
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Password').fill(password);
      await admin.load('home (administrator)', () =>
        page.getByRole('button', { name: 'Sign in' }).click(),
      );
    });
    afterAll(() => admin?.close());
    for (const locale of LOCALES) {
      it(
        `fits every page at 320 and 360 px with no axe violation, in ${locale}`,
        async () => {
          await chooseLanguage(admin, locale);
          expect(await sweep(admin, 'administrator', locale, seeds.administrator)).toEqual([]);
        },
        SWEEP_TIMEOUT,
      );
    }
  });

  it('has reached a page of every route the app declares, in every language', () => {
    // Discussions (issue 13) are a first slice: their pages join the sweep with the slice that
    // brings their browser journey; until then only the pages the sweep follows to are checked.
    const pages = routesOf(site()).filter((r) => r.page && !r.pattern.startsWith('/discussions'));
    for (const locale of LOCALES) {
      const seen = new Set(reached.filter((r) => r.locale === locale).map((r) => r.route));
      expect(
        pages.map((r) => r.pattern).filter((p) => !seen.has(p)),
        `routes no sweep in ${locale} reached`,
      ).toEqual([]);
    }
  });
});
