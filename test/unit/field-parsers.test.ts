import { describe, expect, it } from 'vitest';
import { FILES_BY_NAME, field, type FieldDef, type FieldType, type FileName } from '../../src/model/index.js';
import { INVALID, parserFor, type CellResult } from '../../src/import/field-parsers.js';

/** The model's own declaration of a column, so the tests follow the model. */
function def(file: FileName, key: string): FieldDef {
  const d = FILES_BY_NAME[file].fields.find((f) => f.key === key);
  if (!d) throw new Error(`${file}.${key} is not declared`);
  return d;
}

/** Runs a parser and reports `{ value }` plus the problem it left, if any (INVALID reads as value null). */
const parse = (d: FieldDef, raw: string) => {
  const out: CellResult = { problem: null };
  const v = parserFor(d)(raw, out);
  return {
    value: v === INVALID ? null : v,
    invalid: v === INVALID,
    ...(out.problem ? { problem: out.problem } : {}),
  };
};
const accepts = (d: FieldDef, raw: string, value: unknown) =>
  expect(parse(d, raw)).toEqual({ value, invalid: false });
const rejects = (d: FieldDef, raw: string, code: string) => {
  const r = parse(d, raw);
  expect(r.invalid).toBe(true);
  expect(r.value).toBeNull();
  expect(r.problem).toMatchObject({ code });
  expect(r.problem?.warning).toBeFalsy();
};

describe('guid', () => {
  const sourcedId = def('users', 'sourcedId');

  it('is the type of every sourcedId', () => {
    expect(sourcedId.type).toBe('guid');
  });

  it('accepts letters, digits and . - _ / @ up to 255 characters', () => {
    accepts(sourcedId, 'user-001', 'user-001');
    accepts(sourcedId, 'a.b_c/d@e-f', 'a.b_c/d@e-f');
    accepts(sourcedId, '0f8fad5b-d9cb-469f-a165-70867728950e', '0f8fad5b-d9cb-469f-a165-70867728950e');
    accepts(sourcedId, 'x'.repeat(255), 'x'.repeat(255));
  });

  it('rejects other characters and more than 255 characters', () => {
    rejects(sourcedId, 'x'.repeat(256), 'value.guid');
    rejects(sourcedId, 'has space', 'value.guid');
    rejects(sourcedId, 'a,b', 'value.guid');
    rejects(sourcedId, 'ユーザー1', 'value.guid');
    rejects(sourcedId, 'id#1', 'value.guid');
    rejects(sourcedId, 'id+1', 'value.guid');
  });

  it('does not treat NULL as empty', () => {
    accepts(sourcedId, 'NULL', 'NULL');
  });
});

describe('guidRef', () => {
  const parent = def('academicSessions', 'parentSourcedId');

  it('accepts an identifier', () => {
    expect(parent.type).toBe('guidRef');
    accepts(parent, 'as-2025', 'as-2025');
  });

  it('reads the literal NULL as no reference', () => {
    accepts(parent, 'NULL', null);
  });

  it('rejects a malformed identifier, lower-case null and a list', () => {
    rejects(parent, 'as 2025', 'value.guid');
    rejects(parent, 'a,b', 'value.guid');
    // Only the exact Japan Profile spelling means "no reference".
    accepts(parent, 'null', 'null');
  });
});

describe('guidRefList', () => {
  const terms = def('classes', 'termSourcedIds');

  it('splits on commas, trims items and drops empty ones', () => {
    expect(terms.type).toBe('guidRefList');
    accepts(terms, 't1', ['t1']);
    accepts(terms, ' t1 , t2,,t3 ,', ['t1', 't2', 't3']);
  });

  it('reads a list with no items as null', () => {
    accepts(terms, ' , ,', null);
  });

  it('rejects the list when any item is not an identifier', () => {
    rejects(terms, 't1,t 2', 'value.guid');
    rejects(terms, 't1,学期', 'value.guid');
  });
});

describe('string and stringList', () => {
  it('keeps a string verbatim, spaces included', () => {
    const title = def('classes', 'title');
    accepts(title, ' 1年1組 ', ' 1年1組 ');
    accepts(title, 'a,b', 'a,b');
  });

  it('splits a string list, trims items and drops empty ones', () => {
    const grades = def('courses', 'grades');
    expect(grades.type).toBe('stringList');
    accepts(grades, 'P1', ['P1']);
    accepts(grades, 'P1, P2 ,,J1', ['P1', 'P2', 'J1']);
    accepts(grades, ', ,', null);
    // A string list has no format of its own: it cannot fail.
    expect(parse(grades, '!!,??').problem).toBeUndefined();
  });
});

