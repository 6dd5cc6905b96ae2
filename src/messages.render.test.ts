/**
 * Every message of every language rendered with sample values, as people will read it: numbers
 * across the plural forms, each branch of a select, names and dates formatted as the app formats
 * them (a Russian long date ends in "г.", so "до {date}." would read "г.."). A catalogue that
 * parses can still read badly; this test fails on the marks of that: doubled punctuation, a
 * space before a comma or full stop, stray spaces, quotes and brackets that do not pair up.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import './messages.js';
import {
  catalogues,
  formatDateTime,
  LOCALES,
  type Locale,
  type MessageKey,
  type Values,
} from './platform/i18n/index.js';

/** The parts of intl-messageformat's AST read here (types as in its parser's TYPE enum). */
type AstNode = {
  type: number;
  value?: string;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
};
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;

/** Each argument of a message with its kind and, for a select, its branches. */
function argumentsOf(message: string, locale: Locale) {
  const found = new Map<string, { type: number; options: string[] }>();
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      if (node.type >= 1 && node.type <= 6 && node.value) {
        const known = found.get(node.value);
        // A plural or number use wins over a plain one: the value must be a number.
        if (!known || node.type === PLURAL || node.type === NUMBER) {
          found.set(node.value, { type: node.type, options: Object.keys(node.options ?? {}) });
        }
      }
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as unknown as AstNode[]);
  return found;
}

const DAY = '2026-12-07T10:30:00Z';
const ZONE = 'Asia/Baku';

/** Arguments that carry a date or time, as the app formats them before it inserts them. */
const DATES = new Set(['date', 'until', 'on', 'due', 'day']);
const DATE_TIMES = new Set(['when']);
const NUMBERS = new Set([
  'count',
  'total',
  'max',
  'minutes',
  'days',
  'seats',
  'each',
  'megabytes',
  'line',
  'first',
  'pending',
  'running',
  'dead',
  'done',
  'shown',
  'created',
  'updated',
  'unchanged',
  'confirmed',
  'waitlisted',
  'attended',
  'participants',
  'organizations',
  'countries',
  'more',
  'bad',
  'side',
]);

/** Names as people write them, in the language's own script, with quotes of their own. */
const NAMES: Record<Locale, string> = {
  en: 'Khankendi Public Union',
  az: 'Xankəndi İctimai Birliyi',
  ru: 'Общественный фонд «Возрождение»',
};

function sample(name: string, locale: Locale): string {
  if (DATES.has(name)) return formatDateTime(DAY, locale, ZONE, 'date');
  if (DATE_TIMES.has(name)) return formatDateTime(DAY, locale, ZONE);
  if (name === 'time')
    return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: ZONE }).format(
      new Date(DAY),
    );
  if (name === 'url' || name === 'site') return 'https://concord.example/events/khankendi-2025';
  if (name === 'email') return 'xatire@example.az';
  if (name === 'code') return 'K7Q4-M2XP';
  return NAMES[locale];
}

/** Every combination worth reading: plural counts that hit each form, every select branch. */
function renderings(message: string, locale: Locale): string[] {
  const format = new IntlMessageFormat(message, locale);
  const args = [...argumentsOf(message, locale)];
  const variants: Values[] = [{}];
  for (const [name, arg] of args) {
    const choices: (string | number | Date)[] =
      arg.type === PLURAL || arg.type === NUMBER || NUMBERS.has(name)
        ? [0, 1, 2, 5, 21, 1500]
        : arg.type === SELECT
          ? arg.options
          : arg.type === DATE || arg.type === TIME
            ? [new Date(DAY)]
            : [sample(name, locale)];
    const next: Values[] = [];
    for (const variant of variants.slice(0, 200)) {
      for (const choice of choices) next.push({ ...variant, [name]: choice });
    }
    variants.splice(0, variants.length, ...next);
  }
  return variants.map((values) => String(format.format(values)));
}

const PAIRS: [string, string][] = [
  ['«', '»'],
  ['“', '”'],
  ['(', ')'],
  ['[', ']'],
];

/** What reads wrong in one rendered text; empty when nothing does. */
function flaws(text: string): string[] {
  const found: string[] = [];
  // An ellipsis is written as one character (…), so any two full stops are one too many.
  if (/\.\./.test(text)) found.push('doubled full stop');
  // "2026 г., 14:30" is how Russian writes a date and time, so a full stop may precede a comma.
  if (/,,|;;|::|!!|\?\?|,\./.test(text)) found.push('doubled punctuation');
  if (/ [.,;:!?)\]»”]/.test(text)) found.push('space before punctuation');
  if (/[([«“] /.test(text)) found.push('space after an opening mark');
  if (/ {2}/.test(text)) found.push('double space');
  if (text !== text.trim()) found.push('leading or trailing space');
  if (text.split('\n').some((line) => line !== line.trimEnd())) found.push('space at a line end');
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const char of text) {
      if (char === open) depth++;
      else if (char === close && --depth < 0) break;
    }
    if (depth !== 0) found.push(`unbalanced ${open}${close}`);
  }
  if ((text.match(/"/g) ?? []).length % 2 !== 0) found.push('unbalanced "');
  return found;
}

describe('flaws', () => {
  it('finds what reads wrong and passes what reads right', () => {
    expect(flaws('до 7 декабря 2026 г..')).toEqual(['doubled full stop']);
    expect(flaws('Hello , world')).toEqual(['space before punctuation']);
    expect(flaws(' two  spaces')).toEqual(['double space', 'leading or trailing space']);
    expect(flaws('«open')).toEqual(['unbalanced «»']);
    expect(flaws('(a) [b')).toEqual(['unbalanced []']);
    expect(flaws('say "hi')).toEqual(['unbalanced "']);
    expect(flaws('Приглашение действует до 7 декабря 2026 г.')).toEqual([]);
    expect(flaws('Hello,\n\n“Khankendi” (20 October 2025)…')).toEqual([]);
  });

  it('renders a Russian long date with "г." as the app does (so the check above matters)', () => {
    expect(formatDateTime(DAY, 'ru', ZONE, 'date')).toMatch(/г\.$/);
  });
});

describe('every message, rendered', () => {
  it.each(LOCALES)('reads cleanly in %s', (locale) => {
    const problems: string[] = [];
    for (const key of Object.keys(catalogues.en) as MessageKey[]) {
      for (const text of new Set(renderings(catalogues[locale][key], locale))) {
        const found = flaws(text);
        if (found.length > 0) problems.push(`${key}: ${found.join(', ')}: ${JSON.stringify(text)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('inserted names', () => {
  it('need no inflection in Russian: a generic noun takes the case, the name stays as written', () => {
    const ru = (key: MessageKey, values: Values) =>
      String(new IntlMessageFormat(catalogues.ru[key], 'ru').format(values));
    const organization = 'Общественный фонд «Возрождение»';
    expect(ru('registration.representing', { organization })).toBe(
      'от имени организации: Общественный фонд «Возрождение»',
    );
    expect(ru('org.invitation.expiresAt', { date: formatDateTime(DAY, 'ru', ZONE, 'date') })).toBe(
      'Приглашение действует до 7 декабря 2026 г.',
    );
  });
});
