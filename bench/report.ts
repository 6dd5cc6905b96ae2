/** Turns the benchmark results into docs/performance.md: machine, targets, figures, how to read. */
import type { ColdStartResult } from './cold-start.js';
import type { DataLayerResult } from './data-layer.js';
import { type DirectoryBenchResult, percentile, SIZES } from './directory.js';
import {
  CONCURRENCY,
  DOUBLE_SUBMITS,
  type EventsBenchResult,
  REGISTRANTS,
  SEATS,
} from './events.js';
import type { HttpResult, LoadResult } from './http.js';
import { CONNECTIONS, DURATION_SECONDS, WARMUP_SECONDS } from './http.js';

export type Machine = {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  commit: string;
  /** How the run was started, options included. */
  command: string;
  /** Share of the machine's CPU that other processes used during the run (0–1). */
  othersShare: number;
};

/** Each section's result, or the error that stopped it. */
export type Section<T> = { ok: true; value: T } | { ok: false; error: string };

export type Results = {
  machine: Machine;
  durationSeconds: number;
  dataLayer: Section<DataLayerResult>;
  directory: Section<DirectoryBenchResult>;
  coldStart: Section<ColdStartResult>;
  http: Section<HttpResult>;
  events: Section<EventsBenchResult>;
};

export const TARGETS = {
  homeShareOfBare: 0.4,
  dataLayerRatio: 1.5,
  coldStartMs: 1500,
  rssMb: 150,
  /** On SQLite at 100,000 organisations, over every sample of every query. */
  directorySearchP95Ms: 30,
  directoryFacetsP95Ms: 50,
  /** An event with 5,000 registrations and 200 sessions, one request at a time, each engine. */
  eventProgrammeP95Ms: 50,
  eventFiguresP95Ms: 30,
};

/** Every sample of one kind at one size of one engine's run (all queries pooled). */
function pooled(
  d: DirectoryBenchResult,
  engine: string,
  size: number,
  kind: 'search' | 'facets' | 'raw',
) {
  const result = d.engines.find((e) => e.engine === engine);
  if (!result || 'skipped' in result) return [];
  const at = result.sizes.find((s) => s.organizations === size);
  return at?.queries.flatMap((q) => q[kind]?.samples ?? []) ?? [];
}

function directoryVerdicts(d: DirectoryBenchResult): Verdict[] {
  const [small, large] = SIZES;
  const out: Verdict[] = [];
  for (const [kind, limit, label] of [
    ['search', TARGETS.directorySearchP95Ms, 'search (results, total and facets)'],
    ['facets', TARGETS.directoryFacetsP95Ms, 'facet counts (narrowed by region, SDG, verified)'],
  ] as const) {
    const samples = pooled(d, 'sqlite', large, kind);
    const raw = pooled(d, 'sqlite', large, 'raw');
    const p95 = samples.length > 0 ? percentile(samples, 95) : Number.NaN;
    out.push({
      target: `Directory ${label} p95 < ${limit} ms on SQLite at ${int(large)}`,
      measured: `${fixed(p95)} ms`,
      baseline: raw.length > 0 ? `bare full-text query p95 ${fixed(percentile(raw, 95))} ms` : '—',
      pass: samples.length > 0 ? p95 < limit : undefined,
      absolute: true,
    });
  }
  for (const engine of ['sqlite', 'postgres']) {
    const before = pooled(d, engine, small, 'search');
    const after = pooled(d, engine, large, 'search');
    if (before.length === 0 || after.length === 0) continue;
    const ratio = percentile(after, 50) / percentile(before, 50);
    out.push({
      target: `Directory search growth from ${int(small)} to ${int(large)} sub-linear (${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, p50 ratio < ${large / small})`,
      measured: `${fixed(ratio, 2)}×`,
      baseline: `p50 ${fixed(percentile(before, 50))} ms → ${fixed(percentile(after, 50))} ms`,
      pass: ratio < large / small,
    });
  }
  return out;
}

const engineName = (engine: string) => (engine === 'sqlite' ? 'SQLite' : 'PostgreSQL');

