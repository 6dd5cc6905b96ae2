/**
 * The boundary check: reads every .ts/.tsx file of a project tree, resolves its relative imports
 * to files, and names every import and every table name that breaks the rules of
 * docs/architecture.md. It is test code, run by test/boundaries.test.ts in `npm test`; run it
 * directly to print what it finds, one violation a line:
 *
 *   npx tsx test/boundaries.ts
 *
 * A violation is one line, `<rule> <file>: <what>`, or `cycle <a> -> <b> -> <a>`, the same from
 * run to run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The rules, by the word each violation line starts with. */
export const RULES = {
  /** platform/ and ui/ sit below every module; a module may change without them noticing. */
  layer: 'src/platform/ and src/ui/ import nothing from src/modules/',
  /** The build ships src/ without its *.test files; what it ships must not need test code. */
  'src-imports-test': 'src/, but for its *.test files, imports nothing from test/',
  /** A module's index.ts is its public surface; what is behind it may change without notice. */
  'module-internals': "src/ outside a module imports it only through the module's index.ts",
  /** A capability's SQL serves its own rules; siblings ask its service, not its queries. */
  'sibling-queries': "a capability's queries are imported only from inside the capability",
  /** A table belongs to one module; others read its rows through what that module exports. */
  'foreign-table': "a module's queries name only the module's own tables",
  /** SQL stays in queries files and published fragments, where the table rule can see it. */
  'sql-outside-queries':
    "a module's shipped files run SQL only in its queries files and its fragments.ts",
  /**
   * A layer's file named with a prefix (`registration-queries.ts`) is a capability folder that
   * was never made, and a layer's file at a module's root belongs to no capability. One shape in
   * every module lets a newcomer who has read one find their way in all.
   */
  'capability-folders':
    "a module's files that hold a layer live in capability folders: no `<name>-<layer>.ts(x)` " +
    "in src/modules, no routes, service, queries, schema or presenters file at a module's root",
  /** A cycle lets none of its files be understood, tested or moved without the others. */
  cycle: 'no import cycles',
} as const;

export type Rule = keyof typeof RULES;

const SOURCE = /\.tsx?$/;
const TEST_FILE = /\.test\.tsx?$/;
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'data', 'coverage']);

/** A source file and the files its relative imports name (type-only ones too). */
interface SourceFile {
  /** Relative to the root, with forward slashes: `src/modules/events/service.ts`. */
  path: string;
  text: string;
  imports: string[];
}

