/**
 * What the benchmarks share: free ports, child servers that are always stopped, polling for the
 * first 200 (bounded), resident memory from /proc, and small statistics.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (bench/ sits directly under it). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The compiled Concord entry point, as users run it. */
export const CONCORD_MAIN = path.join(ROOT, 'dist', 'src', 'main.js');
/**
 * The node flags `npm start` runs the server with (package.json's start script: V8 heap
 * limits, docs/operations.md), so that the bench measures the server as it is run.
 */
export const CONCORD_NODE_FLAGS: string[] = (() => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const start: string = pkg.scripts?.start ?? '';
  const flags = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/src\/main\.js/.exec(start)?.[1];
  return flags ? flags.trim().split(/\s+/) : [];
})();
/** The bare node:http baseline, plain JavaScript so that it starts as fast as node can. */
export const BARE_SERVER = path.join(ROOT, 'bench', 'servers', 'bare.mjs');

/** Load and polling go to the loopback address only. */
export const HOST = '127.0.0.1';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A port nobody listens on right now, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A fresh temporary directory; `remove()` deletes it. */
export function tempDir(label: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `concord-bench-${label}-`));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export type Child = {
  process: ChildProcess;
  pid: number;
  /** The last few kilobytes the child wrote, for error messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>;
};

const running = new Set<Child>();

/** Spawns `node args…` with `env` added to a minimal environment; stopped by `stopAll()` too. */
export function spawnNode(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const handle: Child = {
    process: child,
    pid: child.pid ?? -1,
    output: () => output,
    async stop(graceMs = 5000) {
      running.delete(handle);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  running.add(handle);
  return handle;
}

/** Runs `node args…` to completion (killed after `timeoutMs`); its stdout, or an error. */
export function runNode(args: string[], env: Record<string, string>, timeoutMs = 60_000) {
  return new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.tmpdir(), ...env },
        timeout: timeoutMs,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`node ${args.join(' ')} failed: ${error.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

/** Stops every child still running (on failure or interruption). */
export async function stopAll() {
  await Promise.all([...running].map((child) => child.stop(2000)));
}

/** One GET on a fresh connection; the status, or undefined when nothing answers yet. */
export function probe(
  port: number,
  pathname: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer } | undefined> {
  return new Promise((resolve) => {
    const request = http.get(
      { host: HOST, port, path: pathname, headers, agent: false, timeout: 5000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', () => resolve(undefined));
      },
    );
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(undefined));
  });
}

/**
 * Polls GET `pathname` every `intervalMs` until it answers 200; returns the milliseconds since
 * `startedAt` (process.hrtime.bigint()). Gives up after `timeoutMs` or when the child exits.
 */
export async function waitFor200(
  child: Child,
  port: number,
  options: { startedAt?: bigint; intervalMs?: number; timeoutMs?: number; pathname?: string } = {},
) {
  const startedAt = options.startedAt ?? process.hrtime.bigint();
  const { intervalMs = 10, timeoutMs = 30_000, pathname = '/' } = options;
  const attempts = Math.ceil(timeoutMs / intervalMs);
  const giveUpAt = process.hrtime.bigint() + BigInt(timeoutMs) * 1_000_000n;
  for (let attempt = 0; attempt < attempts && process.hrtime.bigint() < giveUpAt; attempt++) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(`server exited before answering:\n${child.output()}`);
    }
    const answer = await probe(port, pathname);
    if (answer?.status === 200) return Number(process.hrtime.bigint() - startedAt) / 1e6;
    await sleep(intervalMs);
  }
  throw new Error(`no 200 from ${pathname} within ${timeoutMs} ms:\n${child.output()}`);
}

/** Resident memory of a process in MB (VmRSS from /proc/<pid>/status). */
export function rssMb(pid: number) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no VmRSS for pid ${pid}`);
  return kb / 1024;
}

/** USER_HZ, the unit of /proc's CPU times: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

/**
 * CPU time a process has used so far, in ms (user + system from /proc/<pid>/stat). CPU per
 * request moves much less than requests/s when other processes compete for the cores.
 */
export function cpuMs(pid: number) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** CPU time of the whole machine so far, ms: busy (all but idle and iowait) and total. */
export function machineCpuMs() {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1, 9)
    .map(Number) as [number, number, number, number, number, number, number, number];
  const busy = user + nice + system + irq + softirq + steal;
  return {
    busyMs: (busy * 1000) / CLOCK_TICKS,
    totalMs: ((busy + idle + iowait) * 1000) / CLOCK_TICKS,
  };
}

/** CPU time of this process and of every child it has reaped (the servers, the build), ms. */
export function ownTreeCpuMs() {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  return (ticks * 1000) / CLOCK_TICKS;
}

export function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The environment Concord is served with in every benchmark. */
export function concordEnv(dataDir: string, port: number, extra: Record<string, string> = {}) {
  return {
    NODE_ENV: 'production',
    HOST,
    PORT: String(port),
    DATA_DIR: dataDir,
    CONCORD_DEMO: '0',
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

/** Progress on stderr, so a long run shows where it is. */
export const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);
