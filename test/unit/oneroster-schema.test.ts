import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_SPEC_URL, officialSpec, operations } from '../../src/api/openapi/official-spec.js';
import {
  expectValid,
  responseSchemaRef,
  SHARED_SPEC_URL,
  validateResponse,
} from '../helpers/oneroster-schema.js';

const SCOPE = 'https://purl.imsglobal.org/spec/or/v1p2/scope/';
const BASE = 'https://hub.example.jp/ims/oneroster/rostering/v1p2';

function user(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sourcedId: 'u-001',
    status: 'active',
    dateLastModified: '2025-04-01T00:00:00.000Z',
    enabledUser: 'true',
    givenName: '太郎',
    familyName: '山田',
    roles: [
      {
        roleType: 'primary',
        role: 'student',
        org: { href: `${BASE}/orgs/s-001`, sourcedId: 's-001', type: 'org' },
      },
    ],
    ...overrides,
  };
}

function usersBody(...users: Record<string, unknown>[]): { users: Record<string, unknown>[] } {
  return { users };
}

describe('official spec copy', () => {
  it('is byte-identical to the shared 1EdTech file', () => {
    expect(readFileSync(OFFICIAL_SPEC_URL, 'utf8')).toBe(readFileSync(SHARED_SPEC_URL, 'utf8'));
    expect(officialSpec().openapi).toBe('3.0.0');
    expect(officialSpec()).toBe(officialSpec());
  });

  it('lists exactly 41 operations, all GET, each with a JSON 200 schema', () => {
    const ops = operations();
    expect(ops).toHaveLength(41);
    expect(new Set(ops.map((op) => op.operationId)).size).toBe(41);
    for (const op of ops) {
      expect(op.method).toBe('get');
      expect(op.scopes.length).toBeGreaterThan(0);
      expect(op.responses['200']?.schemaRef).toMatch(/^#\/components\/schemas\/\w+DType$/);
      expect(op.responses['default']?.schemaRef).toBe('#/components/schemas/imsx_StatusInfoDType');
    }
    expect(ops.find((op) => op.operationId === 'getAllUsers')).toMatchObject({
      path: '/users',
      responses: { '200': { schemaRef: '#/components/schemas/UserSetDType' } },
    });
  });

  it('requires only the demographics scope for the demographics operations', () => {
    const demographics = operations().filter((op) => op.path.startsWith('/demographics'));
    expect(demographics.map((op) => op.operationId).sort()).toEqual([
      'getAllDemographics',
      'getDemographics',
    ]);
    for (const op of demographics) expect(op.scopes).toEqual([`${SCOPE}roster-demographics.readonly`]);
    for (const op of operations().filter((o) => !o.path.startsWith('/demographics'))) {
      expect(op.scopes).toContain(`${SCOPE}roster.readonly`);
      expect(op.scopes).not.toContain(`${SCOPE}roster-demographics.readonly`);
    }
  });

  it('grants roster-core only to the plain collection and single-object reads', () => {
    const core = operations().filter((op) => op.scopes.includes(`${SCOPE}roster-core.readonly`));
    expect(core.map((op) => op.operationId)).toContain('getAllUsers');
    expect(core.map((op) => op.operationId)).not.toContain('getStudentsForClass');
    for (const op of core) expect(op.path).toMatch(/^\/\w+(\/\{sourcedId\})?$/);
  });
});

describe('validateResponse against the official schema', () => {
  it('accepts a minimal valid getAllUsers body', () => {
    const result = validateResponse('getAllUsers', 200, usersBody(user()));
    expect(result).toEqual({ valid: true, errors: '' });
    expect(() =>
      expectValid('getAllUsers', 200, usersBody(user(), user({ sourcedId: 'u-002' }))),
    ).not.toThrow();
  });

  it('rejects a boolean enabledUser (the spec wants the string "true"/"false")', () => {
    const result = validateResponse('getAllUsers', 200, usersBody(user({ enabledUser: true })));
    expect(result.valid).toBe(false);
    expect(result.errors).toContain('/users/0/enabledUser must be string');
  });

  it('rejects null in an optional field (no nullable in the file)', () => {
    const result = validateResponse('getAllUsers', 200, usersBody(user({ middleName: null })));
    expect(result.valid).toBe(false);
    expect(result.errors).toContain('/users/0/middleName must be string');
  });

  it('rejects an extra top-level property and an extra user property', () => {
    const top = validateResponse('getAllUsers', 200, { ...usersBody(user()), total: 1 });
    expect(top.valid).toBe(false);
    expect(top.errors).toContain('(root) must NOT have additional properties {"additionalProperty":"total"}');
    const inner = validateResponse('getAllUsers', 200, usersBody(user({ createdAt: 'x' })));
    expect(inner.errors).toContain('"additionalProperty":"createdAt"');
  });

  it('rejects a user without roles, and one with an empty roles array', () => {
    const { roles: _roles, ...withoutRoles } = user();
    const missing = validateResponse('getAllUsers', 200, usersBody(withoutRoles));
    expect(missing.valid).toBe(false);
    expect(missing.errors).toContain("/users/0 must have required property 'roles'");
    const empty = validateResponse('getAllUsers', 200, usersBody(user({ roles: [] })));
    expect(empty.errors).toContain('/users/0/roles must NOT have fewer than 1 items');
  });

  it('rejects a GUIDRef without href', () => {
    const body = usersBody(user({ primaryOrg: { sourcedId: 's-001', type: 'org' } }));
    const result = validateResponse('getAllUsers', 200, body);
    expect(result.valid).toBe(false);
    expect(result.errors).toContain("/users/0/primaryOrg must have required property 'href'");
  });

  it('rejects a relative href: GUIDRef href has format "uri", which needs a scheme', () => {
    const relative = `/ims/oneroster/rostering/v1p2/orgs/s-001`;
    const body = usersBody(user({ primaryOrg: { href: relative, sourcedId: 's-001', type: 'org' } }));
    const result = validateResponse('getAllUsers', 200, body);
    expect(result.valid).toBe(false);
    expect(result.errors).toContain('/users/0/primaryOrg/href must match format "uri"');
    const absolute = usersBody(
      user({ primaryOrg: { href: `${BASE}/orgs/s-001`, sourcedId: 's-001', type: 'org' } }),
    );
    expect(validateResponse('getAllUsers', 200, absolute).valid).toBe(true);
  });

  it('rejects a GUIDRef whose type does not match the referenced entity', () => {
    const body = usersBody(
      user({ primaryOrg: { href: `${BASE}/orgs/s-001`, sourcedId: 's-001', type: 'school' } }),
    );
    expect(validateResponse('getAllUsers', 200, body).errors).toContain(
      '/users/0/primaryOrg/type must be equal to',
    );
  });

  it('requires a timezone in dateLastModified (format date-time)', () => {
    const body = usersBody(user({ dateLastModified: '2025-04-01T00:00:00' }));
    expect(validateResponse('getAllUsers', 200, body).errors).toContain(
      '/users/0/dateLastModified must match format "date-time"',
    );
    const offset = usersBody(user({ dateLastModified: '2025-04-01T09:00:00+09:00' }));
    expect(validateResponse('getAllUsers', 200, offset).valid).toBe(true);
  });

  it('accepts an empty collection, and even a body without the collection key', () => {
    expect(validateResponse('getAllUsers', 200, { users: [] }).valid).toBe(true);
    expect(validateResponse('getAllUsers', 200, {}).valid).toBe(true);
  });

  it('validates a single-object response wrapper', () => {
    expect(validateResponse('getUser', 200, { user: user() }).valid).toBe(true);
    expect(validateResponse('getUser', 200, usersBody(user())).valid).toBe(false);
  });

  it('accepts an imsx_StatusInfo error body for 404 of getUser and falls back to default', () => {
    const notFound = {
      imsx_codeMajor: 'failure',
      imsx_severity: 'error',
      imsx_description: 'Unknown user u-404',
      imsx_CodeMinor: {
        imsx_codeMinorField: [
          { imsx_codeMinorFieldName: 'sourcedId', imsx_codeMinorFieldValue: 'unknownobject' },
        ],
      },
    };
    expect(responseSchemaRef('getUser', 404)).toBe('#/components/schemas/imsx_StatusInfoDType');
    expect(validateResponse('getUser', 404, notFound)).toEqual({ valid: true, errors: '' });
    // getAllUsers declares no 404; the default response is the same imsx_StatusInfo schema.
    expect(validateResponse('getAllUsers', 404, notFound).valid).toBe(true);
    const badMinor = {
      ...notFound,
      imsx_CodeMinor: { imsx_codeMinorField: [{ imsx_codeMinorFieldName: 'x' }] },
    };
    expect(validateResponse('getUser', 404, badMinor).errors).toContain(
      "must have required property 'imsx_codeMinorFieldValue'",
    );
  });

  it('expectValid throws an assertion error listing every violation with its instance path', () => {
    const body = usersBody(user({ enabledUser: true, middleName: null }));
    expect(() => expectValid('getAllUsers', 200, body)).toThrowError(
      /getAllUsers \(HTTP 200\) does not match #\/components\/schemas\/UserSetDType[\s\S]*\/users\/0\/enabledUser must be string[\s\S]*\/users\/0\/middleName must be string/,
    );
    expect(() => expectValid('noSuchOperation', 200, {})).toThrowError(/Unknown operationId/);
  });
});
