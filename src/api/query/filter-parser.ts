import { DomainError } from '../../services/errors.js';

/**
 * The `filter` query parameter of the OneRoster REST binding (digest §2.4), parsed into a small AST.
 * The binding only promises two clauses joined by AND or OR; real clients send more, mixed, in
 * lower case, with spaces around operators, or URL-encoded twice, so the parser is liberal about
 * everything that cannot change the meaning and strict about the rest.
 */

export type FilterOp = '=' | '!=' | '>' | '>=' | '<' | '<=' | '~';

export type FilterExpr =
  | { kind: 'and' | 'or'; items: FilterExpr[] }
  | { kind: 'clause'; field: string; op: FilterOp; value: string };

export type FilterClause = Extract<FilterExpr, { kind: 'clause' }>;

/** Bounds the SQL one request can make the database plan. */
export const MAX_FILTER_CLAUSES = 32;
const MAX_DEPTH = 4;

// Longest first, so `>=` is not read as `>` followed by a stray `=`.
const OPERATORS: readonly FilterOp[] = ['!=', '>=', '<=', '=', '>', '<', '~'];
const FIELD_CHAR = /[A-Za-z0-9.]/;
const FIELD = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;

export function filterError(detail: string, detailJa: string): DomainError {
  return new DomainError(
    'invalid_filter_field',
    `Invalid filter: ${detail}`,
    `filter が不正です: ${detailJa}`,
  );
}

/**
 * The framework decodes the query string once; a client that encoded the expression itself (as the
 * binding's examples do) and then let its HTTP library encode it again leaves `%27`/`%3D` behind.
 * Only text without any quote is decoded again, so a value that really contains `%27` survives.
 */
function decodeTwiceEncoded(text: string): string {
  if (/['"]/.test(text) || !/%[0-9A-Fa-f]{2}/.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    throw filterError('the expression is not valid URL encoding', 'URL エンコードが正しくありません');
  }
}

class Parser {
  private pos = 0;
  private clauses = 0;

  constructor(private readonly text: string) {}

  parse(): FilterExpr {
    this.skipSpace();
    if (this.pos >= this.text.length) throw filterError('the expression is empty', '式が空です');
    const expr = this.orExpr(0);
    this.skipSpace();
    if (this.pos < this.text.length)
      this.fail('expected AND, OR or the end of the expression', 'AND・OR または式の終わりが必要です');
    return expr;
  }

  private orExpr(depth: number): FilterExpr {
    const items = [this.andExpr(depth)];
    while (this.keyword('or')) items.push(this.andExpr(depth));
    return group('or', items);
  }

  private andExpr(depth: number): FilterExpr {
    const items = [this.primary(depth)];
    while (this.keyword('and')) items.push(this.primary(depth));
    return group('and', items);
  }

  private primary(depth: number): FilterExpr {
    this.skipSpace();
    if (this.text[this.pos] !== '(') return this.clause();
    if (depth >= MAX_DEPTH) this.fail('parentheses are nested too deeply', '括弧の入れ子が深すぎます');
    const open = this.pos;
    this.pos++;
    const inner = this.orExpr(depth + 1);
    this.skipSpace();
    if (this.text[this.pos] !== ')') {
      this.fail(
        `the parenthesis opened at position ${open + 1} is not closed`,
        `${open + 1} 文字目の括弧が閉じられていません`,
      );
    }
    this.pos++;
    return inner;
  }

  private clause(): FilterExpr {
    if (++this.clauses > MAX_FILTER_CLAUSES) {
      this.fail(`more than ${MAX_FILTER_CLAUSES} clauses`, `条件が ${MAX_FILTER_CLAUSES} 個を超えています`);
    }
    const start = this.pos;
    while (this.pos < this.text.length && FIELD_CHAR.test(this.text[this.pos]!)) this.pos++;
    const field = this.text.slice(start, this.pos);
    if (field === '') this.fail('expected a field name', 'フィールド名が必要です', start);
    if (!FIELD.test(field)) {
      this.fail(`"${field}" is not a valid field name`, `"${field}" はフィールド名として不正です`, start);
    }
    this.skipSpace();
    const op = OPERATORS.find((o) => this.text.startsWith(o, this.pos));
    if (!op) {
      this.fail(
        `expected an operator (=, !=, >, >=, <, <=, ~) after "${field}"`,
        `"${field}" の後に演算子 (=, !=, >, >=, <, <=, ~) が必要です`,
      );
    }
    this.pos += op.length;
    this.skipSpace();
    return { kind: 'clause', field, op, value: this.value(field) };
  }

  private value(field: string): string {
    const quote = this.text[this.pos];
    if (quote !== "'" && quote !== '"') {
      this.fail(
        `the value for "${field}" must be in single quotes`,
        `"${field}" の値は一重引用符で囲む必要があります`,
      );
    }
    const open = this.pos;
    let out = '';
    this.pos++;
    for (;;) {
      const next = this.text.indexOf(quote, this.pos);
      if (next < 0) this.fail('the quoted value is not closed', '引用符で始まる値が閉じられていません', open);
      out += this.text.slice(this.pos, next);
      this.pos = next + 1;
      // A doubled quote is a literal quote (the SQL convention Longsight uses).
      if (this.text[this.pos] !== quote) return out;
      out += quote;
      this.pos++;
    }
  }

  /** Consumes `AND`/`OR` (any case) when it is the next word. */
  private keyword(word: 'and' | 'or'): boolean {
    const save = this.pos;
    this.skipSpace();
    const candidate = this.text.slice(this.pos, this.pos + word.length);
    const after = this.text[this.pos + word.length];
    if (candidate.toLowerCase() === word && (after === undefined || after === '(' || /\s/.test(after))) {
      if (after === undefined)
        this.fail(
          `expected a clause after ${word.toUpperCase()}`,
          `${word.toUpperCase()} の後に条件が必要です`,
          this.pos + word.length,
        );
      this.pos += word.length;
      return true;
    }
    this.pos = save;
    return false;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  private fail(detail: string, detailJa: string, at = this.pos): never {
    const where = at >= this.text.length ? 'at the end' : `at position ${at + 1}`;
    const whereJa = at >= this.text.length ? '末尾' : `${at + 1} 文字目`;
    throw filterError(`${detail} (${where})`, `${detailJa} (${whereJa})`);
  }
}

/** Nested groups of the same kind add nothing: `a AND (b AND c)` is `a AND b AND c`. */
function group(kind: 'and' | 'or', items: FilterExpr[]): FilterExpr {
  if (items.length === 1) return items[0]!;
  return { kind, items: items.flatMap((i) => (i.kind === kind ? i.items : [i])) };
}

/** Parses a decoded `filter` value; positions in error messages are 1-based in the (re-decoded) text. */
export function parseFilter(text: string): FilterExpr {
  return new Parser(decodeTwiceEncoded(text)).parse();
}

/** Canonical text of an expression (quotes doubled, OR groups parenthesised), e.g. for cache keys. */
export function formatFilter(expr: FilterExpr, nested = false): string {
  if (expr.kind === 'clause') return `${expr.field}${expr.op}'${expr.value.replaceAll("'", "''")}'`;
  const text = expr.items.map((i) => formatFilter(i, true)).join(expr.kind === 'and' ? ' AND ' : ' OR ');
  return nested ? `(${text})` : text;
}
