import { describe, expect, it } from 'vitest';
import { invalid, invalidFields, isInvalid, isRefused, type Outcome, refused } from './outcome.js';

describe('the one outcome shape', () => {
  it('puts an input problem at its field, with the values its message names', () => {
    const outcome = invalid('name', 'validation.name.required', { max: 200 });
    expect(outcome).toEqual({
      ok: false,
      status: 422,
      problems: { name: { key: 'validation.name.required', values: { max: 200 } } },
    });
    expect(isInvalid(outcome)).toBe(true);
    expect(isRefused(outcome)).toBe(false);
  });

  it('leaves out values a message does not need', () => {
    expect(invalid('_form', 'error.404').problems._form).toEqual({ key: 'error.404' });
    expect(refused(404, 'error.404').problem).toEqual({ key: 'error.404' });
  });

  it('refuses with a status and one problem', () => {
    const outcome = refused(409, 'error.403');
    expect(outcome).toEqual({ ok: false, status: 409, problem: { key: 'error.403' } });
    expect(isRefused(outcome)).toBe(true);
    expect(isInvalid(outcome)).toBe(false);
  });

  it('puts problems at several fields at once', () => {
    const problems = { name: { key: 'validation.name.required' as const } };
    expect(invalidFields(problems)).toEqual({ ok: false, status: 422, problems });
  });

  it('narrows an outcome to what was made', () => {
    const made = { ok: true, slug: 'khankendi' } as Outcome<{ slug: string }>;
    expect(made.ok && made.slug).toBe('khankendi');
  });
});