/** Every violation in the project tree under `root`, sorted. */
export function checkBoundaries(root: string): string[] {
  const paths = listSources(root);
  const known = new Set(paths);
  const files = paths.map((file): SourceFile => {
    const text = readFileSync(path.join(root, file), 'utf8');
    // The scanner alone, no syntax tree: it finds imports, exports, `import()`, `import('…').T`
    // and `declare module '…'` in a fraction of the time a parse takes.
    const { importedFiles } = ts.preProcessFile(text, true, true);
    const imports = importedFiles.flatMap(({ fileName }) => resolve(file, fileName, known) ?? []);
    return { path: file, text, imports: [...new Set(imports)] };
  });
  const violations = new Set<string>();
  const add = (rule: Rule, file: string, what: string) =>
    violations.add(`${rule} ${file}: ${what}`);

  for (const { path: from, imports } of files) {
    // test/ and bench/ are harnesses: they may reach any file they set up or measure.
    if (!from.startsWith('src/')) continue;
    for (const target of imports) {
      if (/^src\/(platform|ui)\//.test(from) && target.startsWith('src/modules/'))
        add('layer', from, target);
      if (!TEST_FILE.test(from) && target.startsWith('test/'))
        add('src-imports-test', from, target);
      const owner = moduleOf(target);
      if (owner && moduleOf(from) !== owner && target !== `src/modules/${owner}/index.ts`)
        add('module-internals', from, target);
      const queries = queriesOwner(target);
      if (queries && !mayImportQueries(from, queries)) add('sibling-queries', from, target);
    }
  }

  for (const file of paths) {
    const misplaced = misplacedLayer(file);
    if (misplaced) add('capability-folders', file, misplaced);
  }

  const owners = tableOwners(files);
  for (const file of files) {
    const module = moduleOf(file.path);
    if (!module || TEST_FILE.test(file.path) || !MAY_NAME_TABLES.test(file.text)) continue;
    const { tables, ctes } = namedTables(file, owners);
    if (!queriesOwner(file.path) && !FRAGMENTS.test(file.path)) {
      if (tables.size > 0) add('sql-outside-queries', file.path, [...tables].sort().join(', '));
      continue;
    }
    for (const table of tables) {
      // A name no tables file declares is a CTE, a subquery's alias or an engine's own table
      // (search_fts). Platform tables (audit_log, mail_outbox, jobs, …) count as another
      // owner's: a module writes them through platform's functions (audit, mailer, jobs), which
      // keep their shape platform's to change; no module's queries needs to name one.
      const owner = owners.get(table);
      if (owner === undefined || owner === module || ctes.has(table)) continue;
      add('foreign-table', file.path, `${table} (${owner})`);
    }
  }

  for (const cycle of importCycles(files)) violations.add(`cycle ${cycle.join(' -> ')}`);
  return [...violations].sort();
}

/**
 * A module's published query fragments (a join of its table that other modules' queries apply):
 * SQL like a queries file's, on the module's own tables, but imported through the module's
 * index.ts by other modules rather than serving one capability.
 */
const FRAGMENTS = /^src\/modules\/[^/]+\/fragments\.ts$/;

/** The module a path lies in: `events` for src/modules/events/…; none elsewhere. */
function moduleOf(file: string) {
  return /^src\/modules\/([^/]+)\//.exec(file)?.[1];
}

interface QueriesOwner {
  module: string;
  /** The name of the capability folder the queries file lies in. */
  capability: string;
}

/** Whose queries a file holds, if it is a module's `src/modules/<m>/<capability>/…/queries.ts`. */
function queriesOwner(file: string): QueriesOwner | undefined {
  const found = /^src\/modules\/([^/]+)\/([^/]+)\/(?:.+\/)?queries\.ts$/.exec(file);
  return found ? { module: found[1]!, capability: found[2]! } : undefined;
}

/**
 * From inside the capability, and from the module's index.ts, which publishes the query
 * fragments other modules join through (accounts' person-name join, for one).
 */
function mayImportQueries(from: string, queries: QueriesOwner) {
  if (moduleOf(from) !== queries.module) return false;
  if (from === `src/modules/${queries.module}/index.ts`) return true;
  return capabilityOf(from) === queries.capability;
}

/** The capability a module's file belongs to: the folder below the module's it lies in, if any. */
function capabilityOf(file: string) {
  const [, , , folder, ...rest] = file.split('/');
  return rest.length > 0 ? folder : undefined;
}

/** The layers, each of whose files is named by its layer alone: `queries.ts`, `routes.tsx`. */
const LAYERS = 'routes|queries|schema|presenters|policy|service';
/** A file name whose part before the first dot ends in `-<layer>`: `registration-queries.ts`. */
const PREFIXED_LAYER = new RegExp(`^[^.]+-(${LAYERS})\\.[^/]*$`);
/**
 * The layers a module's root does not hold: its root has index.ts, context.ts, tables.ts,
 * fragments.ts, policy.ts (the module's one policy, for every capability) and messages/.
 */
const ROOT_LAYER = /^src\/modules\/[^/]+\/(routes|service|queries|schema|presenters)\.[^/]*$/;

/** What is wrong with where a module's file holding a layer lies, if anything. */
function misplacedLayer(file: string) {
  if (!file.startsWith('src/modules/')) return undefined;
  const name = file.slice(file.lastIndexOf('/') + 1);
  const prefixed = PREFIXED_LAYER.exec(name);
  if (prefixed) return `${prefixed[1]} named by a prefix, not in a capability folder`;
  const root = ROOT_LAYER.exec(file);
  if (root) return `${root[1]} at the module's root, not in a capability folder`;
  return undefined;
}

function listSources(root: string) {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(relative);
    }
  };
  walk('');
  return found.sort();
}

/** The file a relative specifier names (`./x.js` is `./x.ts` or `./x.tsx`); a package's none. */
function resolve(from: string, specifier: string, known: Set<string>) {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const stem = base.replace(/\.(js|jsx|mjs|ts|tsx|mts)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (known.has(candidate)) return candidate;
  return undefined;
}

/** Kysely methods whose first argument names a table (`'people as p'` names `people`). */
const TABLE_METHODS = new Set([
  'selectFrom',
  'insertInto',
  'replaceInto',
  'updateTable',
  'deleteFrom',
  'mergeInto',
  'innerJoin',
  'leftJoin',
  'rightJoin',
  'fullJoin',
  'crossJoin',
  'innerJoinLateral',
  'leftJoinLateral',
  'crossJoinLateral',
]);
/** Kysely methods whose first argument names a common table expression. */
const CTE_METHODS = new Set(['with', 'withRecursive', 'withMaterialized', 'withNotMaterialized']);
/** Only files that pass this are parsed: parsing every file would take seconds. */
const MAY_NAME_TABLES = new RegExp(`\\b(${[...TABLE_METHODS].join('|')})\\(|\\bsql(\`|\\.table)`);
/** A table name in raw SQL text: what follows FROM, JOIN, INTO or UPDATE. */
const RAW_TABLE = /\b(?:from|join|into|update)\s+"?([a-z_][a-z0-9_]*)/gi;

/**
 * The table names a file's SQL uses: first arguments of Kysely's table methods and
 * `sql.table('…')`, and the known tables named after FROM/JOIN/INTO/UPDATE in `sql` templates
 * (`extract(year from created_at)` names none); with the names of the CTEs the file defines,
 * which are no tables.
 */
function namedTables(file: SourceFile, owners: Map<string, string>) {
  const kind = file.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, false, kind);
  const tables = new Set<string>();
  const ctes = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const [first] = node.arguments;
      const sqlTable =
        method === 'table' &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === 'sql';
      if (first && (TABLE_METHODS.has(method) || sqlTable))
        for (const name of literalNames(first)) tables.add(name);
      if (first && CTE_METHODS.has(method) && ts.isStringLiteralLike(first))
        ctes.add(tableName(first.text).replace(/\s*\(.*$/, ''));
    } else if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'sql'
    ) {
      const template = node.template;
      const texts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template.text]
        : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
      for (const text of texts)
        for (const [, name] of text.matchAll(RAW_TABLE))
          if (owners.has(name!.toLowerCase())) tables.add(name!.toLowerCase());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { tables, ctes };
}

