import { describe, expect, it } from 'vitest';
import { exportHeader, presentValue, presenterFor } from '../../src/export/presenter.js';
import { FILES_BY_NAME, fieldIndex } from '../../src/model/index.js';
import type { StoredRecord } from '../../src/repositories/roster-read.repository.js';

const field = (file: keyof typeof FILES_BY_NAME, key: string) =>
  FILES_BY_NAME[file].fields[fieldIndex(FILES_BY_NAME[file], key)]!;

describe('export presenter', () => {
  it('formats values by model type', () => {
    expect(presentValue(field('classes', 'termSourcedIds'), ['t1', 't2'], 'classes')).toBe('t1,t2');
    expect(presentValue(field('classes', 'specialNeeds'), false, 'classes')).toBe('false');
    expect(presentValue(field('enrollments', 'shussekiNo'), 12, 'enrollments')).toBe('12');
    expect(presentValue(field('roles', 'beginDate'), '2025-04-01', 'roles')).toBe('2025-04-01');
    expect(presentValue(field('orgs', 'parentSourcedId'), null, 'orgs')).toBe('');
    expect(presentValue(field('academicSessions', 'parentSourcedId'), null, 'academicSessions')).toBe('NULL');
  });

  it('writes users in the 1.2.1 layout with the extension and unknown metadata columns last', () => {
    const header = exportHeader(FILES_BY_NAME.users, ['metadata.x.a']);
    expect(header).not.toContain('resourceSourcedIds');
    expect(header.slice(-8)).toEqual([
      'metadata.jp.kanaGivenName',
      'metadata.jp.kanaFamilyName',
      'metadata.jp.kanaMiddleName',
      'metadata.jp.homeClass',
      'metadata.jp.kanaPreferredFamilyName',
      'metadata.jp.kanaPreferredGivenName',
      'metadata.jp.kanaPreferredMiddleName',
      'metadata.x.a',
    ]);
  });

  it('fills status and dateLastModified only in delta mode', () => {
    const rec: StoredRecord = {
      sourced_id: 'o1',
      status: 'tobedeleted',
      date_last_modified: '2025-04-01T00:00:00.000Z',
      metadata: { 'metadata.x.a': 'v' },
      name: '学校',
      type: 'school',
      identifier: null,
      parent_sourced_id: null,
    };
    const bulk = presenterFor(FILES_BY_NAME.orgs, 'bulk', ['metadata.x.a', 'metadata.x.b'])(rec);
    expect(bulk).toMatchObject({ sourcedId: 'o1', status: '', dateLastModified: '', name: '学校' });
    expect(bulk['metadata.x.a']).toBe('v');
    expect(bulk['metadata.x.b']).toBe('');
    const delta = presenterFor(FILES_BY_NAME.orgs, 'delta', [])(rec);
    expect(delta).toMatchObject({ status: 'tobedeleted', dateLastModified: '2025-04-01T00:00:00.000Z' });
  });
});
