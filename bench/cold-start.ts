/**
 * Cold start: from spawning the compiled `concord serve` on a fresh data directory to its first
 * 200 from GET /, polled every 10 ms; next to the same measurement for a bare node:http script.
 * Concord's time includes creating the SQLite file, running every migration and first-run setup.
 */
import {
  BARE_SERVER,
  CONCORD_MAIN,
  CONCORD_NODE_FLAGS,
  concordEnv,
  freePort,
  HOST,
  median,
  progress,
  rssMb,
  spawnNode,
  tempDir,
  waitFor200,
} from './util.js';

const RUNS = 5;

export type ColdStartResult = {
  runs: number;
  concordMs: number[];
  bareMs: number[];
  concordMedianMs: number;
  bareMedianMs: number;
  /** Concord's resident memory right after its first 200, per run (MB). */
  concordRssMb: number[];
};

async function once(kind: 'concord' | 'bare') {
  const port = await freePort();
  const temp = tempDir('cold');
  const startedAt = process.hrtime.bigint();
  const child =
    kind === 'concord'
      ? spawnNode([...CONCORD_NODE_FLAGS, CONCORD_MAIN, 'serve'], concordEnv(temp.dir, port))
      : spawnNode([BARE_SERVER], { PORT: String(port), HOST });
  try {
    const ms = await waitFor200(child, port, { startedAt, intervalMs: 10, timeoutMs: 30_000 });
    return { ms, rss: rssMb(child.pid) };
  } finally {
    await child.stop();
    temp.remove();
  }
}

export async function benchColdStart(): Promise<ColdStartResult> {
  const concordMs: number[] = [];
  const bareMs: number[] = [];
  const concordRssMb: number[] = [];
  // Interleaved, so that a noisy moment hurts both sides alike.
  for (let run = 0; run < RUNS; run++) {
    const bare = await once('bare');
    bareMs.push(bare.ms);
    const concord = await once('concord');
    concordMs.push(concord.ms);
    concordRssMb.push(concord.rss);
    progress(
      `cold start ${run + 1}/${RUNS}: concord ${concord.ms.toFixed(0)} ms, bare ${bare.ms.toFixed(0)} ms`,
    );
  }
  return {
    runs: RUNS,
    concordMs,
    bareMs,
    concordMedianMs: median(concordMs),
    bareMedianMs: median(bareMs),
    concordRssMb,
  };
}
