import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/api/entities.js';
import { compileFilter } from '../../src/api/query/filter-compiler.js';
import {
  parseCollectionParams,
  parseFields,
  selectFields,
  sortExpression,
} from '../../src/api/query/params.js';
import { compilerOnly, thrown } from '../helpers/sql.js';

const db = compilerOnly;

const { user, class: klass } = ENTITIES;
const MAX = 1000;
const params = (query: Record<string, unknown>, entity = user) => parseCollectionParams(query, entity, MAX);

const code = (fn: () => unknown) => thrown(fn).code;

describe('parseCollectionParams: defaults', () => {
  it('uses limit 100, offset 0, no sort, filter or fields', () => {
    expect(params({})).toEqual({
      limit: 100,
      offset: 0,
      sort: null,
      direction: 'asc',
      sortText: null,
      filterText: null,
      filter: null,
      fields: null,
    });
  });
});

describe('parseCollectionParams: limit and offset', () => {
  it('reads integers and clamps limit to the maximum', () => {
    expect(params({ limit: '25', offset: '50' })).toMatchObject({ limit: 25, offset: 50 });
    expect(params({ limit: '1' }).limit).toBe(1);
    expect(params({ limit: '1000' }).limit).toBe(1000);
    expect(params({ limit: '1001' }).limit).toBe(1000);
    expect(params({ limit: '99999999999999999999999' }).limit).toBe(1000);
    expect(params({ limit: ' 7 ' }).limit).toBe(7);
    expect(params({ offset: '0' }).offset).toBe(0);
  });

  it.each(['0', '-1', '1.5', 'abc', '', ' ', '1e3', '0x10', '+5'])(
    'rejects limit %j as invalid_input',
    (v) => {
      const e = thrown(() => params({ limit: v }));
      expect(e.code).toBe('invalid_input');
      expect(e.message).toContain('limit');
    },
  );

  it.each(['-1', '1.5', 'abc', '', '99999999999999999999'])('rejects offset %j as invalid_input', (v) => {
    expect(code(() => params({ offset: v }))).toBe('invalid_input');
  });

  it('rejects a repeated or non-text limit', () => {
    expect(code(() => params({ limit: ['10', '20'] }))).toBe('invalid_input');
    expect(code(() => params({ offset: 5 }))).toBe('invalid_input');
  });
});

describe('parseCollectionParams: sort and orderBy', () => {
  it('resolves sort to a column, ascending by default', () => {
    const q = params({ sort: 'familyName' });
    expect(q.sort).toMatchObject({ direction: 'asc', field: { column: 'family_name' } });
    expect(q.sortText).toBe('familyName');
    expect(sortExpression(q.sort!).compile(db).sql).toBe('"t"."family_name"');
    expect(sortExpression(q.sort!, 'u').compile(db).sql).toBe('"u"."family_name"');
  });

  it('reads orderBy in any case', () => {
    expect(params({ sort: 'givenName', orderBy: 'DESC' }).sort?.direction).toBe('desc');
    expect(params({ sort: 'givenName', orderBy: 'Asc' }).direction).toBe('asc');
    expect(params({ orderBy: 'desc' })).toMatchObject({ sort: null, direction: 'desc' });
  });

  it('sorts on references by sourcedId, dates and extension columns', () => {
    expect(params({ sort: 'school.sourcedId' }, klass).sort?.field.column).toBe('school_sourced_id');
    expect(params({ sort: 'school' }, klass).sort?.field.column).toBe('school_sourced_id');
    expect(params({ sort: 'dateLastModified' }).sort?.field.column).toBe('date_last_modified');
    expect(params({ sort: 'metadata.jp.kanaFamilyName' }).sort?.field.column).toBe('kana_family_name');
  });

  it('ignores a blank sort', () => {
    expect(params({ sort: '' }).sort).toBeNull();
  });

  it('rejects a bad orderBy as invalid_input', () => {
    expect(code(() => params({ sort: 'givenName', orderBy: 'up' }))).toBe('invalid_input');
  });

  it.each([
    ['nope', 'is not a property'],
    ['grades', 'holds several values'],
    ['terms.sourcedId', 'holds several values'],
    ['roles.role', 'holds several values'],
    ['userIds.type', 'holds several values'],
    ['roles', 'built from other records'],
    ['school.type', 'is not a property'],
  ])('rejects sort=%s as invalid_filter_field', (sort, message) => {
    const e = thrown(() => params({ sort }, sort.startsWith('terms') ? klass : user));
    expect(e.code).toBe('invalid_filter_field');
    expect(e.message).toContain(message);
  });
});