function eventsVerdicts(e: EventsBenchResult): Verdict[] {
  return e.engines.flatMap((r): Verdict[] => {
    const name = engineName(r.engine);
    if ('skipped' in r)
      return [
        {
          target: `Event pages and registration on ${name}`,
          measured: `skipped: ${r.skipped}`,
          baseline: '—',
          pass: undefined,
        },
      ];
    const pages = [
      ['programme', 'Programme page', TARGETS.eventProgrammeP95Ms],
      ['figures', 'Figures page', TARGETS.eventFiguresP95Ms],
    ] as const;
    const { check, service, bare } = r.registration;
    return [
      ...pages.flatMap(([page, label, limit]) => {
        const t = r.pages.find((p) => p.page === page);
        if (!t) return [];
        return [
          {
            target: `${label} p95 < ${limit} ms (${int(e.people)} registrations, ${int(e.sessions)} sessions, ${name})`,
            measured: `${fixed(t.concord.p95)} ms`,
            baseline: `bare node:http, same bytes: p95 ${fixed(t.bare.p95, 2)} ms`,
            pass: t.concord.p95 < limit,
            absolute: true,
          },
        ];
      }),
      {
        target: `No overbooking with ${CONCURRENCY} concurrent registrants (${int(REGISTRANTS)} for ${int(SEATS)} seats, ${name})`,
        measured:
          `${int(check.confirmedRows)} confirmed (counter ${int(check.confirmedCount)}), ` +
          `${int(check.doubles)} double registrations, ${fixed(service.perSecond, 0)} registrations/s`,
        baseline: `bare transaction ${fixed(bare.perSecond, 0)} registrations/s`,
        pass: check.ok,
      },
    ];
  });
}

type Verdict = {
  target: string;
  measured: string;
  baseline: string;
  pass: boolean | undefined;
  /** An absolute time, which other processes on the machine can push over its limit. */
  absolute?: boolean;
};

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const fixed = (n: number, digits = 1) => n.toFixed(digits);
const percent = (n: number) => `${(n * 100).toFixed(1)} %`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mark = (pass: boolean | undefined) =>
  pass === undefined ? 'not measured' : pass ? '**PASS**' : '**FAIL**';

export function verdicts(r: Results): Verdict[] {
  const out: Verdict[] = [];
  if (r.http.ok) {
    const h = r.http.value;
    const { median } = h;
    out.push({
      target: `Signed-out home page ≥ ${percent(TARGETS.homeShareOfBare)} of the bare server's requests/s`,
      measured:
        `${int(median.home.rps)} req/s = ${percent(median.share)} ` +
        `(median of ${h.rounds.length} rounds: ${h.rounds.map((r) => percent(r.share)).join(', ')})`,
      baseline: `bare node:http ${int(median.bare.rps)} req/s in the same round`,
      pass: median.share >= TARGETS.homeShareOfBare && h.rounds.every((r) => valid(r.home)),
    });
  } else {
    out.push({
      target: 'Signed-out home page ≥ 40 % of bare',
      measured: '—',
      baseline: '—',
      pass: undefined,
    });
  }
  if (r.dataLayer.ok) {
    for (const q of r.dataLayer.value.queries) {
      const ratio = q.us.ours / q.us.raw;
      out.push({
        target: `Data layer, ${q.name}: ≤ ${TARGETS.dataLayerRatio}× raw better-sqlite3`,
        measured: `${fixed(q.us.ours)} µs = ${fixed(ratio, 2)}×`,
        baseline: `raw ${fixed(q.us.raw)} µs`,
        pass: ratio <= TARGETS.dataLayerRatio,
      });
    }
  } else {
    out.push({ target: 'Data layer ≤ 1.5× raw', measured: '—', baseline: '—', pass: undefined });
  }
  if (r.directory.ok) out.push(...directoryVerdicts(r.directory.value));
  else
    out.push({
      target: 'Directory search and facets',
      measured: '—',
      baseline: '—',
      pass: undefined,
    });
  if (r.events.ok) out.push(...eventsVerdicts(r.events.value));
  else
    out.push({
      target: 'Event programme and figures pages, registration',
      measured: '—',
      baseline: '—',
      pass: undefined,
    });
  if (r.coldStart.ok) {
    const c = r.coldStart.value;
    out.push({
      target: `Cold start (spawn → first 200 from GET /) < ${seconds(TARGETS.coldStartMs)}`,
      measured: `${seconds(c.concordMedianMs)} (median of ${c.runs})`,
      baseline: `bare node:http ${seconds(c.bareMedianMs)}`,
      pass: c.concordMedianMs < TARGETS.coldStartMs,
      absolute: true,
    });
  } else {
    out.push({ target: 'Cold start < 1.5 s', measured: '—', baseline: '—', pass: undefined });
  }
  if (r.http.ok) {
    const { rss } = r.http.value;
    out.push({
      target: `Resident memory after start < ${TARGETS.rssMb} MB`,
      measured: `${fixed(rss.afterStartMb)} MB`,
      baseline: r.coldStart.ok
        ? `cold starts: ${r.coldStart.value.concordRssMb.map((mb) => fixed(mb, 0)).join(', ')} MB`
        : '—',
      pass: rss.afterStartMb < TARGETS.rssMb,
    });
    out.push({
      target: `Resident memory after the HTTP runs < ${TARGETS.rssMb} MB`,
      measured: `${fixed(rss.afterLoadMb)} MB`,
      baseline: '—',
      pass: rss.afterLoadMb < TARGETS.rssMb,
    });
  } else {
    out.push({ target: 'Resident memory < 150 MB', measured: '—', baseline: '—', pass: undefined });
  }
  return out;
}

