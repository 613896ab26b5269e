import { describe, expect, it } from 'vitest';
import { fieldName, fieldsOf, profileParts } from './record-fields';

describe('field names', () => {
  it('maps CSV names (as the change history has them) to the JSON names the labels use', () => {
    expect(fieldName('givenName')).toBe('givenName');
    expect(fieldName('metadata.jp.kanaGivenName')).toBe('kanaGivenName');
    expect(fieldName('metadata.jp.ShussekiNo')).toBe('shussekiNo');
    expect(fieldName('orgSourcedId')).toBe('org');
    expect(fieldName('primaryOrgSourcedId')).toBe('primaryOrg');
    expect(fieldName('termSourcedIds')).toBe('terms');
    expect(fieldName('agentSourcedIds')).toBe('agents');
    expect(fieldName('preferredGivenName')).toBe('preferredFirstName');
  });
});

describe('record fields', () => {
  const ref = (type: string, sourcedId: string) => ({ href: `https://x/${sourcedId}`, sourcedId, type });

  it('lists fields in order, Japan Profile metadata as fields of their own, empty ones left out', () => {
    const fields = fieldsOf({
      sourcedId: 'u1',
      status: 'active',
      dateLastModified: '2026-04-01T00:00:00.000Z',
      metadata: { jp: { kanaGivenName: 'タロウ', homeClass: 'c1' }, extra: { note: 'x' } },
      enabledUser: 'true',
      givenName: '太郎',
      middleName: '',
      roles: [{ roleType: 'primary', role: 'student', org: ref('org', 'o1') }],
      userIds: [{ type: 'LDAP', identifier: 'taro' }],
      grades: ['P1', 'P2'],
      agents: [ref('user', 'p1')],
      userProfiles: [{ profileType: 'x', vendorId: 'v', credentials: [{ type: 'pw', username: 'taro' }] }],
    });
    expect(fields.map((f) => f.name)).toEqual([
      'sourcedId',
      'status',
      'dateLastModified',
      'kanaGivenName',
      'homeClass',
      'metadata.extra.note',
      'enabledUser',
      'givenName',
      'roles',
      'userIds',
      'grades',
      'agents',
    ]);
    const byName = Object.fromEntries(fields.map((f) => [f.name, f.value]));
    expect(byName.status).toEqual({ kind: 'status', status: 'active' });
    expect(byName.enabledUser).toEqual({ kind: 'bool', value: true });
    expect(byName.homeClass).toEqual({ kind: 'refs', refs: [{ sourcedId: 'c1', type: 'class' }] });
    expect(byName.roles).toEqual({
      kind: 'roles',
      roles: [{ role: 'student', roleType: 'primary', org: ref('org', 'o1') }],
    });
    expect(byName.userIds).toEqual({ kind: 'lines', lines: ['LDAP: taro'] });
    expect(byName.grades).toEqual({ kind: 'text', text: 'P1, P2' });
    expect(byName.agents).toEqual({ kind: 'refs', refs: [ref('user', 'p1')] });
  });

  it('shows profiles by type, vendor and username', () => {
    expect(
      profileParts({
        userProfiles: [
          { profileType: 'app', vendorId: 'v1', credentials: [{ type: 'pw', username: 'taro' }] },
        ],
      }),
    ).toEqual([{ type: 'app', vendor: 'v1', username: 'taro' }]);
    expect(profileParts({})).toEqual([]);
  });
});