describe('parseCollectionParams: filter and modifiedSince', () => {
  it('parses the filter and keeps a canonical text', () => {
    const q = params({ filter: "givenName = 'Ann' or familyName='O''Neil'" });
    expect(q.filter).toEqual({
      kind: 'or',
      items: [
        { kind: 'clause', field: 'givenName', op: '=', value: 'Ann' },
        { kind: 'clause', field: 'familyName', op: '=', value: "O'Neil" },
      ],
    });
    expect(q.filterText).toBe("givenName='Ann' OR familyName='O''Neil'");
  });

  it('treats a blank filter as no filter', () => {
    expect(params({ filter: '' }).filter).toBeNull();
    expect(params({ filter: '  ' }).filter).toBeNull();
  });

  it('rejects a malformed filter as invalid_filter_field', () => {
    expect(code(() => params({ filter: 'givenName=Ann' }))).toBe('invalid_filter_field');
    expect(code(() => params({ filter: ["a='1'", "b='2'"] }))).toBe('invalid_input');
  });

  it('adds modifiedSince as dateLastModified>= AND-ed with the filter', () => {
    const since = { kind: 'clause', field: 'dateLastModified', op: '>=', value: '2024-05-01T00:00:00Z' };
    expect(params({ modifiedSince: '2024-05-01T00:00:00Z' }).filter).toEqual(since);
    const q = params({ modifiedSince: '2024-05-01T00:00:00Z', filter: "a='1' AND b='2'" });
    expect(q.filter).toEqual({
      kind: 'and',
      items: [
        { kind: 'clause', field: 'a', op: '=', value: '1' },
        { kind: 'clause', field: 'b', op: '=', value: '2' },
        since,
      ],
    });
    expect(q.filterText).toBe("a='1' AND b='2' AND dateLastModified>='2024-05-01T00:00:00Z'");
    const r = params({ modifiedSince: '2024-05-01', filter: "a='1' OR b='2'" });
    expect(r.filterText).toBe("(a='1' OR b='2') AND dateLastModified>='2024-05-01'");
  });

  it('compiles modifiedSince with the filter', () => {
    const q = params({ modifiedSince: '2024-05-01T09:00:00+09:00', filter: "givenName='A'" });
    const c = compileFilter(user, q.filter!).compile(db);
    expect(c.sql).toBe('("t"."given_name" = $1 and "t"."date_last_modified" >= $2::timestamptz)');
    expect(c.parameters).toEqual(['A', '2024-05-01T00:00:00.000Z']);
  });

  it.each(['yesterday', '2024-13-01', '1714521600'])('rejects modifiedSince=%s as invalid_input', (v) => {
    expect(code(() => params({ modifiedSince: v }))).toBe('invalid_input');
  });
});

describe('fields', () => {
  it('splits on commas, trims, accepts the parameter repeated and drops duplicates', () => {
    expect(parseFields('sourcedId,givenName')).toEqual(['sourcedId', 'givenName']);
    expect(parseFields(' sourcedId , givenName ')).toEqual(['sourcedId', 'givenName']);
    expect(parseFields(['sourcedId', 'givenName,familyName', 'sourcedId'])).toEqual([
      'sourcedId',
      'givenName',
      'familyName',
    ]);
    expect(parseFields(undefined)).toBeNull();
    expect(params({ fields: 'sourcedId' }).fields).toEqual(['sourcedId']);
  });

  it.each([['sourcedId,'], [''], [','], ['a,,b'], [' '], [['sourcedId', '']]])(
    'rejects a blank name in %j as invalid_selection_field',
    (raw) => {
      expect(code(() => parseFields(raw))).toBe('invalid_selection_field');
    },
  );

  it('rejects non-text values', () => {
    expect(code(() => parseFields(5))).toBe('invalid_selection_field');
    expect(code(() => parseFields([{}]))).toBe('invalid_selection_field');
  });

  it('keeps unknown names in the parsed list', () => {
    expect(parseFields('sourcedId,bogus')).toEqual(['sourcedId', 'bogus']);
  });

  it('selects the known names, or everything when none is known', () => {
    expect(selectFields(user, ['sourcedId', 'bogus', 'roles', 'metadata'])).toEqual(
      new Set(['sourcedId', 'roles', 'metadata']),
    );
    expect(selectFields(user, ['bogus', 'GivenName'])).toBeNull();
    expect(selectFields(user, null)).toBeNull();
    expect(selectFields(klass, ['terms'])).toEqual(new Set(['terms']));
  });
});
