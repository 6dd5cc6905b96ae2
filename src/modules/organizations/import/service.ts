/**
 * Importing organisations from a CSV file, for platform administrators. An upload is checked
 * as a whole first and kept as a job with its report; nothing is written until an
 * administrator confirms. Then the job runs in this process, in the background:
 *
 * - 'all' (the file has no bad row): every row in ONE transaction, so the file lands whole or
 *   not at all; a unique-key race with another import or a profile edit rolls it back and it
 *   is tried again (from the start: the rows the other side wrote are then found and updated).
 * - 'valid': the valid rows, in transactions of CHUNK rows; a row that fails when it is written
 *   (a race on a unique key) is added to the report and the rest go on.
 *
 * Progress is counted in memory while a job runs (an 'all' job's own writes are invisible to
 * other connections until it commits) and saved with each chunk. A job left 'running' by a
 * process that stopped is marked failed when next looked at; starting it again is safe, since
 * rows already imported come out unchanged.
 */
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import { retryOnUniqueViolation } from '../../../platform/db/retry.js';
import { type Invalid, invalid, type Refused, refused } from '../../../platform/outcome.js';
import type { Acting, Organizations } from '../context.js';
import { OrganizationProfileSchema } from '../profile/schema.js';
import { applyRow, heldByOthers, importMayUpdate } from './apply.js';
import {
  checkRow,
  decodeFile,
  formValuesOf,
  type ImportProblem,
  type ImportRecord,
  parseImportFile,
} from './format.js';
import * as iq from './queries.js';
import type { ImportMode } from './tables.js';

/** Rows written per transaction in 'valid' mode, between which other requests get their turn. */
const CHUNK = 250;
/** How long a job may go without news before it is taken for interrupted. */
const STALE_MS = { all: 10 * 60_000, valid: 2 * 60_000 } as const;
/** How often the whole file runs again after losing a unique-key race to another writer. */
const ATTEMPTS = 3;

/** Rows done so far by the jobs running in this process. */
const progress = new Map<string, number>();
/** The jobs running in this process, to await them (tests, shutdown). */
const runs = new Map<string, Promise<void>>();

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

/** The row's keys as the schema reads them: registration number (with country) and IATI id. */
function keysOf(record: ImportRecord) {
  const parsed = OrganizationProfileSchema.safeParse(formValuesOf(record.cells));
  if (!parsed.success) return undefined;
  const { country, registrationNumber, iatiIdentifier } = parsed.data;
  return { country, registrationNumber, iatiIdentifier };
}

/**
 * Every row's problems that the file alone shows: the profile schema's, a missing key (without
 * one, importing again would duplicate), and keys that repeat within the file.
 */
export function checkRecords(records: readonly ImportRecord[]) {
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    const own = checkRow(record);
    problems.push(...own);
    if (own.length > 0) continue;
    const keys = keysOf(record)!;
    if (!keys.registrationNumber && !keys.iatiIdentifier) {
      problems.push({
        row: record.row,
        column: 'registration_number',
        key: 'import.row.keyRequired',
      });
      continue;
    }
    const named: [string, string | undefined][] = [
      ['iati_identifier', keys.iatiIdentifier && `iati ${keys.iatiIdentifier}`],
      [
        'registration_number',
        keys.registrationNumber && `reg ${keys.country} ${keys.registrationNumber}`,
      ],
    ];
    for (const [column, key] of named) {
      if (!key) continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, record.row);
      else
        problems.push({ row: record.row, column, key: 'import.row.repeated', values: { first } });
    }
  }
  return problems;
}

/**
 * Rows whose IATI identifier and registration number name two different organisations, and
 * rows whose key belongs to an organisation the import may not update (importMayUpdate).
 */