describe('userIdList', () => {
  const userIds = def('users', 'userIds');

  it('accepts {type:id} items', () => {
    expect(userIds.type).toBe('userIdList');
    accepts(userIds, '{MEXCBT:abc123}', ['{MEXCBT:abc123}']);
    accepts(userIds, '{MEXCBT:abc123}, {LDAP:u-1:x}', ['{MEXCBT:abc123}', '{LDAP:u-1:x}']);
  });

  it('rejects items without braces, type or identifier', () => {
    rejects(userIds, 'MEXCBT:abc123', 'value.userId');
    rejects(userIds, '{MEXCBT}', 'value.userId');
    rejects(userIds, '{:abc}', 'value.userId');
    rejects(userIds, '{MEXCBT:}', 'value.userId');
    rejects(userIds, '{MEXCBT:abc},plain', 'value.userId');
  });
});

describe('enum', () => {
  it('accepts the vocabulary and ext: tokens for an extensible enumeration', () => {
    const role = def('roles', 'role');
    expect(role.extensible).toBe(true);
    accepts(role, 'teacher', 'teacher');
    accepts(role, 'ext:schoolNurse', 'ext:schoolNurse');
    accepts(role, 'ext:a.b-c_1', 'ext:a.b-c_1');
  });

  it('rejects unknown values, wrong case and malformed ext: tokens', () => {
    const role = def('roles', 'role');
    const r = parse(role, 'Teacher');
    expect(r).toMatchObject({ value: null, problem: { code: 'value.enum' } });
    expect(r.problem?.params?.allowed).toContain('teacher');
    expect(r.problem?.params?.allowed).toContain('ext:');
    rejects(role, 'nurse', 'value.enum');
    rejects(role, 'ext:', 'value.enum');
    rejects(role, 'ext:school nurse', 'value.enum');
    rejects(role, 'x-ext:nurse', 'value.enum');
  });

  it('rejects ext: tokens for a non-extensible enumeration (roleType)', () => {
    const roleType = def('roles', 'roleType');
    expect(roleType.extensible).toBeFalsy();
    accepts(roleType, 'primary', 'primary');
    accepts(roleType, 'secondary', 'secondary');
    rejects(roleType, 'ext:tertiary', 'value.enum');
    expect(parse(roleType, 'ext:tertiary').problem?.params?.allowed).not.toContain('ext:');
  });

  it('reads status inactive as tobedeleted with a warning', () => {
    const status = def('users', 'status');
    accepts(status, 'active', 'active');
    accepts(status, 'tobedeleted', 'tobedeleted');
    expect(parse(status, 'inactive')).toEqual({
      value: 'tobedeleted',
      invalid: false,
      problem: { code: 'value.statusInactive', warning: true },
    });
    rejects(status, 'deleted', 'value.enum');
    rejects(status, 'Active', 'value.enum');
  });

  it('does not map inactive for other enumerations', () => {
    rejects(def('classes', 'classType'), 'inactive', 'value.enum');
  });
});

describe('boolean', () => {
  const enabled = def('users', 'enabledUser');

  it('accepts true and false', () => {
    accepts(enabled, 'true', 'true');
    accepts(enabled, 'false', 'false');
  });

  it('accepts other letter case with a warning and normalizes it', () => {
    expect(parse(enabled, 'TRUE')).toEqual({
      value: 'true',
      invalid: false,
      problem: { code: 'value.booleanCase', warning: true },
    });
    expect(parse(enabled, 'False')).toEqual({
      value: 'false',
      invalid: false,
      problem: { code: 'value.booleanCase', warning: true },
    });
  });

  it('rejects anything else', () => {
    for (const raw of ['1', '0', 'yes', 't', 't rue', 'はい']) rejects(enabled, raw, 'value.boolean');
  });

  it('trims spaces, full-width spaces and tabs around the value with a warning', () => {
    for (const raw of ['true ', '\u3000false', '\tTRUE\t'])
      expect(parse(enabled, raw)).toMatchObject({
        value: raw.trim().toLowerCase(),
        invalid: false,
        problem: { code: 'value.whitespace', warning: true },
      });
    // A cell of spaces only is empty (a required column then reports value.required).
    expect(parse(enabled, '\u3000 ')).toMatchObject({ value: null, invalid: false });
  });
});

