/**
 * The catalogues as the running Concord has them: the platform's words and every module's,
 * registered by ./messages.ts. Each language must have exactly en's keys, parse, keep en's
 * placeholders and cover its plural categories.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import './messages.js';
import { catalogues, LOCALES, type MessageKey } from './platform/i18n/index.js';

/** The parts of intl-messageformat's AST this test reads (types as in its parser's TYPE enum). */
type AstNode = {
  type: number;
  value?: string;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
};
const ARGUMENT_TYPES = new Set([1, 2, 3, 4, 5, 6]); // argument, number, date, time, select, plural
const PLURAL = 6;

function walk(nodes: AstNode[], visit: (node: AstNode) => void) {
  for (const node of nodes) {
    visit(node);
    for (const option of Object.values(node.options ?? {})) walk(option.value, visit);
    if (node.children) walk(node.children, visit);
  }
}

const astOf = (message: string, locale: string) =>
  new IntlMessageFormat(message, locale).getAst() as unknown as AstNode[];

/** The names a message interpolates, e.g. {name} and {count, plural, …}. */
function placeholders(message: string, locale: string) {
  const names = new Set<string>();
  walk(astOf(message, locale), (node) => {
    if (ARGUMENT_TYPES.has(node.type) && node.value) names.add(node.value);
  });
  return [...names].sort();
}

const en = catalogues.en;
const keys = Object.keys(en) as MessageKey[];

describe('catalogues', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s has exactly the keys of en, none missing and none extra',
    (locale) => {
      const own = Object.keys(catalogues[locale]);
      expect(own.filter((k) => !Object.hasOwn(en, k))).toEqual([]);
      expect(keys.filter((k) => !Object.hasOwn(catalogues[locale], k))).toEqual([]);
      for (const key of keys) expect(catalogues[locale][key].trim(), key).not.toBe('');
    },
  );

  it('finds placeholders inside plural branches (so the next check can fail)', () => {
    expect(
      placeholders('{n, plural, one {# by {name}} other {{count} <b>{who}</b>}}', 'en'),
    ).toEqual(['count', 'n', 'name', 'who']);
    expect(placeholders(en['error.429'], 'en')).toEqual(['minutes']);
  });

  it.each(LOCALES)('every %s message parses and keeps the placeholders of en', (locale) => {
    for (const key of keys) {
      const message = catalogues[locale][key];
      expect(() => astOf(message, locale), `${locale} ${key}`).not.toThrow();
      expect(placeholders(message, locale), `${locale} ${key}`).toEqual(
        placeholders(en[key], 'en'),
      );
    }
  });

  it.each(LOCALES)(
    'every %s plural covers the CLDR plural categories of the language',
    (locale) => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const key of keys) {
        walk(astOf(catalogues[locale][key], locale), (node) => {
          if (node.type !== PLURAL) return;
          for (const category of categories) {
            expect(Object.keys(node.options ?? {}), `${locale} ${key}`).toContain(category);
          }
        });
      }
    },
  );

  it('writes Azerbaijani in its own Latin alphabet and Russian in Cyrillic', () => {
    const az = Object.values(catalogues.az).join(' ');
    expect(az).toContain('ə');
    expect(az).toMatch(/[ğışçöü]/);
    expect(catalogues.az['layout.skip']).not.toBe(en['layout.skip']);
    expect(catalogues.ru['layout.skip']).toMatch(/[а-яё]/i);
  });

  it("holds the words of every messages/ folder, the platform's and each module's", () => {
    const modules = new URL('./modules/', import.meta.url);
    const folders = [
      new URL('./platform/i18n/messages/', import.meta.url),
      ...readdirSync(modules)
        .filter((name) => readdirSync(new URL(`${name}/`, modules)).includes('messages'))
        .map((name) => new URL(`${name}/messages/`, modules)),
    ];
    expect(folders.length).toBeGreaterThan(5);
    for (const folder of folders) {
      const text = readFileSync(new URL('en.ts', folder), 'utf8');
      const own = [...text.matchAll(/^ {2}'([^']+)':/gm)].map((match) => match[1]!);
      expect(own.length, folder.pathname).toBeGreaterThan(0);
      expect(
        own.filter((key) => !Object.hasOwn(en, key)),
        folder.pathname,
      ).toEqual([]);
    }
  });
});