async function checkAgainstDirectory(ctx: Organizations, records: readonly ImportRecord[]) {
  const keyed = records.map((r) => ({ row: r.row, keys: keysOf(r) })).filter((r) => r.keys);
  const found: Awaited<ReturnType<typeof iq.findOrganizationsByKeys>> = [];
  for (let i = 0; i < keyed.length; i += 500) {
    const slice = keyed.slice(i, i + 500);
    found.push(
      ...(await iq.findOrganizationsByKeys(ctx.deps.db.kysely, {
        iatiIdentifiers: slice.flatMap((r) => r.keys?.iatiIdentifier ?? []),
        registrationNumbers: slice.flatMap((r) => r.keys?.registrationNumber ?? []),
      })),
    );
  }
  const problems: ImportProblem[] = [];
  for (const { row, keys } of keyed) {
    if (!keys) continue;
    const byIati = keys.iatiIdentifier
      ? found.find((o) => o.iati_identifier === keys.iatiIdentifier)
      : undefined;
    const byNumber = keys.registrationNumber
      ? found.find(
          (o) => o.country === keys.country && o.registration_number === keys.registrationNumber,
        )
      : undefined;
    if (byIati && byNumber && byIati.id !== byNumber.id) {
      problems.push({ row, column: 'iati_identifier', key: 'import.row.twoOrganizations' });
    }
    const taken =
      byIati && !importMayUpdate(byIati)
        ? heldByOthers(byIati, 'iati_identifier')
        : byNumber && !importMayUpdate(byNumber)
          ? heldByOthers(byNumber, 'registration_number')
          : undefined;
    if (taken) problems.push({ row, ...taken });
  }
  return problems;
}

const rowsWithProblems = (problems: readonly ImportProblem[]) =>
  new Set(problems.map((p) => p.row)).size;

/** Checks an uploaded file and keeps it as a job with its report; writes no organisation. */
export async function checkImportFile(
  ctx: Organizations,
  by: Acting,
  file: { name: string; bytes: Uint8Array },
  admit: boolean,
): Promise<{ ok: true; id: string } | Invalid> {
  if (file.bytes.length === 0) return invalid('file', 'import.file.required');
  const text = decodeFile(file.bytes);
  if (text === undefined) return invalid('file', 'import.file.notUtf8');
  const parsed = parseImportFile(text);
  if (!parsed.ok) return parsed;
  const problems = [
    ...checkRecords(parsed.records),
    ...(await checkAgainstDirectory(ctx, parsed.records)),
  ].sort((a, b) => a.row - b.row);
  const id = newId();
  const now = nowIso();
  await iq.insertImport(ctx.deps.db.kysely, {
    id,
    file_name: file.name.slice(0, 200) || 'organisations.csv',
    content: text.replace(/^\uFEFF/, ''),
    admit: admit ? 1 : 0,
    mode: null,
    status: 'validated',
    total_rows: parsed.records.length,
    error_rows: rowsWithProblems(problems),
    processed_rows: 0,
    created_count: 0,
    updated_count: 0,
    unchanged_count: 0,
    skipped_count: 0,
    problems: JSON.stringify(problems),
    failure: null,
    created_by: by.actor.id,
    created_at: now,
    updated_at: now,
    finished_at: null,
  });
  return { ok: true, id };
}

export type ImportJob = Omit<iq.ImportRow, 'content' | 'problems'> & {
  problems: ImportProblem[];
  /** Rows done, counted live while the job runs in this process. */
  done: number;
};

/** A job and its report; a job that stopped with its process is marked failed first. */
export async function importJob(ctx: Organizations, id: string): Promise<ImportJob | undefined> {
  const db = ctx.deps.db.kysely;
  let row = await iq.findImport(db, id);
  if (!row) return undefined;
  const active = row.status === 'queued' || row.status === 'running';
  const quiet = Date.now() - Date.parse(row.updated_at);
  if (active && !runs.has(id) && quiet > STALE_MS[row.mode ?? 'all']) {
    await iq.updateImport(db, id, ['queued', 'running'], {
      status: 'failed',
      failure: 'import.failure.interrupted',
      updated_at: nowIso(),
    });
    row = (await iq.findImport(db, id))!;
  }
  const { content: _content, problems, ...rest } = row;
  return {
    ...rest,
    problems: JSON.parse(problems) as ImportProblem[],
    done: Math.max(progress.get(id) ?? 0, row.processed_rows),
  };
}

