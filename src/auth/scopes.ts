const BASE = 'https://purl.imsglobal.org/spec/or/v1p2/scope';

/** OneRoster 1.2 rostering scopes (§2.9 of the spec notes): the only ones this hub grants. */
export const SCOPE_ROSTER_CORE = `${BASE}/roster-core.readonly`;
export const SCOPE_ROSTER = `${BASE}/roster.readonly`;
export const SCOPE_ROSTER_DEMOGRAPHICS = `${BASE}/roster-demographics.readonly`;

export const ROSTER_SCOPES: readonly string[] = [SCOPE_ROSTER_CORE, SCOPE_ROSTER, SCOPE_ROSTER_DEMOGRAPHICS];

export function isRosterScope(scope: string): boolean {
  return ROSTER_SCOPES.includes(scope);
}

/**
 * The scopes a token gets: everything the client holds when it asks for nothing, otherwise what
 * it asked for and holds, in its order. Unknown scopes are dropped rather than refused so clients
 * written for several services (gradebook, resources) can ask for all of them at once (RFC 6749 §3.3).
 */
export function grantScopes(requested: string | undefined, held: readonly string[]): string[] {
  const holds = new Set(held.filter(isRosterScope));
  if (requested === undefined) return [...holds];
  const granted: string[] = [];
  for (const s of requested.split(' ')) {
    if (s && holds.has(s) && !granted.includes(s)) granted.push(s);
  }
  return granted;
}
