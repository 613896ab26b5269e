import { describe, expect, it } from 'vitest';
import {
  ROSTER_SCOPES,
  SCOPE_ROSTER,
  SCOPE_ROSTER_CORE,
  SCOPE_ROSTER_DEMOGRAPHICS,
  grantScopes,
} from '../../src/auth/scopes.js';

const GRADEBOOK = 'https://purl.imsglobal.org/spec/or/v1p2/scope/gradebook.readonly';

describe('grantScopes', () => {
  it('names the three OneRoster 1.2 rostering scopes exactly', () => {
    expect(ROSTER_SCOPES).toEqual([
      'https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly',
      'https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly',
      'https://purl.imsglobal.org/spec/or/v1p2/scope/roster-demographics.readonly',
    ]);
  });

  it('grants everything held when no scope is requested', () => {
    expect(grantScopes(undefined, [SCOPE_ROSTER, SCOPE_ROSTER_CORE])).toEqual([
      SCOPE_ROSTER,
      SCOPE_ROSTER_CORE,
    ]);
  });

  it('grants the intersection in the requested order, dropping unknown and repeated scopes', () => {
    const held = [SCOPE_ROSTER_CORE, SCOPE_ROSTER, SCOPE_ROSTER_DEMOGRAPHICS];
    expect(
      grantScopes(`${SCOPE_ROSTER_DEMOGRAPHICS} ${GRADEBOOK} ${SCOPE_ROSTER} ${SCOPE_ROSTER}`, held),
    ).toEqual([SCOPE_ROSTER_DEMOGRAPHICS, SCOPE_ROSTER]);
  });

  it('grants nothing for scopes the client does not hold, or an empty request', () => {
    expect(grantScopes(`${SCOPE_ROSTER_DEMOGRAPHICS} ${GRADEBOOK}`, [SCOPE_ROSTER])).toEqual([]);
    expect(grantScopes('', [SCOPE_ROSTER])).toEqual([]);
  });

  it('never grants a held scope that is not a rostering scope', () => {
    expect(grantScopes(GRADEBOOK, [GRADEBOOK])).toEqual([]);
    expect(grantScopes(undefined, [GRADEBOOK, SCOPE_ROSTER])).toEqual([SCOPE_ROSTER]);
  });
});
