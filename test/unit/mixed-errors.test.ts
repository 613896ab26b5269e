import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../src/services/validation.service.js';
import { CLASS, STUDENT, minimalBundle, user, writeBundleZip } from '../helpers/bundle.js';

describe('a bundle with mixed errors', () => {
  it('lists each problem with its file, line, column and code, in English and Japanese', async () => {
    const data = minimalBundle();
    data.orgs![1]!.identifier = 'B101210000013'; // wrong check digit
    data.classes![0]!.classType = 'club'; // not an allowed value
    data.users![0]!.givenName = 'ﾊﾅｺ'; // half-width katakana
    data.users!.push(
      user('user-3', { givenName: '三郎', familyName: '鈴木', 'metadata.jp.kanaGivenName': 'サブロウ' }),
    );
    data.enrollments![1]!.primary = 'true'; // a student cannot be primary
    data.enrollments!.push({
      sourcedId: 'enr-9',
      classSourcedId: CLASS,
      schoolSourcedId: 'org-nowhere',
      userSourcedId: STUDENT,
      role: 'student',
    });
    const r = await validateBundle(
      await writeBundleZip(data, { bom: true, crlf: true, quoteAll: true }),
      'japan',
    );
    expect(r.valid).toBe(false);
    const found = r.errors.map((e) => [e.file, e.line, e.column, e.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['orgs.csv', 3, 'identifier', 'jp.schoolCodeCheckDigit'],
        ['classes.csv', 2, 'classType', 'value.enum'],
        ['users.csv', 2, 'givenName', 'jp.halfWidthKana'],
        ['users.csv', 4, 'metadata.jp.kanaFamilyName', 'value.required'],
        ['enrollments.csv', 3, 'primary', 'jp.studentPrimary'],
        ['enrollments.csv', 4, 'schoolSourcedId', 'ref.unresolved'],
      ]),
    );
    for (const e of r.errors) {
      expect(e.message, e.code).toMatch(/[a-z]{3}/);
      expect(e.messageJa, e.code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});
