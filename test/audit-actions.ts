/**
 * Every action that code in src/ records in the audit log, and every type of thing its entries
 * are about, read from the source with TypeScript's type checker: for each
 * `recordAudit(db, { action, subject: { type } })` call, the literal strings its `action` and
 * its subject's `type` can be. A literal, a choice between literals, a template of literal
 * unions, or any expression typed as a union of string literals is understood; anything else (a
 * plain `string`) is reported as unknown, so that the tests can ask for a literal type there.
 * A subject may also be spread in (`...(id ? { subject: { type: 'organization', id } } : {})`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type RecordedActions = {
  /** Each action, with the files that record it. */
  actions: Map<string, Set<string>>;
  /** `file:line` of each call whose action the checker cannot list. */
  unknown: string[];
  /** Each subject type, with the files that record it. */
  subjects: Map<string, Set<string>>;
  /** `file:line` of each call whose subject's type the checker cannot list. */
  unknownSubjects: string[];
};

export function recordedAuditActions(): RecordedActions {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => {},
  });
  if (!config) throw new Error('tsconfig.json cannot be read');
  const files = config.fileNames.filter(
    (file) => file.startsWith(path.join(ROOT, 'src') + path.sep) && !/\.test\.tsx?$/.test(file),
  );
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();

  const values = (node: ts.Expression): string[] | undefined => {
    if (ts.isStringLiteralLike(node)) return [node.text];
    if (ts.isParenthesizedExpression(node)) return values(node.expression);
    if (ts.isConditionalExpression(node)) {
      const [a, b] = [values(node.whenTrue), values(node.whenFalse)];
      return a && b ? [...a, ...b] : undefined;
    }
    if (ts.isTemplateExpression(node)) {
      let texts = [node.head.text];
      for (const span of node.templateSpans) {
        const parts = values(span.expression);
        if (!parts) return undefined;
        texts = texts.flatMap((text) => parts.map((part) => text + part + span.literal.text));
      }
      return texts;
    }
    const type = checker.getTypeAtLocation(node);
    const members = type.isUnion() ? type.types : [type];
    return members.every((t) => t.isStringLiteral())
      ? members.map((t) => (t as ts.StringLiteralType).value)
      : undefined;
  };

  /** The value of property `name` in an object literal, looking into spread choices too. */
  const properties = (
    node: ts.Expression,
    name: string,
    source: ts.SourceFile,
  ): ts.Expression[] => {
    if (ts.isParenthesizedExpression(node)) return properties(node.expression, name, source);
    if (ts.isConditionalExpression(node)) {
      return [
        ...properties(node.whenTrue, name, source),
        ...properties(node.whenFalse, name, source),
      ];
    }
    if (!ts.isObjectLiteralExpression(node)) return [];
    return node.properties.flatMap((p) => {
      if (ts.isSpreadAssignment(p)) return properties(p.expression, name, source);
      if (p.name?.getText(source) !== name) return [];
      if (ts.isPropertyAssignment(p)) return [p.initializer];
      return ts.isShorthandPropertyAssignment(p) ? [p.name] : [];
    });
  };
  const add = (map: Map<string, Set<string>>, value: string, file: string) =>
    map.set(value, (map.get(value) ?? new Set()).add(file));

  const found: RecordedActions = {
    actions: new Map(),
    unknown: [],
    subjects: new Map(),
    unknownSubjects: [],
  };
  const fileNames = new Set(files);
  for (const source of program.getSourceFiles()) {
    if (!fileNames.has(source.fileName)) continue;
    const file = path.relative(ROOT, source.fileName);
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'recordAudit'
      ) {
        const where = `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const entry = node.arguments[1];
        const [expression] = entry ? properties(entry, 'action', source) : [];
        const actions = expression && values(expression);
        if (!actions) found.unknown.push(where);
        for (const action of actions ?? []) add(found.actions, action, file);
        for (const subject of entry ? properties(entry, 'subject', source) : []) {
          const types = properties(subject, 'type', source).map(values);
          if (types.length === 0 || types.some((t) => !t)) found.unknownSubjects.push(where);
          for (const type of types.flatMap((t) => t ?? [])) add(found.subjects, type, file);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