describe('date', () => {
  const begin = def('roles', 'beginDate');

  it('accepts real calendar dates', () => {
    accepts(begin, '2025-04-01', '2025-04-01');
    accepts(begin, '2024-02-29', '2024-02-29');
    accepts(begin, '2025-12-31', '2025-12-31');
  });

  it('rejects impossible dates and other formats', () => {
    for (const raw of ['2025-02-30', '2025-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00']) {
      rejects(begin, raw, 'value.date');
    }
    for (const raw of ['2025/04/01', '2025-4-1', '20250401', '2025-04-01T00:00:00Z', 'R7-04-01']) {
      rejects(begin, raw, 'value.date');
    }
  });
});

describe('datetime', () => {
  const modified = def('users', 'dateLastModified');

  it('keeps a UTC value with milliseconds', () => {
    accepts(modified, '2025-04-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z');
  });

  it('accepts values without fraction, without seconds, with long fractions', () => {
    accepts(modified, '2025-04-01T12:34:56Z', '2025-04-01T12:34:56.000Z');
    accepts(modified, '2025-04-01T12:34Z', '2025-04-01T12:34:00.000Z');
    accepts(modified, '2025-04-01T12:34:56.5Z', '2025-04-01T12:34:56.500Z');
    accepts(modified, '2025-04-01T12:34:56.123456Z', '2025-04-01T12:34:56.123Z');
  });

  it('normalizes an offset to UTC Z', () => {
    accepts(modified, '2025-04-01T09:00:00+09:00', '2025-04-01T00:00:00.000Z');
    accepts(modified, '2025-04-01T09:00:00.250+0900', '2025-04-01T00:00:00.250Z');
    accepts(modified, '2025-03-31T20:00:00-05:00', '2025-04-01T01:00:00.000Z');
  });

  it('reads a value without offset, or a bare date, as UTC', () => {
    accepts(modified, '2025-04-01T09:00:00', '2025-04-01T09:00:00.000Z');
    accepts(modified, '2025-04-01 09:00:00', '2025-04-01T09:00:00.000Z');
    accepts(modified, '2025-04-01', '2025-04-01T00:00:00.000Z');
  });

  it('rejects impossible dates and times and other formats', () => {
    for (const raw of [
      '2025-02-30T00:00:00Z',
      '2025-04-31T10:00:00Z',
      '2025-13-01T00:00:00Z',
      '2025-04-01T25:00:00Z',
      '2025-04-01T10:60:00Z',
      '2025/04/01 00:00:00',
      '2025-04-01T00:00:00+9',
      '1743465600',
      'yesterday',
    ]) {
      rejects(modified, raw, 'value.datetime');
    }
  });
});

describe('year', () => {
  const schoolYear = def('academicSessions', 'schoolYear');

  it('accepts four digits', () => {
    accepts(schoolYear, '2025', '2025');
  });

  it('rejects anything else', () => {
    for (const raw of ['25', '20255', 'R7', '2025年', '2025-04-01']) rejects(schoolYear, raw, 'value.year');
  });
});

describe('integer', () => {
  const shusseki = def('enrollments', 'shussekiNo');

  it('accepts whole numbers and normalizes them', () => {
    expect(shusseki.type).toBe('integer');
    accepts(shusseki, '1', '1');
    accepts(shusseki, '007', '7');
    accepts(shusseki, '+12', '12');
    accepts(shusseki, '-3', '-3');
    accepts(shusseki, '999999999', '999999999');
  });

  it('rejects fractions, words, full-width digits and 10+ digit values', () => {
    for (const raw of ['1.5', '1e3', 'one', '１', '1234567890', '']) rejects(shusseki, raw, 'value.integer');
  });
});

describe('parserFor', () => {
  it('has a parser for every field type', () => {
    const types: FieldType[] = [
      'guid',
      'guidRef',
      'guidRefList',
      'string',
      'stringList',
      'userIdList',
      'enum',
      'boolean',
      'date',
      'datetime',
      'year',
      'integer',
    ];
    for (const t of types) expect(typeof parserFor(field('x', t, { enumValues: ['a'] }))).toBe('function');
  });

  it('is declared for every model column', () => {
    for (const file of Object.values(FILES_BY_NAME)) {
      for (const f of file.fields) expect(typeof parserFor(f), `${file.name}.${f.csv}`).toBe('function');
    }
  });
});
