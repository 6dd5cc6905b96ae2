/**
 * The browser suite's harness: a Concord served over real HTTP on 127.0.0.1, a headless
 * Debian Chromium, and a `Visitor` whose every page load is checked by axe-core (WCAG 2.2 AA),
 * weighed (HTML + CSS + JS as transferred, compressed, with an empty cache), watched for
 * requests to other origins and, on a phone-sized screen, for sideways scrolling.
 */
import net from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { type ServerType, serve } from '@hono/node-server';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type CDPSession,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { bootConcord, type Concord } from '../../src/boot.js';
import { loadConfig } from '../../src/config.js';
import { loadDemoData } from '../../src/demo/index.js';
import { createLogger } from '../../src/platform/log.js';
import { createThrowawayDatabase } from '../fixtures/databases.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * HTML + CSS + JS of one page on first load, compressed, as transferred (images such as the
 * network's logo aside): issue 12 asks every page to stay under 15 KB.
 */
export const PAGE_BUDGET_BYTES = 15 * 1024;
/** A viewport this wide or narrower is a phone's: its pages must not scroll sideways. */
export const NARROW_VIEWPORT_PX = 480;

export type Site = {
  concord: Concord;
  baseUrl: string;
  browser: Browser;
  /** The demo's administrator, when the site was started with the demo data. */
  demoAdmin?: { email: string; password: string };
};

/** A port nobody listens on right now. */
async function freePort() {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Boots Concord on a throwaway SQLite database, serves it on 127.0.0.1, and launches Chromium,
 * for the enclosing describe block; everything is closed afterwards and the page weights seen
 * are printed. With `demo`, the database holds the demo data (loaded in about 3 s, through the
 * modules' own services) and the site knows its administrator's one-time password.
 */
export function useSite(options: { demo?: boolean } = {}) {
  let site: Site | undefined;
  let concord: Concord | undefined;
  let browser: Browser | undefined;
  let server: ServerType | undefined;
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const throwaway = await createThrowawayDatabase('sqlite');
    drop = throwaway.drop;
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const config = {
      ...loadConfig({
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        BASE_URL: baseUrl,
        CONCORD_SECRET: 'e2e-secret-'.padEnd(40, 'x'),
        LOG_LEVEL: 'silent',
      }),
      database: throwaway.target,
    };
    concord = await bootConcord(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
    const demoAdmin = options.demo ? await loadDemoData(concord) : undefined;
    const app = concord.app;
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve());
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    site = { concord, baseUrl, browser, demoAdmin };
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server!.close(resolve));
    await concord?.close();
    await drop();
    printWeights();
  });
  return () => {
    if (!site) throw new Error('the site is not running (see the error in beforeAll)');
    return site;
  };
}

/** What one page load transferred, by kind, in bytes as they came over the wire. */
export type PageWeight = {
  label: string;
  path: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
};

const weights: PageWeight[] = [];

function printWeights() {
  if (weights.length === 0) return;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = weights.map(
    (w) =>
      `  ${w.label.padEnd(34)} ${w.path.padEnd(28)} html ${kb(w.html).padStart(8)}  css ${kb(w.css).padStart(8)}  js ${kb(w.js).padStart(7)}  = ${kb(w.html + w.css + w.js)}`,
  );
  process.stdout.write(
    `\nPage weights on first load (compressed, as transferred):\n${lines.join('\n')}\n`,
  );
}