/**
 * The table names an argument spells out: a string, each of an array's, both of a conditional's
 * (`as === 'people' ? 'people' : …`), and the start of a template (`people as ${alias}`).
 */
function literalNames(node: ts.Expression): string[] {
  if (ts.isStringLiteralLike(node)) return [tableName(node.text)];
  if (ts.isTemplateExpression(node)) return node.head.text ? [tableName(node.head.text)] : [];
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap(literalNames);
  if (ts.isConditionalExpression(node))
    return [...literalNames(node.whenTrue), ...literalNames(node.whenFalse)];
  if (ts.isParenthesizedExpression(node)) return literalNames(node.expression);
  return [];
}

const tableName = (text: string) => text.split(/\s+as\s+/i)[0]!.trim();

/**
 * Each table's owner: the module whose `tables.ts` declares it, or `platform` for tables files under src/platform/. Its
 * tables are the members of the interfaces the file adds to `Database`
 * (`interface Database extends AccountTables {}`).
 */
function tableOwners(files: SourceFile[]) {
  const owners = new Map<string, string>();
  for (const file of files) {
    if (!/(^|\/)tables\.ts$/.test(file.path)) continue;
    const owner =
      moduleOf(file.path) ?? (file.path.startsWith('src/platform/') ? 'platform' : undefined);
    if (!owner) continue;
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, false);
    const interfaces = new Map<string, ts.InterfaceDeclaration>();
    const extended: string[] = [];
    const collect = (node: ts.Node) => {
      if (ts.isInterfaceDeclaration(node)) {
        interfaces.set(node.name.text, node);
        if (node.name.text === 'Database')
          for (const clause of node.heritageClauses ?? [])
            for (const type of clause.types) extended.push(type.expression.getText(source));
      }
      ts.forEachChild(node, collect);
    };
    collect(source);
    for (const name of extended)
      for (const member of interfaces.get(name)?.members ?? [])
        if (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)))
          owners.set(member.name.text, owner);
  }
  return owners;
}

/** Past this many cycles the graph is a knot; listing them all would help nobody. */
const MAX_CYCLES = 1000;

/**
 * Every elementary import cycle, each once, written from its alphabetically first file and
 * closed by it: `[a, b, c, a]`. Type-only imports count: a cycle of types still ties its files
 * together.
 */
export function importCycles(files: { path: string; imports: string[] }[]): string[][] {
  const graph = new Map(files.map((file) => [file.path, [...file.imports].sort()]));
  const component = stronglyConnected(graph);
  const cycles: string[][] = [];
  // From each file, walk paths through later files of its component only: each cycle is found
  // once, from its first file, and no path leaves the few files that can close one.
  for (const start of [...graph.keys()].sort()) {
    const onPath = new Set<string>([start]);
    const walk = (trail: string[]) => {
      for (const next of graph.get(trail[trail.length - 1]!) ?? []) {
        if (next === start) {
          cycles.push([...trail, start]);
          if (cycles.length > MAX_CYCLES) throw new Error(`more than ${MAX_CYCLES} import cycles`);
        } else if (
          next > start &&
          !onPath.has(next) &&
          component.get(next) === component.get(start)
        ) {
          onPath.add(next);
          walk([...trail, next]);
          onPath.delete(next);
        }
      }
    };
    walk([start]);
  }
  return cycles;
}

/** Each file's strongly connected component, as a number (Tarjan's algorithm). */
function stronglyConnected(graph: Map<string, string[]>) {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const stack: string[] = [];
  let counter = 0;
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (!component.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const id = component.size;
      for (let member = stack.pop()!; ; member = stack.pop()!) {
        component.set(member, id);
        if (member === node) break;
      }
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return component;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  console.log(JSON.stringify(checkBoundaries(root), null, 2));
}