export const recentImports = (ctx: Organizations) => iq.listRecentImports(ctx.deps.db.kysely, 10);

/**
 * Confirms a checked (or failed) job and starts it in the background. 'all' needs a file
 * without bad rows; 'valid' needs at least one good row.
 */
export async function startImport(
  ctx: Organizations,
  by: Acting,
  id: string,
  mode: ImportMode,
): Promise<{ ok: true } | Refused> {
  const db = ctx.deps.db.kysely;
  const job = await iq.findImport(db, id);
  if (!job) return refused(404, 'error.404');
  if (mode === 'all' && job.error_rows > 0) return refused(409, 'import.start.hasErrors');
  if (mode === 'valid' && job.error_rows >= job.total_rows) {
    return refused(409, 'import.start.nothingValid');
  }
  const now = nowIso();
  const claimed = await db.transaction().execute(async (tx) => {
    const moved = await iq.updateImport(tx, id, ['validated', 'failed'], {
      status: 'queued',
      mode,
      processed_rows: 0,
      created_count: 0,
      updated_count: 0,
      unchanged_count: 0,
      skipped_count: 0,
      failure: null,
      updated_at: now,
      finished_at: null,
    });
    if (moved === 0) return false;
    await recordAudit(tx, {
      action: 'organization.import.start',
      actor: auditActor(by.actor),
      subject: { type: 'organization_import', id },
      ip: by.ip,
      details: { file: job.file_name, mode, rows: job.total_rows, badRows: job.error_rows },
    });
    return true;
  });
  if (!claimed) return refused(409, 'import.start.alreadyStarted');
  const run = runImport(ctx, by, id)
    .catch((error) => ctx.deps.log.error({ err: error, importId: id }, 'import failed'))
    .finally(() => {
      runs.delete(id);
      progress.delete(id);
    });
  runs.set(id, run);
  return { ok: true };
}

/** Resolves when the job, if it runs in this process, has finished. */
export const importSettled = async (id: string) => {
  await runs.get(id);
};

type Counts = { created: number; updated: number; unchanged: number; skipped: number };

class RowRefused extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`row ${problem.row} refused`);
  }
}

