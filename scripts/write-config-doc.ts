/**
 * Writes the configuration reference of docs/operations.md (between its config markers) from
 * src/config/config.ts: names and accepted values from ENV_SCHEMA, meanings from the doc comments
 * above its properties, defaults from the `env.X ?? default` expressions of loadConfig. TypeBox keeps
 * no comments and the defaults live in code, so both are read from the source with the compiler API:
 * nothing here is maintained by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';
import { ENV_SCHEMA } from '../src/config/config.js';

const CONFIG_SOURCE = new URL('../src/config/config.ts', import.meta.url);
export const OPERATIONS_DOC = new URL('../docs/operations.md', import.meta.url);
const BEGIN = '<!-- config:begin -->';
const END = '<!-- config:end -->';

export interface Setting {
  name: string;
  /** The doc comment above the property in ENV_SCHEMA; null when it has none. */
  meaning: string | null;
  /** What an unset variable amounts to, as loadConfig spells it; null when unset means "none". */
  default: string | null;
  accepts: string;
}

interface PropertySchema {
  anyOf?: { const?: unknown }[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

function accepted(schema: PropertySchema): string {
  if (schema.anyOf) return schema.anyOf.map((s) => `\`${String(s.const)}\``).join(', ');
  if (schema.pattern) return `\`${schema.pattern}\``;
  const { minLength: min, maxLength: max } = schema;
  if (max !== undefined) return `text, ${min ?? 0}–${max} characters`;
  return min && min > 1 ? `text, at least ${min} characters` : 'text';
}

function docComment(source: ts.SourceFile, node: ts.Node): string | null {
  const ranges = ts.getLeadingCommentRanges(source.text, node.pos) ?? [];
  const doc = ranges.map((r) => source.text.slice(r.pos, r.end)).find((c) => c.startsWith('/**'));
  if (!doc) return null;
  return doc
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** Top-level `const X = <expression>` of the config module, for defaults spelled as a constant. */
function constants(source: ts.SourceFile): Map<string, ts.Expression> {
  const found = new Map<string, ts.Expression>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      found.set(node.name.text, node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `env.X` inside an expression, when it reads exactly one variable. */
function readsOne(node: ts.Node): string | null {
  const names = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'env')
      names.add(n.name.text);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return names.size === 1 ? [...names][0]! : null;
}

/** Renders a default expression: literals as written, numeric arithmetic and constants evaluated. */
function valueOf(node: ts.Expression, consts: Map<string, ts.Expression>): string | null {
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  const num = numberOf(node, consts);
  if (num !== null) return String(num);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    // `http://${host}:${port}` names local variables: show the settings they come from.
    return (
      node.head.text +
      node.templateSpans
        .map((span) => {
          const local = ts.isIdentifier(span.expression) ? consts.get(span.expression.text) : undefined;
          const from = local ? readsOne(local) : null;
          return `\${${from ?? span.expression.getText()}}${span.literal.text}`;
        })
        .join('')
    );
  }
  return node.getText();
}

function numberOf(node: ts.Expression, consts: Map<string, ts.Expression>): number | null {
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isParenthesizedExpression(node)) return numberOf(node.expression, consts);
  if (ts.isIdentifier(node) && consts.has(node.text)) return numberOf(consts.get(node.text)!, consts);
  if (ts.isBinaryExpression(node)) {
    const [a, b] = [numberOf(node.left, consts), numberOf(node.right, consts)];
    if (a === null || b === null) return null;
    if (node.operatorToken.kind === ts.SyntaxKind.AsteriskToken) return a * b;
    if (node.operatorToken.kind === ts.SyntaxKind.PlusToken) return a + b;
  }
  return null;
}

function envName(node: ts.Expression): string | null {
  return ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'env'
    ? node.name.text
    : null;
}

/** The first default loadConfig gives each variable: `env.X ?? d`, `env.X ? … : d`, `env.X !== 'v'`. */
function defaults(source: ts.SourceFile): Map<string, string> {
  const consts = constants(source);
  const found = new Map<string, string>();
  const put = (name: string | null, value: string | null): void => {
    if (name && value !== null && !found.has(name)) found.set(name, value);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      const name = envName(node.left);
      if (op === ts.SyntaxKind.QuestionQuestionToken) put(name, valueOf(node.right, consts));
      // A switch compared with one literal: unset equals neither, so it acts as the other one.
      const compares =
        op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken;
      if (compares && ts.isStringLiteral(node.right) && ['true', 'false'].includes(node.right.text))
        put(name, node.right.text === 'true' ? 'false' : 'true');
    }
    if (ts.isConditionalExpression(node)) put(envName(node.condition), valueOf(node.whenFalse, consts));
    ts.forEachChild(node, visit);
  };
  const load = source.statements.find((s) => ts.isFunctionDeclaration(s) && s.name?.text === 'loadConfig');
  if (!load) throw new Error('src/config/config.ts has no loadConfig function');
  visit(load);
  return found;
}

function schemaProperties(source: ts.SourceFile): Map<string, ts.PropertyAssignment> {
  const consts = constants(source);
  const schema = consts.get('ENV_SCHEMA');
  const object = schema && ts.isCallExpression(schema) ? schema.arguments[0] : undefined;
  if (!object || !ts.isObjectLiteralExpression(object))
    throw new Error('ENV_SCHEMA is not `Type.Object({ … })` in src/config/config.ts');
  const props = new Map<string, ts.PropertyAssignment>();
  for (const p of object.properties) if (ts.isPropertyAssignment(p)) props.set(p.name.getText(source), p);
  return props;
}

/** Every variable of ENV_SCHEMA, in schema order, with what the source says about it. */
export function readConfigSettings(): Setting[] {
  const text = readFileSync(CONFIG_SOURCE, 'utf8');
  const source = ts.createSourceFile('config.ts', text, ts.ScriptTarget.ES2022, true);
  const props = schemaProperties(source);
  const given = defaults(source);
  const schemas = ENV_SCHEMA.properties as Record<string, PropertySchema>;
  return Object.keys(schemas).map((name) => {
    const prop = props.get(name);
    return {
      name,
      meaning: prop ? docComment(source, prop) : null,
      default: given.get(name) ?? null,
      accepts: accepted(schemas[name]!),
    };
  });
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function renderConfigReference(settings: Setting[]): string {
  const rows = settings.map((s) => {
    const byDefault = s.default === null ? '(none)' : s.default === '' ? '(empty)' : `\`${s.default}\``;
    return `| \`${s.name}\` | ${cell(byDefault)} | ${cell(s.accepts)} | ${cell(s.meaning ?? '')} |`;
  });
  return [
    'Generated from `src/config/config.ts` by `npm run docs:config`; do not edit between the markers.',
    '',
    '| variable | default | accepts | meaning |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The operations guide with its reference regenerated, formatted as `prettier --write` leaves it. */
export async function renderOperationsDoc(current: string): Promise<string> {
  const begin = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`docs/operations.md lacks the ${BEGIN} … ${END} markers`);
  const spliced = [
    current.slice(0, begin + BEGIN.length),
    renderConfigReference(readConfigSettings()),
    current.slice(end),
  ].join('\n\n');
  const options = (await resolveConfig(fileURLToPath(OPERATIONS_DOC))) ?? {};
  return format(spliced, { ...options, parser: 'markdown' });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(OPERATIONS_DOC, await renderOperationsDoc(readFileSync(OPERATIONS_DOC, 'utf8')));
  console.log('docs/operations.md: configuration reference written');
}
