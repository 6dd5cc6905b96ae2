/**
 * Every action that code in src/ records in the audit log, read from the source with
 * TypeScript's type checker: for each `recordAudit(db, { action })` call, the literal strings its
 * `action` can be. A literal, a choice between literals, a template of literal unions, or any
 * expression typed as a union of string literals is understood; anything else (a plain
 * `string`) is reported as unknown, so that the label test can ask for a literal type there.
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

  const found: RecordedActions = { actions: new Map(), unknown: [] };
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
        const property =
          entry && ts.isObjectLiteralExpression(entry)
            ? entry.properties.find((p) => p.name && p.name.getText(source) === 'action')
            : undefined;
        const expression =
          property && ts.isPropertyAssignment(property)
            ? property.initializer
            : property && ts.isShorthandPropertyAssignment(property)
              ? property.name
              : undefined;
        const actions = expression && values(expression);
        if (!actions) found.unknown.push(where);
        for (const action of actions ?? []) {
          found.actions.set(action, (found.actions.get(action) ?? new Set()).add(file));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
