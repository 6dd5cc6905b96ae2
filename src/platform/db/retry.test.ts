import { describe, expect, it } from 'vitest';
import { retryOnUniqueViolation } from './retry.js';

const unique = Object.assign(new Error('UNIQUE constraint failed: t.name'), {
  code: 'SQLITE_CONSTRAINT_UNIQUE',
});

/** A write that loses its first `losses` races, then returns how many times it ran. */
function racer(losses: number, error: Error = unique) {
  let runs = 0;
  const write = async () => {
    runs++;
    if (runs <= losses) throw error;
    return runs;
  };
  return { write, runs: () => runs };
}

describe('retryOnUniqueViolation', () => {
  it('runs the write again after a lost race, and returns what it returns', async () => {
    expect(await retryOnUniqueViolation(racer(0).write, 3)).toBe(1);
    expect(await retryOnUniqueViolation(racer(2).write, 3)).toBe(3);
  });

  it('throws the last unique violation once the attempts are spent', async () => {
    const r = racer(5);
    await expect(retryOnUniqueViolation(r.write, 3)).rejects.toBe(unique);
    expect(r.runs()).toBe(3);
  });

  it('throws any other failure at once', async () => {
    const other = new Error('disk I/O error');
    const r = racer(5, other);
    await expect(retryOnUniqueViolation(r.write, 3)).rejects.toBe(other);
    expect(r.runs()).toBe(1);
  });
});
