import type { RawBuilder, SqlBool } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/api/entities.js';
import { compileFilter, resolveField } from '../../src/api/query/filter-compiler.js';
import { parseFilter } from '../../src/api/query/filter-parser.js';
import { compilerOnly, thrown } from '../helpers/sql.js';

const db = compilerOnly;

const { user, class: klass, enrollment, academicSession, course, demographics } = ENTITIES;

function compiled(cond: RawBuilder<SqlBool>): { sql: string; parameters: readonly unknown[] } {
  const c = cond.compile(db);
  return { sql: c.sql, parameters: c.parameters };
}

const compile = (entity = user, text: string, alias?: string) =>
  compiled(compileFilter(entity, parseFilter(text), alias));

const rejects = (entity: typeof user, text: string, message: string) => {
  const e = thrown(() => compile(entity, text));
  expect(e.code).toBe('invalid_filter_field');
  expect(e.message).toContain(message);
};

describe('compileFilter: scalar columns', () => {
  it.each([
    ['=', '"t"."given_name" = $1'],
    ['>', '"t"."given_name" > $1'],
    ['>=', '"t"."given_name" >= $1'],
    ['<', '"t"."given_name" < $1'],
    ['<=', '"t"."given_name" <= $1'],
    ['!=', '"t"."given_name" is distinct from $1'],
    ['~', 'strpos(lower("t"."given_name"::text), lower($1)) > 0'],
  ])('compiles %s', (op, expected) => {
    expect(compile(user, `givenName${op}'Ann'`)).toEqual({ sql: expected, parameters: ['Ann'] });
  });

  it('uses <> for != on a NOT NULL column', () => {
    expect(compile(user, "status!='active'").sql).toBe('"t"."status" <> $1');
  });

  it('keeps values out of the SQL text', () => {
    const evil = "x' OR '1'='1";
    const c = compile(user, `givenName='${evil.replaceAll("'", "''")}'`);
    expect(c.sql).toBe('"t"."given_name" = $1');
    expect(c.parameters).toEqual([evil]);
    expect(compile(user, `metadata.jp.homeClass='${evil.replaceAll("'", "''")}'`).parameters).toEqual([evil]);
    const d = compile(user, `grades~'${evil.replaceAll("'", "''")}'`);
    expect(d.sql).not.toMatch(/OR|'/);
    expect(d.parameters).toEqual([evil]);
  });

  it('uses the alias given', () => {
    expect(compile(user, "givenName='a'", 'u').sql).toBe('"u"."given_name" = $1');
    expect(() => compile(user, "givenName='a'", 'u; drop')).toThrow(/Unsafe SQL identifier/);
  });

  it('maps renamed properties to their columns', () => {
    expect(compile(user, "preferredFirstName='a'").sql).toBe('"t"."preferred_given_name" = $1');
    expect(compile(enrollment, "primary='true'").sql).toBe('"t"."is_primary" = $1');
  });

  it('passes booleans as booleans and accepts only true/false with = and !=', () => {
    expect(compile(user, "enabledUser='false'")).toEqual({
      sql: '"t"."enabled_user" = $1',
      parameters: [false],
    });
    expect(compile(demographics, "asian!='true'")).toEqual({
      sql: '"t"."asian" is distinct from $1',
      parameters: [true],
    });
    rejects(user, "enabledUser='yes'", "needs 'true' or 'false'");
    rejects(user, "enabledUser='TRUE'", "needs 'true' or 'false'");
    rejects(user, "enabledUser>'false'", 'operator > cannot be used');
    rejects(user, "enabledUser~'t'", 'operator ~ cannot be used');
  });

  it('checks integers', () => {
    expect(compile(enrollment, "metadata.jp.shussekiNo>='3'")).toEqual({
      sql: '"t"."shusseki_no" >= $1',
      parameters: [3],
    });
    rejects(enrollment, "metadata.jp.shussekiNo='3.5'", 'needs an integer');
    rejects(enrollment, "metadata.jp.shussekiNo='99999999999'", 'needs an integer');
    // Substring search reads the number as text.
    expect(compile(enrollment, "metadata.jp.shussekiNo~'1'").parameters).toEqual(['1']);
  });

  it('checks dates', () => {
    expect(compile(academicSession, "startDate<'2024-04-01'")).toEqual({
      sql: '"t"."start_date" < $1::date',
      parameters: ['2024-04-01'],
    });
    rejects(academicSession, "startDate='2024-02-30'", 'needs a date YYYY-MM-DD');
    rejects(academicSession, "startDate='2024-04-01T00:00:00Z'", 'needs a date YYYY-MM-DD');
  });
});

describe('compileFilter: date-times', () => {
  const D = '2024-05-01T00:00:00.000Z';
  const D1 = '2024-05-02T00:00:00.000Z';
  const col = '"t"."date_last_modified"';

  it.each([
    ['=', `(${col} >= $1::timestamptz and ${col} < $2::timestamptz)`, [D, D1]],
    ['!=', `(${col} < $1::timestamptz or ${col} >= $2::timestamptz)`, [D, D1]],
    ['>', `${col} >= $1::timestamptz`, [D1]],
    ['>=', `${col} >= $1::timestamptz`, [D]],
    ['<', `${col} < $1::timestamptz`, [D]],
    ['<=', `${col} < $1::timestamptz`, [D1]],
  ])('compares a date-only value by UTC day with %s', (op, sqlText, parameters) => {
    expect(compile(user, `dateLastModified${op}'2024-05-01'`)).toEqual({ sql: sqlText, parameters });
  });

  it('compares full timestamps exactly, read as UTC when no offset is given', () => {
    expect(compile(user, "dateLastModified>'2023-05-01T09:00:00+09:00'")).toEqual({
      sql: `${col} > $1::timestamptz`,
      parameters: ['2023-05-01T00:00:00.000Z'],
    });
    expect(compile(user, "dateLastModified>'2023-05-01 10:30'").parameters).toEqual([
      '2023-05-01T10:30:00.000Z',
    ]);
    expect(compile(user, "dateLastModified<='2023-05-01T10:30:00.5-05'").parameters).toEqual([
      '2023-05-01T15:30:00.500Z',
    ]);
  });

  it('rejects values that are not ISO 8601', () => {
    rejects(user, "dateLastModified>'yesterday'", 'needs an ISO 8601 date or date-time');
    rejects(user, "dateLastModified>'2024-02-30T00:00:00Z'", 'ISO 8601');
    rejects(user, "dateLastModified>'2024-05-01T25:00:00Z'", 'ISO 8601');
    rejects(user, "dateLastModified>'05/01/2024'", 'ISO 8601');
  });
});

describe('compileFilter: references and lists', () => {
  it('reads a GUIDRef by sourcedId, or bare', () => {
    expect(compile(klass, "school.sourcedId='s1'").sql).toBe('"t"."school_sourced_id" = $1');
    expect(compile(klass, "school='s1'").sql).toBe('"t"."school_sourced_id" = $1');
    expect(compile(user, "primaryOrg.sourcedId!='o1'").sql).toBe(
      '"t"."primary_org_sourced_id" is distinct from $1',
    );
    rejects(klass, "school.type='org'", 'other than sourcedId');
    rejects(klass, "school.href='x'", 'other than sourcedId');
  });

  it.each([
    ['terms.sourcedId', klass, 'term_sourced_ids'],
    ['terms', klass, 'term_sourced_ids'],
    ['agents.sourcedId', user, 'agent_sourced_ids'],
    ['grades', course, 'grades'],
    ['subjects', course, 'subjects'],
    ['subjectCodes', klass, 'subject_codes'],
    ['periods', klass, 'periods'],
  ])('treats %s as a list', (field, entity, column) => {
    expect(compile(entity, `${field}='v'`)).toEqual({ sql: `$1 = any("t"."${column}")`, parameters: ['v'] });
    expect(compile(entity, `${field}!='v'`).sql).toBe(`not coalesce($1 = any("t"."${column}"), false)`);
    expect(compile(entity, `${field}~'v'`).sql).toBe(
      `exists (select 1 from unnest("t"."${column}") as e(v) where strpos(lower(e.v), lower($1)) > 0)`,
    );
    for (const op of ['>', '>=', '<', '<='])
      rejects(entity, `${field}${op}'v'`, `operator ${op} cannot be used`);
  });

  it('rejects parts of a list reference other than sourcedId', () => {
    rejects(klass, "terms.type='x'", 'other than sourcedId');
    rejects(course, "grades.x='1'", 'is not a property');
  });
});

describe('compileFilter: metadata.jp', () => {
  it('maps extension keys to their columns, typed', () => {
    expect(compile(user, "metadata.jp.kanaGivenName~'タロウ'").sql).toBe(
      'strpos(lower("t"."kana_given_name"::text), lower($1)) > 0',
    );
    expect(compile(klass, "metadata.jp.specialNeeds='true'").parameters).toEqual([true]);
    expect(compile(user, "metadata.jp.homeClass='c1'").sql).toBe('"t"."home_class" = $1');
    expect(compile(user, "metadata.jp.homeClass.sourcedId='c1'").sql).toBe('"t"."home_class" = $1');
    // The Japan Profile spells this key both ways.
    expect(compile(enrollment, "metadata.jp.ShussekiNo='1'").sql).toBe('"t"."shusseki_no" = $1');
  });

  it('rejects unknown keys and keys of another entity', () => {
    rejects(user, "metadata.jp.nope='x'", '"metadata.jp.nope" is not a property of user');
    rejects(klass, "metadata.jp.kanaGivenName='x'", 'is not a property of class');
    rejects(user, "metadata.jp.kanaGivenName.x='x'", 'is not a property');
    rejects(user, "metadata.kanaGivenName='x'", 'is not a property');
  });
});

describe('compileFilter: roles and userIds of users', () => {
  const exists = (cond: string) =>
    `exists (select 1 from roles as "r" where "r"."tenant_id" = "t"."tenant_id" and "r"."user_sourced_id" = "t"."sourced_id" and "r"."status" = 'active' and ${cond})`;

  it.each([
    ['roles.role', 'role'],
    ['roles.roleType', 'role_type'],
    ['roles.org.sourcedId', 'org_sourced_id'],
  ])('matches a user when one of its roles has %s', (field, column) => {
    expect(compile(user, `${field}='x'`)).toEqual({ sql: exists(`"r"."${column}" = $1`), parameters: ['x'] });
  });

  it('compares role dates as dates', () => {
    expect(compile(user, "roles.beginDate>='2024-04-01'").sql).toBe(exists('"r"."begin_date" >= $1::date'));
    expect(compile(user, "roles.endDate<'2025-03-31'").sql).toBe(exists('"r"."end_date" < $1::date'));
    rejects(user, "roles.endDate<'soon'", 'needs a date');
  });

  it('reads != as "no role has the value"', () => {
    expect(compile(user, "roles.role!='student'").sql).toBe(`not ${exists('"r"."role" = $1')}`);
  });

  it('picks another subquery alias when the row is aliased r', () => {
    expect(compile(user, "roles.role='student'", 'r').sql).toContain(
      'from roles as "r1" where "r1"."tenant_id" = "r"."tenant_id"',
    );
  });

  it('offers roles only on users, and no other role property', () => {
    rejects(enrollment, "roles.role='x'", 'is not a property of enrollment');
    rejects(user, "roles.userProfile='x'", 'built from other records');
    rejects(user, "roles='x'", 'built from other records');
  });

  it('splits userIds items {type:identifier}', () => {
    expect(compile(user, "userIds.type='Koumu'")).toEqual({
      sql: `exists (select 1 from unnest("t"."user_ids") as e(v) where split_part(substr(e.v, 2), ':', 1) = $1)`,
      parameters: ['Koumu'],
    });
    expect(compile(user, "userIds.identifier~'12'").sql).toBe(
      `exists (select 1 from unnest("t"."user_ids") as e(v) where strpos(lower(substr(e.v, strpos(e.v, ':') + 1, length(e.v) - strpos(e.v, ':') - 1)::text), lower($1)) > 0)`,
    );
    expect(compile(user, "userIds.type!='Koumu'").sql).toMatch(/^not exists/);
    rejects(user, "userIds='x'", 'use userIds.type or userIds.identifier');
    rejects(user, "userIds.type>'x'", 'operator > cannot be used');
  });
});

describe('compileFilter: combinations and unknown fields', () => {
  it('parenthesises groups', () => {
    expect(compile(user, "givenName='a' OR familyName='b' AND status='active'")).toEqual({
      sql: '("t"."given_name" = $1 or ("t"."family_name" = $2 and "t"."status" = $3))',
      parameters: ['a', 'b', 'active'],
    });
  });

  it.each([
    ['user', "nope='x'", '"nope" is not a property of user'],
    ['user', "userProfiles='x'", '"userProfiles" is built from other records'],
    ['academicSession', "children.sourcedId='x'", '"children.sourcedId" is built from other records'],
    ['user', "givenName.first='x'", 'is not a property'],
    ['user', "GivenName='x'", 'is not a property'],
    ['class', "sourcedId='x' AND bogus='y'", '"bogus"'],
  ] as const)('rejects on %s: %s', (name, text, message) => {
    rejects(ENTITIES[name], text, message);
  });
});

describe('resolveField', () => {
  it('describes what a path stands for', () => {
    expect(resolveField(klass, 'school.sourcedId')).toEqual({
      kind: 'scalar',
      path: 'school.sourcedId',
      column: 'school_sourced_id',
      type: 'string',
      nullable: true,
    });
    expect(resolveField(user, 'sourcedId')).toMatchObject({ kind: 'scalar', nullable: false });
    expect(resolveField(klass, 'terms')).toMatchObject({ kind: 'list', column: 'term_sourced_ids' });
    expect(resolveField(user, 'roles.role')).toMatchObject({ kind: 'role', column: 'role' });
    expect(resolveField(user, 'userIds.identifier')).toMatchObject({ kind: 'userId', part: 'identifier' });
  });
});