/** A run with failed requests measures error pages, not the page: it cannot pass. */
const valid = (run: LoadResult) => run.non2xx + run.errors + run.timeouts === 0;

function table(head: string[], rows: string[][]) {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** Above this share of the CPU taken by other processes, the run is flagged as disturbed. */
const BUSY_SHARE = 0.1;

function machineSection(m: Machine, durationSeconds: number) {
  const busy = m.othersShare > BUSY_SHARE;
  return [
    '## Machine',
    '',
    table(
      ['', ''],
      [
        ['Date', m.date],
        ['CPU', m.cpu],
        ['Cores', String(m.cores)],
        ['Memory', `${fixed(m.memoryGiB)} GiB`],
        ['Node', m.node],
        ['OS', m.os],
        ['Commit', m.commit],
        ['CPU used by other processes during the run', percent(m.othersShare)],
        ['Command', `\`${m.command}\``],
        ['Duration', `${Math.round(durationSeconds)} s`],
      ],
    ),
    '',
    busy
      ? `> **Busy machine:** other processes used ${percent(m.othersShare)} of the CPU during this ` +
        'run and competed with the benchmarks. Absolute figures are depressed and noisy; trust ' +
        'the ratios to the baselines and the CPU time per request more.'
      : '',
  ].join('\n');
}

const HOW_TO_READ = `## How to read this

- Every figure stands next to a baseline measured **in the same run on the same machine**. This
  machine is small and shared, so absolute figures move from run to run; compare ratios. The
  bench first waits (up to a minute) for other processes to leave the CPU mostly idle, and the
  Machine table says how much CPU they took during the run anyway.
- **req/s** is autocannon's mean of per-second samples over ${DURATION_SECONDS} s with
  ${CONNECTIONS} connections, after a ${WARMUP_SECONDS} s warm-up. **p50/p99** are latencies
  under that load, queueing included. **CPU µs/request** is the server process's user + system
  time over the run divided by the requests it answered: it moves much less than req/s when other
  processes compete for the cores, so it is the steadier measure of how much work a request is.
- The load generator shares the machine's cores with the server. The bare server's req/s is
  therefore partly limited by autocannon itself: it is a lower bound for what node:http can do,
  which makes the "share of bare" ratio generous rather than harsh.
- Servers run as child processes, built from \`dist/\` exactly as \`npm start\` runs them
  (with its start script's node flags, \`NODE_ENV=production\`, \`LOG_LEVEL=warn\`, a fresh temporary
  \`DATA_DIR\`), and only on 127.0.0.1.
- Data-layer figures are mean µs per call: the median, over interleaved rounds, of each round's
  mean. Raw better-sqlite3 is the floor; "compiled" runs our Kysely with the query already
  compiled, so *ours − compiled* is the price of building and compiling the query and
  *compiled − raw* the price of Kysely's executor and driver (promises, connection mutex) and
  the statement cache.
- The profile comes from a separate, shorter run under \`--cpu-prof\` (which slows the server a
  little); use it for the shares, not as a throughput figure.`;

function httpSection(h: HttpResult) {
  const row = (run: LoadResult, bare: LoadResult | undefined) => [
    run.label,
    int(run.rps),
    bare ? percent(run.rps / bare.rps) : '—',
    `${run.p50Ms} ms`,
    `${run.p99Ms} ms`,
    int(run.cpuUsPerRequest),
    `${int(run.ok)} / ${int(run.non2xx + run.errors + run.timeouts)}`,
  ];
  const runs = [
    ...h.rounds.flatMap((r) => [row(r.bare, undefined), row(r.home, r.bare)]),
    row(h.account, h.median.bare),
    ...('home' in h.postgres ? [row(h.postgres.home, h.median.bare)] : []),
  ];
  return [
    `## 1. HTTP (${CONNECTIONS} connections, ${DURATION_SECONDS} s per run)`,
    '',
    table(
      ['Run', 'req/s', 'share of bare', 'p50', 'p99', 'server CPU µs/request', 'answered / failed'],
      runs,
    ),
    '',
    `Baseline: a bare \`node:http\` server (bench/servers/bare.mjs) replaying the home page's ` +
      `status, headers and gzip bytes. Bare and home-page runs alternate in ${h.rounds.length} ` +
      `rounds; each home run is compared with the bare run just before it, and the verdict ` +
      `takes the median round (${percent(h.median.share)}). /account and PostgreSQL are ` +
      `compared with that round's bare run (${int(h.median.bare.rps)} req/s). The home page is ` +
      `${int(h.homeBytes.gzip)} bytes gzip (${int(h.homeBytes.identity)} uncompressed); ` +
      `/account ${int(h.accountBytes.gzip)} bytes gzip. Requests send ` +
      '`accept-encoding: gzip` as browsers do; /account also sends the session cookie of a ' +
      'confirmed person.',
    '',
    'home' in h.postgres
      ? 'The PostgreSQL run uses a throwaway database on 127.0.0.1:5432, created and dropped by the bench (no target).'
      : `PostgreSQL run skipped: ${h.postgres.skipped}.`,
    '',
    '### Where the CPU goes',
    '',
    'Share of the busy (non-idle) profile samples, by kind of work and by function (self time); ' +
      'µs/request is that share of the CPU per request measured above for the same page.',
    '',
    ...[h.median.home, h.account].flatMap((run, i) => {
      const p = h.profiles[i];
      if (!p) return [];
      const us = (share: number) => int(share * run.cpuUsPerRequest);
      return [
        `**${p.label}** (${int(p.requests)} requests profiled)`,
        '',
        table(
          ['Kind of work', 'share', '≈ µs/request'],
          p.kinds.map((k) => [k.name, percent(k.share), us(k.share)]),
        ),
        '',
        table(
          ['Function (self time)', 'share', '≈ µs/request'],
          p.functions.map((f) => [`\`${f.name}\``, percent(f.share), us(f.share)]),
        ),
        '',
      ];
    }),
  ].join('\n');
}

function dataLayerSection(d: DataLayerResult) {
  return [
    `## 2. Data layer (SQLite, ${int(d.people)} people)`,
    '',
    table(
      [
        'Query',
        'raw better-sqlite3 (baseline)',
        'ours',
        'ours, pre-compiled',
        'stock SqliteDialect',
        'ours / raw',
      ],
      d.queries.map((q) => [
        q.name,
        `${fixed(q.us.raw)} µs`,
        `${fixed(q.us.ours)} µs`,
        `${fixed(q.us.compiled)} µs`,
        `${fixed(q.us.stock)} µs`,
        `${fixed(q.us.ours / q.us.raw, 2)}×`,
      ]),
    ),
    '',
    `${int(d.queries[0]?.calls ?? 0)} calls per variant and query, in ${d.rounds} interleaved ` +
      'rounds after a warm-up; the file database is in WAL mode as Concord opens it. ' +
      "*ours* is the accounts module's own query function (`findPersonById`, `searchPeople`) on " +
      "`openDatabase()`'s Kysely with the statement cache; *raw* runs the very SQL Kysely " +
      'compiles, prepared once (`.get()` for the single row, `.all()` for the page); *stock* is ' +
      "the same function on Kysely's `SqliteDialect` over a plain handle, which prepares on " +
      'every call.',
    '',
    ...d.queries.map((q) => `- ${q.name}: \`${q.sql}\``),
  ].join('\n');
}

function coldStartSection(c: ColdStartResult, h: HttpResult | undefined) {
  const list = (values: number[]) => values.map((ms) => seconds(ms)).join(', ');
  return [
    '## 3. Cold start and memory',
    '',
    table(
      ['Process', 'median', 'runs'],
      [
        [
          '`node dist/src/main.js serve` (fresh DATA_DIR, CONCORD_DEMO=0)',
          seconds(c.concordMedianMs),
          list(c.concordMs),
        ],
        ['bare node:http script', seconds(c.bareMedianMs), list(c.bareMs)],
      ],
    ),
    '',
    'From spawning the process to the first 200 from `GET /`, polled every 10 ms on fresh ' +
      "connections. Concord's time includes loading its modules, creating the SQLite file, " +
      'running every migration and the first-run setup.',
    '',
    h
      ? `Resident memory (VmRSS) of the Concord process: ${fixed(h.rss.afterStartMb)} MB after ` +
        `start, ${fixed(h.rss.afterLoadMb)} MB after the HTTP runs; right after each cold ` +
        `start: ${c.concordRssMb.map((mb) => fixed(mb, 0)).join(', ')} MB. Its V8 heap ` +
        `(from its /metrics): ${fixed(h.heap.afterStart.usedMb)} MB used of ` +
        `${fixed(h.heap.afterStart.totalMb)} MB after start, ${fixed(h.heap.afterLoad.usedMb)} ` +
        `MB used of ${fixed(h.heap.afterLoad.totalMb)} MB after the runs.`
      : '',
  ].join('\n');
}

const failed = (name: string, error: string) =>
  error.startsWith('not run')
    ? `## ${name}\n\nNot measured in this run (\`--only\`).`
    : `## ${name}\n\n**Not measured: the benchmark failed.**\n\n\`\`\`\n${error}\n\`\`\``;

function directorySection(d: DirectoryBenchResult) {
  const ms = (t: { p50: number; p95: number } | undefined) =>
    t ? `${fixed(t.p50)} / ${fixed(t.p95)} ms` : '—';
  const parts = d.engines.flatMap((e) => {
    const name = e.engine === 'sqlite' ? 'SQLite (FTS5)' : 'PostgreSQL (tsvector)';
    if ('skipped' in e) return [`### ${name}`, '', `Skipped: ${e.skipped}.`, ''];
    return [
      `### ${name}`,
      '',
      table(
        [
          'Organisations',
          'Query',
          'found',
          'search p50 / p95',
          'narrowed by facets p50 / p95',
          'bare full-text query p50 / p95 (baseline)',
        ],
        e.sizes.flatMap((s) =>
          s.queries.map((q) => [
            int(s.organizations),
            `${q.name}${q.q ? ` \`${q.q}\`` : ''}`,
            int(q.found),
            ms(q.search),
            ms(q.facets),
            ms(q.raw),
          ]),
        ),
      ),
      '',
      `Seeding took ${e.sizes.map((s) => `${fixed(s.seedSeconds)} s (to ${int(s.organizations)})`).join(', ')}. ` +
        `The first request after a change, which loads the facet values into memory again: ${e.sizes
          .map((s) => `${fixed(s.reload.p50)} ms p50 (${int(s.organizations)})`)
          .join(', ')}.`,
      '',
    ];
  });
  return [
    '## 4. Directory search and facets',
    '',
    `${d.runs} timed runs per query after 3 warm-up runs, one request at a time. *Search* is ` +
      '`listDirectory` as the page `/organizations?q=…` calls it: the search seam’s matches as ' +
      'keys and ranks, the page, the total and every facet’s counts from the facet values held ' +
      'in memory (docs/decisions/012-directory-in-memory.md), then the page’s rows by id. *Narrowed by ' +
      'facets* is the same with `region=142&sdg=4&verified=1` (Asia, quality education, verified ' +
      'members). The baseline is the search seam’s full-text query alone (FTS5 `MATCH` with ' +
      '`bm25()`, or the `tsvector @@ tsquery` with `ts_rank`) for every match, run straight on the ' +
      'driver in the same run. The organisations (bench/directory-data.ts) have names in ' +
      'Azerbaijani, English or Russian with translations, descriptions, tags, 1–4 SDGs, IATI ' +
      'types, 90 % network members and a third of those verified (some expired, some revoked), ' +
      'spread over every country with a Global South tilt; the 100,000 start with the same ' +
      '10,000.',
    '',
    ...parts,
  ].join('\n');
}

function eventsSection(e: EventsBenchResult) {
  const ms = (t: { p50: number; p95: number }, digits = 1) =>
    `${fixed(t.p50, digits)} / ${fixed(t.p95, digits)} ms`;
  const parts = e.engines.flatMap((r) => {
    const name = engineName(r.engine);
    if ('skipped' in r) return [`### ${name}`, '', `Skipped: ${r.skipped}.`, ''];
    const { service, bare, check } = r.registration;
    return [
      `### ${name}`,
      '',
      table(
        [
          'Page',
          'gzip bytes',
          'Concord p50 / p95',
          'Concord CPU ms/request',
          'bare node:http, same bytes p50 / p95 (baseline)',
        ],
        r.pages.map((p) => [
          p.page,
          int(p.bytes),
          ms(p.concord),
          fixed(p.concordCpuMs, 1),
          ms(p.bare, 2),
        ]),
      ),
      '',
      `The programme page shows ${int(r.pages.find((p) => p.page === 'programme')?.found ?? 0)} ` +
        `of the ${int(e.sessions)} sessions.`,
      '',
      table(
        ['Registration', 'registrations/s', 'seconds for all'],
        [
          [service.label, fixed(service.perSecond, 0), fixed(service.seconds, 2)],
          [`${bare.label} (baseline)`, fixed(bare.perSecond, 0), fixed(bare.seconds, 2)],
        ],
      ),
      '',
      `Afterwards: ${int(check.confirmedRows)} confirmed rows, counter ${int(check.confirmedCount)}, ` +
        `${int(check.capacity)} seats; ${int(check.waitlistedRows)} waitlisted (counter ` +
        `${int(check.waitlistedCount)}); ${int(check.doubles)} people registered twice; ` +
        `${int(check.refused)} refused. ${check.ok ? '**No overbooking.**' : '**FAIL: the counts do not add up.**'} ` +
        `Seeding took ${fixed(r.seedSeconds)} s.`,
      '',
    ];
  });
  return [
    '## 5. Events at scale',
    '',
    `One published three-day event with ${int(e.people)} registrations (96 % confirmed, 85 % of ` +
      `those checked in, 90 % on behalf of one of ${int(e.organizations)} member organisations in ` +
      `many countries) and ${int(e.sessions)} sessions in 10 rooms with speakers ` +
      '(bench/events-data.ts: the event, rooms and sessions through the services, people and ' +
      'registrations by multi-row inserts). The programme page (`/events/:slug/programme`) and the ' +
      'figures page (`/events/:slug/figures`) are fetched signed out from the built server, ' +
      `one request at a time on a kept-alive connection: ${e.runs} timed requests after 20 ` +
      'warm-up ones. The baseline is the bare `node:http` server replaying the same page’s ' +
      'status, headers and gzip bytes, timed the same way in the same run. *CPU ms/request* is ' +
      'the Concord process’s user + system time over those requests: it moves less than the ' +
      'latencies when other processes compete for the cores.',
    '',
    `Registration: ${int(REGISTRANTS)} people register for an event with ${int(SEATS)} seats, ` +
      `${CONCURRENCY} at a time, and ${DOUBLE_SUBMITS} of them submit twice (a double click). ` +
      'They call the registration service in the bench process (`registerForEvent`: the form’s ' +
      'handler without HTTP, CSRF and the session lookup; the same transaction, audit record and ' +
      'queued mail). The baseline is the least a correct registration writes — the row (unique ' +
      'per person), a seat or a place on the waiting list — in one transaction on the same ' +
      'database, by the same registrants. Then the event’s counters are checked against its rows.',
    '',
    ...parts,
  ].join('\n');
}

export function renderReport(r: Results) {
  // On a busy machine, a missed absolute target may be the machine's doing: say so next to it.
  const disturbed = r.machine.othersShare > BUSY_SHARE;
  const rows = verdicts(r).map((v) => [
    v.target,
    v.measured,
    v.baseline,
    `${mark(v.pass)}${disturbed && v.absolute && v.pass === false ? ' (busy machine)' : ''}`,
  ]);
  return `${[
    '# Performance',
    '',
    'Generated by `npm run bench` (bench/run.ts); do not edit by hand. Targets, figures and the ' +
      'machine they were measured on.',
    '',
    machineSection(r.machine, r.durationSeconds),
    '',
    '## Targets',
    '',
    table(['Target', 'Measured', 'Baseline (same run)', 'Result'], rows),
    '',
    HOW_TO_READ,
    '',
    r.http.ok ? httpSection(r.http.value) : failed('1. HTTP', r.http.error),
    '',
    r.dataLayer.ok
      ? dataLayerSection(r.dataLayer.value)
      : failed('2. Data layer', r.dataLayer.error),
    '',
    r.directory.ok
      ? directorySection(r.directory.value)
      : failed('4. Directory search and facets', r.directory.error),
    '',
    r.coldStart.ok
      ? coldStartSection(r.coldStart.value, r.http.ok ? r.http.value : undefined)
      : failed('3. Cold start and memory', r.coldStart.error),
    '',
    r.events.ok ? eventsSection(r.events.value) : failed('5. Events at scale', r.events.error),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')}\n`;
}
