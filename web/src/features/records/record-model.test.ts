import { describe, expect, it } from 'vitest';
import {
  apiQueryOf,
  listStateOf,
  paramsOf,
  personName,
  recordTitle,
  rowTitle,
  type ListState,
  type RecordRow,
} from './record-model';

const state = (s: Partial<ListState>): ListState => ({
  q: '',
  status: '',
  kind: '',
  page: 0,
  size: 25,
  ...s,
});

describe('list state in the address', () => {
  it('reads the page as people write it (1-based) and ignores what it does not know', () => {
    const s = listStateOf(new URLSearchParams('q=やまだ&status=tobedeleted&kind=teacher&page=3&size=50'));
    expect(s).toEqual({ q: 'やまだ', status: 'tobedeleted', kind: 'teacher', page: 2, size: 50 });
    expect(listStateOf(new URLSearchParams('status=gone&page=-4&size=7'))).toEqual(state({}));
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(paramsOf(state({}))).toEqual({});
    expect(paramsOf(state({ q: '  ' }))).toEqual({});
    const s = state({ q: '佐藤', status: 'active', kind: 'school', page: 1, size: 100 });
    expect(paramsOf(s)).toEqual({ q: '佐藤', status: 'active', kind: 'school', page: '2', size: '100' });
    expect(listStateOf(new URLSearchParams(paramsOf(s)))).toEqual(s);
  });
});

describe('filter → API query', () => {
  it('sends the role filter as role on users and enrollments, the type filter as type elsewhere', () => {
    expect(apiQueryOf('users', state({ kind: 'teacher' }))).toEqual({
      limit: 25,
      offset: 0,
      role: 'teacher',
    });
    expect(apiQueryOf('enrollments', state({ kind: 'student' }))).toMatchObject({ role: 'student' });
    expect(apiQueryOf('orgs', state({ kind: 'school' }))).toMatchObject({ type: 'school' });
    expect(apiQueryOf('classes', state({ kind: 'homeroom' }))).toMatchObject({ type: 'homeroom' });
    expect(apiQueryOf('academicSessions', state({ kind: 'term' }))).toMatchObject({ type: 'term' });
  });

  it('drops a filter the tab does not have (a role carried to the orgs tab, anything on courses)', () => {
    expect(apiQueryOf('orgs', state({ kind: 'teacher' }))).toEqual({ limit: 25, offset: 0 });
    expect(apiQueryOf('courses', state({ kind: 'school' }))).toEqual({ limit: 25, offset: 0 });
    expect(apiQueryOf('enrollments', state({ kind: 'principal' }))).toEqual({ limit: 25, offset: 0 });
  });

  it('trims the search words, and pages by offset', () => {
    expect(apiQueryOf('users', state({ q: ' 山田 ', status: 'active', page: 2, size: 50 }))).toEqual({
      q: '山田',
      status: 'active',
      limit: 50,
      offset: 100,
    });
  });
});

describe('names', () => {
  it('writes family name first, skipping what is missing', () => {
    expect(personName('山田', '太郎')).toBe('山田 太郎');
    expect(personName('山田', null)).toBe('山田');
    expect(personName(undefined, ' ')).toBe('');
  });

  it('titles a record from its REST JSON: a user by name with kana', () => {
    expect(
      recordTitle('users', {
        sourcedId: 'u1',
        givenName: '太郎',
        familyName: '山田',
        metadata: { jp: { kanaGivenName: 'タロウ', kanaFamilyName: 'ヤマダ' } },
      }),
    ).toEqual({ name: '山田 太郎', kana: 'ヤマダ タロウ' });
    expect(recordTitle('users', { sourcedId: 'u1' })).toEqual({ name: 'u1', kana: '' });
    expect(recordTitle('orgs', { sourcedId: 'o1', name: '北町小学校' })).toEqual({
      name: '北町小学校',
      kana: '',
    });
    expect(recordTitle('classes', { sourcedId: 'c1', title: '1年1組' }).name).toBe('1年1組');
  });

  it('titles a listed row, falling back to its sourcedId', () => {
    const row = { sourcedId: 'e1', status: 'active', dateLastModified: '' } as RecordRow;
    expect(rowTitle('enrollments', { ...row, userName: '佐藤 花子' })).toBe('佐藤 花子');
    expect(rowTitle('enrollments', { ...row, userSourcedId: 'u9' })).toBe('u9');
    expect(rowTitle('courses', row)).toBe('e1');
  });
});
