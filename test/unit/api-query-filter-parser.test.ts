import { describe, expect, it } from 'vitest';
import { formatFilter, parseFilter, type FilterExpr } from '../../src/api/query/filter-parser.js';
import { thrown } from '../helpers/sql.js';

const clause = (field: string, op: string, value: string): FilterExpr =>
  ({ kind: 'clause', field, op, value }) as FilterExpr;

describe('parseFilter: clauses', () => {
  it.each(['=', '!=', '>', '>=', '<', '<=', '~'])('reads operator %s', (op) => {
    expect(parseFilter(`familyName${op}'jones'`)).toEqual(clause('familyName', op, 'jones'));
  });

  it('tolerates spaces around the operator and the expression', () => {
    expect(parseFilter("  givenName  >=  'A' ")).toEqual(clause('givenName', '>=', 'A'));
  });

  it('reads dotted field names', () => {
    expect(parseFilter("school.sourcedId='s1'")).toEqual(clause('school.sourcedId', '=', 's1'));
    expect(parseFilter("metadata.jp.kanaGivenName~'タロウ'")).toEqual(
      clause('metadata.jp.kanaGivenName', '~', 'タロウ'),
    );
    expect(parseFilter("roles.org.sourcedId='o1'")).toEqual(clause('roles.org.sourcedId', '=', 'o1'));
  });

  it('reads a doubled quote as a literal quote', () => {
    expect(parseFilter("familyName='O''Brien'")).toEqual(clause('familyName', '=', "O'Brien"));
    expect(parseFilter("familyName=''''")).toEqual(clause('familyName', '=', "'"));
    expect(parseFilter("familyName=''")).toEqual(clause('familyName', '=', ''));
  });

  it('accepts double-quoted values, with "" as a literal double quote', () => {
    expect(parseFilter('familyName="O\'Brien"')).toEqual(clause('familyName', '=', "O'Brien"));
    expect(parseFilter('title="a ""b"""')).toEqual(clause('title', '=', 'a "b"'));
  });

  it('keeps operators and keywords inside values as text', () => {
    expect(parseFilter("title='a AND b>=''c'''")).toEqual(clause('title', '=', "a AND b>='c'"));
  });

  it('decodes an expression that was URL-encoded twice', () => {
    expect(parseFilter('familyName%3D%27jones%27')).toEqual(clause('familyName', '=', 'jones'));
    expect(parseFilter('status%3D%27active%27%20AND%20role%3D%27student%27')).toEqual({
      kind: 'and',
      items: [clause('status', '=', 'active'), clause('role', '=', 'student')],
    });
  });

  it('does not decode again when the text already has quotes', () => {
    expect(parseFilter("title='100%25'")).toEqual(clause('title', '=', '100%25'));
  });
});

describe('parseFilter: AND / OR', () => {
  const a = clause('a', '=', '1');
  const b = clause('b', '=', '2');
  const c = clause('c', '=', '3');

  it('joins two clauses', () => {
    expect(parseFilter("a='1' AND b='2'")).toEqual({ kind: 'and', items: [a, b] });
    expect(parseFilter("a='1' OR b='2'")).toEqual({ kind: 'or', items: [a, b] });
  });

  it('accepts lower- and mixed-case keywords and no space after a quote', () => {
    expect(parseFilter("a='1' and b='2'")).toEqual({ kind: 'and', items: [a, b] });
    expect(parseFilter("a='1'Or b='2'")).toEqual({ kind: 'or', items: [a, b] });
  });

  it('binds AND tighter than OR', () => {
    expect(parseFilter("a='1' OR b='2' AND c='3'")).toEqual({
      kind: 'or',
      items: [a, { kind: 'and', items: [b, c] }],
    });
    expect(parseFilter("a='1' AND b='2' OR c='3'")).toEqual({
      kind: 'or',
      items: [{ kind: 'and', items: [a, b] }, c],
    });
  });

  it('takes any number of clauses, flat', () => {
    expect(parseFilter("a='1' AND b='2' AND c='3'")).toEqual({ kind: 'and', items: [a, b, c] });
  });

  it('honours parentheses and flattens redundant ones', () => {
    expect(parseFilter("(a='1' OR b='2') AND c='3'")).toEqual({
      kind: 'and',
      items: [{ kind: 'or', items: [a, b] }, c],
    });
    expect(parseFilter("a='1' AND (b='2' AND c='3')")).toEqual({ kind: 'and', items: [a, b, c] });
    expect(parseFilter("((a='1'))")).toEqual(a);
  });

  it('formats back to canonical text that parses to the same tree', () => {
    const expr = parseFilter("(a='1' or b='x''y') and c >= '3'");
    expect(formatFilter(expr)).toBe("(a='1' OR b='x''y') AND c>='3'");
    expect(parseFilter(formatFilter(expr))).toEqual(expr);
  });
});

describe('parseFilter: errors', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ["='x'", 'expected a field name (at position 1)'],
    ["givenName 'x'", 'expected an operator'],
    ['givenName=x', 'must be in single quotes (at position 11)'],
    ["givenName='x", 'not closed (at position 11)'],
    ["givenName=='x'", 'must be in single quotes (at position 11)'],
    ["givenName='x' familyName='y'", 'expected AND, OR or the end of the expression (at position 15)'],
    ["givenName='x' AND", 'expected a clause after AND'],
    ["givenName='x' AND ", 'expected a field name (at the end)'],
    ["givenName='x' XOR b='y'", 'at position 15'],
    ["(givenName='x'", 'parenthesis opened at position 1 is not closed'],
    ["givenName='x')", 'at position 14'],
    ["given-name='x'", 'expected an operator'],
    ["school..sourcedId='x'", 'not a valid field name (at position 1)'],
    [".sourcedId='x'", 'not a valid field name'],
    ["sourcedId.='x'", 'not a valid field name'],
    ['familyName%3D%27jones', 'not closed'],
    ['a%3D%E0%A4%A', 'not valid URL encoding'],
    ["givenName=>'x'", 'must be in single quotes'],
  ])('rejects %j', (text, message) => {
    const e = thrown(() => parseFilter(text));
    expect(e.code).toBe('invalid_filter_field');
    expect(e.message).toContain(message);
    expect(e.messageJa).toMatch(/filter/);
  });

  it('limits the number of clauses and the nesting depth', () => {
    const many = Array.from({ length: 33 }, (_, i) => `a='${i}'`).join(' OR ');
    expect(thrown(() => parseFilter(many)).message).toContain('more than 32 clauses');
    expect(thrown(() => parseFilter("(((((a='1')))))")).message).toContain('nested too deeply');
  });

  it('gives the position in the Japanese message too', () => {
    expect(thrown(() => parseFilter('givenName=x')).messageJa).toContain('11 文字目');
  });
});
