import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isUniqueViolation } from './errors.js';

describe('isUniqueViolation', () => {
  it('recognises a real SQLite unique violation, and what PostgreSQL reports', () => {
    const db = new Database(':memory:');
    db.exec('create table t (k text primary key, u text unique)');
    db.prepare("insert into t values ('a', 'x')").run();
    const caught = (sql: string) => {
      try {
        db.prepare(sql).run();
      } catch (error) {
        return error;
      }
      throw new Error('no error');
    };
    expect(isUniqueViolation(caught("insert into t values ('b', 'x')"))).toBe(true);
    expect(isUniqueViolation(caught("insert into t values ('a', 'y')"))).toBe(true);
    expect(
      isUniqueViolation(
        Object.assign(new Error('duplicate key value violates unique constraint "t_u"'), {
          code: '23505',
        }),
      ),
    ).toBe(true);
    expect(isUniqueViolation(caught('insert into t values (null, null, 1)'))).toBe(false);
    expect(isUniqueViolation(new Error('connection refused'))).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
    db.close();
  });
});
