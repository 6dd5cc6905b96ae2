/**
 * `npm run bench`: builds Concord, runs every benchmark against a baseline measured in the same
 * run, and writes docs/performance.md. `npm run bench -- --no-build` reuses the current dist/;
 * `--no-wait` starts at once instead of first waiting (at most a minute) for a quiet machine.
 * `--only directory` (or data-layer, cold-start, http, events; repeatable) runs only those
 * benchmarks; the report then says the others were not measured in this run.
 * Exits 1 when a benchmark could not run (targets missed are reported, not an error).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchColdStart } from './cold-start.js';
import { benchDataLayer } from './data-layer.js';
import { benchDirectory } from './directory.js';
import { benchEvents } from './events.js';
import { benchHttp } from './http.js';
import { type Machine, type Results, renderReport, type Section, verdicts } from './report.js';
import {
  CONCORD_MAIN,
  machineCpuMs,
  ownTreeCpuMs,
  progress,
  ROOT,
  sleep,
  stopAll,
} from './util.js';

/** The whole run is bounded: past this, children are stopped and the run fails. */
const DEADLINE_MS = 20 * 60_000;
const BENCHMARKS = ['data-layer', 'cold-start', 'http', 'directory', 'events'] as const;
type Benchmark = (typeof BENCHMARKS)[number];

/** The benchmarks named by `--only NAME` (repeatable), or all of them. */
function chosen(): Set<Benchmark> {
  const args = process.argv.slice(2);
  const names = args.flatMap((arg, i) => (arg === '--only' ? [args[i + 1] ?? ''] : []));
  for (const name of names)
    if (!BENCHMARKS.includes(name as Benchmark))
      throw new Error(`--only ${name}: not one of ${BENCHMARKS.join(', ')}`);
  return new Set(names.length > 0 ? (names as Benchmark[]) : BENCHMARKS);
}
/** Before starting, wait (at most this long) for other processes to leave the CPU mostly idle. */
const QUIET_WAIT_MS = 60_000;
const QUIET_SHARE = 0.25;
const REPORT = path.join(ROOT, 'docs', 'performance.md');
function git(args: string[]) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    return '';
  }
}

function machine(othersShare: number): Machine {
  const options = process.argv.slice(2);
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  const meminfo = fs.readFileSync('/proc/meminfo', 'utf8');
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = git(['status', '--porcelain']) !== '';
  return {
    date: new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC'),
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Number(/^MemTotal:\s+(\d+)\s+kB/m.exec(meminfo)?.[1] ?? 0) / 1024 / 1024,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    commit: commit ? `${commit}${dirty ? ' (with uncommitted changes)' : ''}` : 'unknown',
    command: ['npm run bench', ...(options.length > 0 ? ['--', ...options] : [])].join(' '),
    othersShare,
  };
}

async function section<T>(name: string, run: () => Promise<T>): Promise<Section<T>> {
  progress(`${name}…`);
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    progress(`${name} failed: ${(error as Error).stack ?? error}`);
    await stopAll();
    return { ok: false, error: (error as Error).message };
  }
}

/**
 * Waits, in 2 s samples and for at most QUIET_WAIT_MS, until other processes use less than
 * QUIET_SHARE of the machine's CPU; starts anyway after that (the report says how busy it was).
 */
async function waitForQuiet() {
  for (let waited = 0; waited < QUIET_WAIT_MS; waited += 2000) {
    const before = machineCpuMs();
    await sleep(2000);
    const after = machineCpuMs();
    const share = (after.busyMs - before.busyMs) / (after.totalMs - before.totalMs);
    if (share < QUIET_SHARE) return;
    if (waited === 0)
      progress(
        `other processes use ${Math.round(share * 100)} % of the CPU; waiting up to ${QUIET_WAIT_MS / 1000} s`,
      );
  }
  progress('the machine stayed busy; running anyway');
}

function build() {
  progress('npm run build…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 180_000,
  });
  if (result.status !== 0)
    throw new Error(`npm run build failed (${result.status ?? result.signal})`);
  if (!fs.existsSync(CONCORD_MAIN)) throw new Error(`${CONCORD_MAIN} missing after the build`);
}

async function main() {
  const started = Date.now();
  const deadline = setTimeout(() => {
    progress(`deadline of ${DEADLINE_MS / 1000} s passed; stopping`);
    void stopAll().finally(() => process.exit(1));
  }, DEADLINE_MS);
  deadline.unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  }

  const only = chosen();
  // Only the HTTP, cold-start and events runs serve the built dist/.
  const needsBuild = only.has('http') || only.has('cold-start') || only.has('events');
  if (needsBuild && !process.argv.includes('--no-build')) build();
  else if (needsBuild && !fs.existsSync(CONCORD_MAIN))
    throw new Error('no dist/: run without --no-build');
  if (!process.argv.includes('--no-wait')) await waitForQuiet();
  const cpuBefore = machineCpuMs();
  const ownBefore = ownTreeCpuMs();

  // The data layer and the directory first, while no server runs; then cold starts; then HTTP;
  // then the events, which start their own servers.
  const run = <T>(name: Benchmark, label: string, bench: () => Promise<T>, kept: Section<T>) =>
    only.has(name) ? section(label, bench) : Promise.resolve(kept);
  const notRun = { ok: false as const, error: 'not run (see --only)' };
  const dataLayer = await run('data-layer', 'data layer', benchDataLayer, notRun);
  const directory = await run('directory', 'directory', () => benchDirectory(), notRun);
  const coldStart = await run('cold-start', 'cold start', benchColdStart, notRun);
  const http = await run('http', 'http', benchHttp, notRun);
  const events = await run('events', 'events', () => benchEvents(), notRun);

  // What other processes took from the machine while the benchmarks ran (all children reaped).
  const cpuAfter = machineCpuMs();
  const others = cpuAfter.busyMs - cpuBefore.busyMs - (ownTreeCpuMs() - ownBefore);
  const results: Results = {
    machine: machine(Math.max(0, others) / (cpuAfter.totalMs - cpuBefore.totalMs)),
    durationSeconds: (Date.now() - started) / 1000,
    dataLayer,
    directory,
    coldStart,
    http,
    events,
  };
  fs.writeFileSync(REPORT, renderReport(results));
  clearTimeout(deadline);

  process.stdout.write(`\nWrote ${path.relative(process.cwd(), REPORT)}\n\n`);
  for (const v of verdicts(results)) {
    const result = v.pass === undefined ? 'n/a ' : v.pass ? 'PASS' : 'FAIL';
    process.stdout.write(`${result}  ${v.target}: ${v.measured} (${v.baseline})\n`);
  }
  const ran = [
    ['data-layer', dataLayer],
    ['directory', directory],
    ['cold-start', coldStart],
    ['http', http],
    ['events', events],
  ] as const;
  if (ran.some(([name, result]) => only.has(name) && !result.ok)) process.exitCode = 1;
}

await main().catch(async (error) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? error}\n`);
  await stopAll();
  process.exit(1);
});
