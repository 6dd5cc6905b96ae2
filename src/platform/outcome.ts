/**
 * What a service answers when it does not do what it was asked: one shape for the whole
 * application, so that a route, a view and the JSON API each read it the same way.
 *
 * - `Invalid` (422): the input was wrong. Each problem belongs to a field (`_form` for the form
 *   as a whole) and is shown at that field; nothing was written.
 * - `Refused` (403, 404, 409, 410, 413, 429): the input was fine but the thing cannot be done in
 *   the state things are in (it does not exist, it is taken, it is closed).
 *
 * A problem is a catalogue key and the values its message names (a file name, a limit, the
 * sessions in the way), translated only where it is shown, in the reader's language.
 */
import type { MessageKey, Values } from './i18n/index.js';

/** A message from the catalogue and the values it names. */
export type Problem = { key: MessageKey; values?: Values };

/** Field name → the problem shown at that field; `_form` for the form as a whole. */
export type Problems = Partial<Record<string, Problem>>;

export type Invalid = { ok: false; status: 422; problems: Problems };

export type RefusalStatus = 403 | 404 | 409 | 410 | 413 | 429;
export type Refused = { ok: false; status: RefusalStatus; problem: Problem };

export type Failure = Invalid | Refused;

/** A service's answer: `{ ok: true, …what it made }`, or why not. */
export type Outcome<T extends object = object> = ({ ok: true } & T) | Failure;

const problem = (key: MessageKey, values?: Values): Problem => (values ? { key, values } : { key });

/** The input was wrong at one field. */
export const invalid = (field: string, key: MessageKey, values?: Values): Invalid => ({
  ok: false,
  status: 422,
  problems: { [field]: problem(key, values) },
});

/** The input was wrong at several fields at once. */
export const invalidFields = (problems: Problems): Invalid => ({
  ok: false,
  status: 422,
  problems,
});

/** The thing cannot be done now, for the reason the message gives. */
export const refused = (status: RefusalStatus, key: MessageKey, values?: Values): Refused => ({
  ok: false,
  status,
  problem: problem(key, values),
});

export const isInvalid = (outcome: { ok: boolean }): outcome is Invalid =>
  !outcome.ok && 'problems' in outcome;

export const isRefused = (outcome: { ok: boolean }): outcome is Refused =>
  !outcome.ok && 'problem' in outcome;
