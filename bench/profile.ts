/**
 * Where a request's CPU goes: serves one page under the same load from a Concord started with
 * --cpu-prof, then sums the samples taken during the measured window by function and by kind of
 * work. Both clocks are CLOCK_MONOTONIC (V8's profile timestamps and process.hrtime), so the
 * window is exact. The profiler samples wall time, so on a busy machine time spent descheduled
 * lands on whatever was running: shares are meaningful, absolute times are not (the report turns
 * shares into µs with the CPU time per request measured by /proc in the unprofiled run).
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import {
  CONCORD_MAIN,
  CONCORD_NODE_FLAGS,
  concordEnv,
  freePort,
  HOST,
  progress,
  spawnNode,
  tempDir,
  waitFor200,
} from './util.js';

const WARMUP_SECONDS = 2;
const SECONDS = 5;
const CONNECTIONS = 50;

type CallFrame = { functionName: string; url: string; lineNumber: number };
type CpuProfile = {
  nodes: { id: number; callFrame: CallFrame }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

/** A kind of work or a function, and its share of the busy (non-idle) samples. */
export type Cost = { name: string; share: number };
export type ProfileResult = {
  label: string;
  requests: number;
  kinds: Cost[];
  functions: Cost[];
};

/** What kind of work a frame is, from where its code lives. */
function kindOf(frame: CallFrame) {
  const { url, functionName: name } = frame;
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(program)' || name === '(root)') return 'V8 and native (unattributed)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg === 'hono') return 'Hono (routing, middleware, JSX)';
  if (pkg === '@hono/node-server') return '@hono/node-server (node:http ⇄ Request/Response)';
  if (pkg === 'kysely') return 'Kysely';
  if (pkg === 'better-sqlite3') return 'better-sqlite3';
  if (pkg === 'intl-messageformat' || pkg?.startsWith('@formatjs/')) return 'messages (ICU)';
  if (pkg) return `package: ${pkg}`;
  if (/\/dist\/src\//.test(url)) return 'Concord code';
  if (url.startsWith('node:internal/webstreams') || url.includes('js_transferable')) {
    return 'web streams';
  }
  if (url.includes('undici') || url.includes('abort_controller') || url.includes('event_target')) {
    return 'Request/Response/Headers objects (undici)';
  }
  if (url.includes('async_hooks')) return 'async context (AsyncLocalStorage, promise hooks)';
  if (url.startsWith('node:zlib')) return 'gzip (zlib)';
  if (url.includes('crypto')) return 'crypto';
  if (
    /^node:(_http|net|internal\/(streams|stream_base|http|net))/.test(url) ||
    url === 'node:net'
  ) {
    return 'HTTP parsing, sockets, streams';
  }
  if (!url && /^(writev|writeUtf8String|writeBuffer|writeLatin1String)$/.test(name)) {
    return 'HTTP parsing, sockets, streams';
  }
  if (url.startsWith('node:')) return 'other Node internals';
  return 'V8 and native (unattributed)';
}

function summarise(profile: CpuProfile, from: number, to: number) {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byKind = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at < from || at > to) return;
    const frame = frames.get(id)!;
    if (frame.functionName === '(idle)') return;
    busy += delta;
    const kind = kindOf(frame);
    byKind.set(kind, (byKind.get(kind) ?? 0) + delta);
    const where = frame.url.includes('/node_modules/')
      ? frame.url.replace(/^.*\/node_modules\//, '')
      : frame.url.replace(/^.*\/dist\/src\//, 'dist/src/');
    const name = `${frame.functionName || '(anonymous)'}${where ? ` (${where}:${frame.lineNumber + 1})` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
  });
  const top = (map: Map<string, number>, n: number): Cost[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, share: us / busy }));
  if (busy === 0) throw new Error('profile: no samples in the measured window');
  return { kinds: top(byKind, 12), functions: top(byFunction, 12) };
}

/** Profiles Concord serving `pathname` (gzip) on the database in `dataDir`. */
export async function profilePage(
  label: string,
  dataDir: string,
  pathname: string,
  extraHeaders: Record<string, string> = {},
): Promise<ProfileResult> {
  const temp = tempDir('profile');
  const port = await freePort();
  const child = spawnNode(
    [...CONCORD_NODE_FLAGS, '--cpu-prof', `--cpu-prof-dir=${temp.dir}`, CONCORD_MAIN, 'serve'],
    concordEnv(dataDir, port),
  );
  try {
    await waitFor200(child, port, { timeoutMs: 30_000 });
    const url = `http://${HOST}:${port}${pathname}`;
    const headers = { 'accept-encoding': 'gzip', 'accept-language': 'en', ...extraHeaders };
    await autocannon({ url, headers, connections: CONNECTIONS, duration: WARMUP_SECONDS });
    const from = Number(process.hrtime.bigint() / 1000n);
    const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS });
    const to = Number(process.hrtime.bigint() / 1000n);
    await child.stop(15_000); // SIGTERM: the server drains, exits, and node writes the profile
    const file = fs.readdirSync(temp.dir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no CPU profile written:\n${child.output()}`);
    const profile = JSON.parse(fs.readFileSync(path.join(temp.dir, file), 'utf8')) as CpuProfile;
    if (r.non2xx + r.errors > 0) throw new Error(`profile ${label}: requests failed`);
    progress(`profile ${label}: ${r['2xx']} requests`);
    return { label, requests: r['2xx'], ...summarise(profile, from, to) };
  } finally {
    await child.stop();
    temp.remove();
  }
}