async function runImport(ctx: Organizations, by: Acting, id: string) {
  const db = ctx.deps.db.kysely;
  const job = await iq.findImport(db, id);
  if (job?.status !== 'queued' || !job.mode) return;
  await iq.updateImport(db, id, ['queued'], { status: 'running', updated_at: nowIso() });
  progress.set(id, 0);
  const parsed = parseImportFile(job.content);
  const records = parsed.ok ? parsed.records : [];
  const known = checkRecords(records);
  const bad = new Set(known.map((p) => p.row));
  const good = records.filter((r) => !bad.has(r.row));
  const options = { admit: job.admit === 1, actorId: by.actor.id };
  const counts: Counts = { created: 0, updated: 0, unchanged: 0, skipped: bad.size };
  const late: ImportProblem[] = [];
  const finish = (tx: typeof db) =>
    recordAudit(tx, {
      action: 'organization.import.finish',
      actor: auditActor(by.actor),
      subject: { type: 'organization_import', id },
      ip: by.ip,
      details: { file: job.file_name, mode: job.mode, ...counts },
    });

  try {
    if (job.mode === 'all') {
      if (!parsed.ok || bad.size > 0)
        throw new RowRefused(known[0] ?? { row: 0, column: '', key: 'import.file.malformed' });
      await retryOnUniqueViolation(async () => {
        Object.assign(counts, { created: 0, updated: 0, unchanged: 0 });
        progress.set(id, 0);
        await db.transaction().execute(async (tx) => {
          for (const [index, record] of good.entries()) {
            const result = await applyRow(ctx, tx, record, options);
            if (result.outcome === 'refused') {
              const { outcome: _refused, ...problem } = result;
              throw new RowRefused({ row: record.row, ...problem });
            }
            counts[result.outcome]++;
            progress.set(id, index + 1);
            if ((index + 1) % CHUNK === 0) await yieldToOthers();
          }
          await finish(tx);
        });
      }, ATTEMPTS);
    } else {
      for (let start = 0; start < good.length; start += CHUNK) {
        await importChunk(ctx, good.slice(start, start + CHUNK), options, counts, late);
        const done = Math.min(start + CHUNK, good.length) + bad.size;
        progress.set(id, done);
        await iq.updateImport(db, id, ['running'], {
          processed_rows: done,
          ...countColumns(counts),
          updated_at: nowIso(),
        });
        await yieldToOthers();
      }
      await finish(db);
    }
    await iq.updateImport(db, id, ['running'], {
      status: 'done',
      processed_rows: records.length,
      ...countColumns(counts),
      problems: JSON.stringify(withLate(JSON.parse(job.problems), late)),
      updated_at: nowIso(),
      finished_at: nowIso(),
    });
  } catch (error) {
    const refusedRow = error instanceof RowRefused ? error.problem : undefined;
    await iq.updateImport(db, id, ['running'], {
      status: 'failed',
      failure: refusedRow ? 'import.failure.row' : 'import.failure.unexpected',
      problems: refusedRow
        ? JSON.stringify([...JSON.parse(job.problems), refusedRow])
        : job.problems,
      processed_rows: 0,
      ...countColumns({ created: 0, updated: 0, unchanged: 0, skipped: 0 }),
      updated_at: nowIso(),
    });
    await recordAudit(db, {
      action: 'organization.import.fail',
      actor: auditActor(by.actor),
      subject: { type: 'organization_import', id },
      ip: by.ip,
      details: { file: job.file_name, mode: job.mode, row: refusedRow?.row ?? null },
    });
    if (!refusedRow) throw error;
  }
}

/** The check's problems and those met while writing, each row's reason once. */
const withLate = (checked: ImportProblem[], late: readonly ImportProblem[]) => [
  ...checked,
  ...late.filter((p) => !checked.some((c) => c.row === p.row && c.key === p.key)),
];

const countColumns = (c: Counts) => ({
  created_count: c.created,
  updated_count: c.updated,
  unchanged_count: c.unchanged,
  skipped_count: c.skipped,
});

/** One chunk in one transaction; when it loses a race, each of its rows on its own. */
async function importChunk(
  ctx: Organizations,
  records: readonly ImportRecord[],
  options: { admit: boolean; actorId: string },
  counts: Counts,
  late: ImportProblem[],
) {
  const db = ctx.deps.db.kysely;
  const write = (batch: readonly ImportRecord[]) =>
    db.transaction().execute(async (tx) => {
      const outcomes: { record: ImportRecord; result: Awaited<ReturnType<typeof applyRow>> }[] = [];
      for (const record of batch)
        outcomes.push({ record, result: await applyRow(ctx, tx, record, options) });
      return outcomes;
    });
  const tally = (outcomes: Awaited<ReturnType<typeof write>>) => {
    for (const { record, result } of outcomes) {
      if (result.outcome === 'refused') {
        const { outcome: _refused, ...problem } = result;
        counts.skipped++;
        late.push({ row: record.row, ...problem });
      } else counts[result.outcome]++;
    }
  };
  try {
    tally(await write(records));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    for (const record of records) {
      try {
        tally(await write([record]));
      } catch (rowError) {
        if (!isUniqueViolation(rowError)) throw rowError;
        counts.skipped++;
        late.push({ row: record.row, column: 'iati_identifier', key: 'import.row.conflict' });
      }
    }
  }
}
