import { describe, expect, it } from 'vitest';
import { FILES_BY_NAME, baseHeaderLayouts, fieldIndex, type FileName } from '../../src/model/index.js';
import { checkHeader } from '../../src/import/header.js';
import { IssueCollector } from '../../src/import/issues.js';
import { defaultHeader } from '../helpers/bundle.js';

function check(file: FileName, header: string[]) {
  const issues = new IssueCollector();
  const map = checkHeader(FILES_BY_NAME[file], header, issues);
  return { map, issues, codes: [...issues.errors, ...issues.warnings].map((i) => [i.code, i.column]) };
}

/** Header position of a field as mapped by checkHeader. */
function at(file: FileName, map: { fieldIndex: readonly number[] } | null, key: string): number | undefined {
  return map?.fieldIndex[fieldIndex(FILES_BY_NAME[file], key)];
}

const ORGS = ['sourcedId', 'status', 'dateLastModified', 'name', 'type', 'identifier', 'parentSourcedId'];

describe('checkHeader', () => {
  it('accepts the standard columns in order and maps every field to its position', () => {
    const { map, issues } = check('orgs', ORGS);
    expect(issues.errors).toEqual([]);
    expect(issues.warnings).toEqual([]);
    expect(map).toEqual({ width: 7, fieldIndex: [0, 1, 2, 3, 4, 5, 6], extras: [] });
  });

  it('reports a missing column on line 1 and returns no map', () => {
    const { map, issues, codes } = check(
      'orgs',
      ORGS.filter((c) => c !== 'identifier'),
    );
    expect(map).toBeNull();
    expect(codes).toEqual([['header.missingColumn', 'identifier']]);
    expect(issues.errors[0]).toMatchObject({ file: 'orgs.csv', line: 1, severity: 'error' });
  });

  it('reports columns out of order with the expected column and position', () => {
    const swapped = [
      'sourcedId',
      'status',
      'dateLastModified',
      'type',
      'name',
      'identifier',
      'parentSourcedId',
    ];
    const { map, issues } = check('orgs', swapped);
    expect(map).toBeNull();
    expect(issues.errors).toHaveLength(1);
    expect(issues.errors[0]).toMatchObject({
      code: 'header.order',
      file: 'orgs.csv',
      line: 1,
      column: 'type',
    });
    expect(issues.errors[0]!.message).toContain('expected name at position 4');
  });

  it('reports extension columns placed before the standard columns as an order error', () => {
    const { map, codes } = check('orgs', ['metadata.jp.x', ...ORGS]);
    expect(map).toBeNull();
    expect(codes).toEqual([['header.order', 'metadata.jp.x']]);
  });

  it('reports an unknown column that is not metadata', () => {
    const { map, codes } = check('orgs', [...ORGS, 'nickname']);
    expect(map).toBeNull();
    expect(codes).toEqual([['header.unknownColumn', 'nickname']]);
  });

  it('reports a case variant of a standard column as missing and unknown', () => {
    const { map, codes } = check(
      'orgs',
      ORGS.map((c) => (c === 'name' ? 'Name' : c)),
    );
    expect(map).toBeNull();
    expect(codes).toContainEqual(['header.missingColumn', 'name']);
    expect(codes).toContainEqual(['header.unknownColumn', 'Name']);
  });

  it('reports a duplicated column', () => {
    const { map, codes } = check('orgs', [...ORGS, 'metadata.jp.a', 'metadata.jp.a']);
    expect(map).toBeNull();
    expect(codes).toEqual([['header.duplicateColumn', 'metadata.jp.a']]);
  });

  it('reports a duplicated standard column', () => {
    const { map, codes } = check('orgs', [...ORGS, 'name']);
    expect(map).toBeNull();
    expect(codes).toEqual([['header.duplicateColumn', 'name']]);
  });

  it('keeps unknown metadata.x.y columns as extras and maps known extension columns', () => {
    const header = [...defaultHeader('classes'), 'metadata.acme.color', 'metadata.jp.note'];
    const { map, issues } = check('classes', header);
    expect(issues.errors).toEqual([]);
    expect(map!.width).toBe(header.length);
    expect(map!.extras).toEqual([
      { name: 'metadata.acme.color', index: header.length - 2 },
      { name: 'metadata.jp.note', index: header.length - 1 },
    ]);
    expect(at('classes', map, 'specialNeeds')).toBe(header.indexOf('metadata.jp.specialNeeds'));
  });

  it('maps known extension columns in any order and absent ones to -1', () => {
    const base = baseHeaderLayouts(FILES_BY_NAME.enrollments)[0]!;
    const header = [...base, 'metadata.jp.PublicFlg'];
    const { map, issues } = check('enrollments', header);
    expect(issues.errors).toEqual([]);
    expect(at('enrollments', map, 'publicFlg')).toBe(base.length);
    expect(at('enrollments', map, 'shussekiNo')).toBe(-1);
  });

  describe('users.csv layouts', () => {
    const usersBase12 = baseHeaderLayouts(FILES_BY_NAME.users)[1]!;
    const usersBase121 = baseHeaderLayouts(FILES_BY_NAME.users)[0]!;
    const jp12 = [
      ...usersBase12,
      'metadata.jp.kanaGivenName',
      'metadata.jp.kanaFamilyName',
      'metadata.jp.kanaMiddleName',
      'metadata.jp.homeClass',
    ];
    const jp121 = defaultHeader('users');

    it('has the expected column counts', () => {
      expect(usersBase12).toContain('resourceSourcedIds');
      expect(usersBase121).not.toContain('resourceSourcedIds');
      expect(jp12).toHaveLength(27);
      expect(jp121).toHaveLength(29);
    });

    it('accepts the JP v1.2 layout with resourceSourcedIds (27 columns)', () => {
      const { map, issues } = check('users', jp12);
      expect(issues.errors).toEqual([]);
      expect(map).not.toBeNull();
      expect(at('users', map, 'resourceSourcedIds')).toBe(jp12.indexOf('resourceSourcedIds'));
      expect(at('users', map, 'primaryOrgSourcedId')).toBe(jp12.indexOf('primaryOrgSourcedId'));
      expect(at('users', map, 'homeClass')).toBe(26);
      expect(at('users', map, 'kanaPreferredGivenName')).toBe(-1);
    });

    it('accepts the 1.2.1 layout without resourceSourcedIds (29 columns)', () => {
      const { map, issues } = check('users', jp121);
      expect(issues.errors).toEqual([]);
      expect(at('users', map, 'resourceSourcedIds')).toBe(-1);
      expect(at('users', map, 'preferredGivenName')).toBe(jp121.indexOf('preferredGivenName'));
      expect(at('users', map, 'kanaPreferredMiddleName')).toBe(28);
    });

    it('rejects resourceSourcedIds in the wrong place', () => {
      const header = [...jp121.slice(0, 3), 'resourceSourcedIds', ...jp121.slice(3)];
      const { map, codes } = check('users', header);
      expect(map).toBeNull();
      expect(codes[0]).toEqual(['header.order', 'resourceSourcedIds']);
    });
  });

  describe('enrollments shussekiNo spelling', () => {
    const base = baseHeaderLayouts(FILES_BY_NAME.enrollments)[0]!;

    it('maps metadata.jp.ShussekiNo and its alias metadata.jp.shussekiNo to the same field', () => {
      const upper = check('enrollments', [...base, 'metadata.jp.ShussekiNo', 'metadata.jp.PublicFlg']);
      const lower = check('enrollments', [...base, 'metadata.jp.shussekiNo', 'metadata.jp.publicFlg']);
      expect(upper.issues.errors).toEqual([]);
      expect(lower.issues.errors).toEqual([]);
      expect(at('enrollments', upper.map, 'shussekiNo')).toBe(base.length);
      expect(at('enrollments', lower.map, 'shussekiNo')).toBe(base.length);
      expect(at('enrollments', lower.map, 'publicFlg')).toBe(base.length + 1);
      // The alias is mapped, not left over as an unknown extension column.
      expect(lower.map!.extras).toEqual([]);
    });

    it('does not accept other spellings as the field', () => {
      const { map } = check('enrollments', [...base, 'metadata.jp.SHUSSEKINO']);
      expect(at('enrollments', map, 'shussekiNo')).toBe(-1);
      expect(map!.extras).toEqual([{ name: 'metadata.jp.SHUSSEKINO', index: base.length }]);
    });
  });
});