/** axe-core's violations as text a person can act on; empty when there are none. */
export function describeViolations(
  violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'],
) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) =>
            `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

type Transfer = { type: string; bytes: number };

export type LoadOptions = {
  /**
   * `false` skips axe, the slowest check (1–3 s a page): only for another page of a route
   * whose first page axe has just checked, when what differs is content, not markup.
   */
  accessibility?: boolean;
};

/**
 * One person in one browser context. Every page they reach goes through `load` (or `visit`),
 * which checks accessibility, weight and origins of that page before the test goes on.
 */
export class Visitor {
  private transfers: Transfer[] = [];
  private types = new Map<string, string>();
  private inflight = new Set<string>();
  private foreign: string[] = [];
  private uncompressed: string[] = [];
  private status = 0;
  private documentRequest = '';

  private constructor(
    readonly site: Site,
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly cdp: CDPSession,
    /** Where axe looks at this visitor's pages when their own page runs no script at all. */
    private readonly replay: Page | undefined,
  ) {}

  static async open(site: Site, options: BrowserContextOptions = {}) {
    const context = await site.browser.newContext({ locale: 'en-GB', ...options });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const replay =
      options.javaScriptEnabled === false
        ? await (
            await site.browser.newContext({ locale: 'en-GB', ...options, javaScriptEnabled: true })
          ).newPage()
        : undefined;
    const visitor = new Visitor(site, context, page, cdp, replay);
    await visitor.watch();
    return visitor;
  }

  /** Counts what the network delivers, with the cache off so every load is a first load. */
  private async watch() {
    const origin = new URL(this.site.baseUrl).origin;
    this.context.on('request', (request) => {
      const url = request.url();
      if (/^(data|about|blob):/.test(url)) return;
      if (new URL(url).origin !== origin) this.foreign.push(url);
    });
    await this.cdp.send('Network.enable');
    await this.cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    this.cdp.on('Network.requestWillBeSent', (event) => {
      // A redirect (the 303 after a form) ends one response and starts the next request.
      if (event.redirectResponse) {
        this.transfers.push({
          type: this.types.get(event.requestId) ?? 'Other',
          bytes: event.redirectResponse.encodedDataLength,
        });
      }
      this.inflight.add(event.requestId);
      this.types.set(event.requestId, event.type ?? 'Other');
    });
    this.cdp.on('Network.responseReceived', (event) => {
      this.types.set(event.requestId, event.type);
      if (event.type === 'Document') {
        this.status = event.response.status;
        this.documentRequest = event.requestId;
      }
      const encoding = Object.entries(event.response.headers).find(
        ([name]) => name.toLowerCase() === 'content-encoding',
      )?.[1];
      if ((event.type === 'Document' || event.type === 'Stylesheet') && !encoding)
        this.uncompressed.push(event.response.url);
    });
    this.cdp.on('Network.loadingFinished', (event) => {
      this.inflight.delete(event.requestId);
      this.transfers.push({
        type: this.types.get(event.requestId) ?? 'Other',
        bytes: event.encodedDataLength,
      });
    });
    this.cdp.on('Network.loadingFailed', (event) => {
      this.inflight.delete(event.requestId);
    });
  }

  /** Opens a path on the site as a typed address, then checks the page. */
  visit(path: string, label = path, options: LoadOptions = {}) {
    return this.load(label, () => this.page.goto(new URL(path, this.site.baseUrl).href), options);
  }

  /**
   * Does what leads to a new page (following a link, sending a form), waits for that page to
   * load, then checks it: no axe violation, within the weight budget, compressed, nothing from
   * another origin, and on a narrow screen no sideways scrolling. Returns the page's weight and
   * HTTP status.
   */
  async load(label: string, action: () => Promise<unknown>, options: LoadOptions = {}) {
    this.transfers = [];
    this.foreign = [];
    this.uncompressed = [];
    this.status = 0;
    const main = this.page.mainFrame();
    const navigated = this.page.waitForEvent('framenavigated', {
      predicate: (frame) => frame === main,
    });
    await action();
    await navigated;
    await this.page.waitForLoadState('load');
    await this.settle();
    const weight = this.weigh(label);
    // Every check runs, and one failure names all that is wrong with the page.
    const problems: string[] = [];
    const check = async (run: () => unknown) => {
      try {
        await run();
      } catch (error) {
        problems.push((error as Error).message);
      }
    };
    await check(() => expect(this.foreign, `requests to other origins from ${label}`).toEqual([]));
    await check(() =>
      expect(this.uncompressed, `${label}: HTML and CSS sent without compression`).toEqual([]),
    );
    await check(() =>
      expect(
        weight.html + weight.css + weight.js,
        `${label}: HTML + CSS + JS transferred`,
      ).toBeLessThanOrEqual(PAGE_BUDGET_BYTES),
    );
    const width = this.page.viewportSize()?.width;
    if (width !== undefined && width <= NARROW_VIEWPORT_PX)
      await check(() => this.checkFits(label));
    if (options.accessibility !== false) await check(() => this.checkAccessibility(label));
    if (problems.length > 0) throw new Error(problems.join('\n\n'));
    return { ...weight, status: this.status };
  }

  /**
   * Fails when the page as it is now is wider than the viewport, naming what sticks out (the
   * innermost elements past the right edge), so that the failure says what to fix.
   */
  async checkFits(label: string) {
    const { scrollWidth, clientWidth, culprits } = await this.page.evaluate(() => {
      const root = document.documentElement;
      const edge = root.clientWidth;
      if (root.scrollWidth <= edge)
        return { scrollWidth: root.scrollWidth, clientWidth: edge, culprits: [] };
      const describe = (el: Element) => {
        const classes = [...el.classList].map((c) => `.${c}`).join('');
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return `${el.tagName.toLowerCase()}${classes} "${text}"`;
      };
      // What a scrolling (or clipping) box holds does not widen the page, unless it is
      // positioned against something outside that box (a visually hidden label in a table).
      const clipped = (el: Element) => {
        let escaping = false;
        for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
          const style = getComputedStyle(at);
          if (at !== el) {
            if (escaping && style.position !== 'static') escaping = false;
            if (!escaping && style.overflowX !== 'visible') return true;
          }
          if (style.position === 'absolute' || style.position === 'fixed') escaping = true;
        }
        return false;
      };
      // An element sticks out, or the text in it does (a long word overflows its box).
      const range = document.createRange();
      const textPastEdge = (el: Element) =>
        [...el.childNodes].some((node) => {
          if (node.nodeType !== Node.TEXT_NODE) return false;
          range.selectNodeContents(node);
          return range.getBoundingClientRect().right > edge + 0.5;
        });
      const over = [...document.body.querySelectorAll('*')].filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > edge + 0.5 || textPastEdge(el)) && !clipped(el);
      });
      const innermost = over.filter(
        (el) => !over.some((other) => other !== el && el.contains(other)),
      );
      return {
        scrollWidth: root.scrollWidth,
        clientWidth: edge,
        culprits: innermost.slice(0, 5).map(describe),
      };
    });
    expect(
      scrollWidth,
      `${label}: ${scrollWidth}px wide in a ${clientWidth}px viewport; sticking out: ${culprits.join('; ')}`,
    ).toBeLessThanOrEqual(clientWidth);
  }

  /** Waits until no request of this page is still on the wire. */
  private async settle() {
    const deadline = Date.now() + 5_000;
    do await new Promise((resolve) => setTimeout(resolve, 25));
    while (this.inflight.size > 0 && Date.now() < deadline);
  }

  private weigh(label: string): PageWeight {
    const sum = (types: string[]) =>
      this.transfers.filter((t) => types.includes(t.type)).reduce((n, t) => n + t.bytes, 0);
    const html = sum(['Document']);
    const css = sum(['Stylesheet']);
    const js = sum(['Script']);
    const total = this.transfers.reduce((n, t) => n + t.bytes, 0);
    const weight = {
      label,
      path: new URL(this.page.url()).pathname,
      html,
      css,
      js,
      other: total - html - css - js,
      total,
    };
    weights.push(weight);
    return weight;
  }

  /** Runs axe-core on the page as it is now and fails with a readable list of violations. */
  async checkAccessibility(label: string) {
    const page = this.replay ? await this.replayed() : this.page;
    const results = await new AxeBuilder({ page })
      .withTags(AXE_TAGS)
      .options({ resultTypes: ['violations'] })
      // One document, no frames: axe.run in the page itself, without a helper page per check.
      .setLegacyMode(true)
      .analyze();
    expect(describeViolations(results.violations), `axe-core on ${label}`).toBe('');
  }

  /**
   * With JavaScript off axe cannot run in the page, so the exact HTML it received is shown at
   * the same address in a page that can run it; the stylesheet comes from the server as usual.
   */
  private async replayed() {
    const replay = this.replay!;
    const { body, base64Encoded } = await this.cdp.send('Network.getResponseBody', {
      requestId: this.documentRequest,
    });
    const html = base64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
    const address = this.page.url().split('#')[0]!;
    await replay.route(
      (url) => url.href === address,
      (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      { times: 1 },
    );
    await replay.goto(address);
    return replay;
  }

  async close() {
    await this.replay?.context().close();
    await this.context.close();
  }
}
