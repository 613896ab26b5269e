/**
 * The OneRoster 1.2 rostering scopes the server grants (src/auth/scopes.ts), by the short name the
 * admin API accepts, with the message keys that describe them to a person.
 */
export const SCOPES = [
  {
    name: 'roster-core.readonly',
    title: 'scopeCoreTitle',
    body: 'scopeCoreBody',
  },
  { name: 'roster.readonly', title: 'scopeRosterTitle', body: 'scopeRosterBody' },
  {
    name: 'roster-demographics.readonly',
    title: 'scopeDemographicsTitle',
    body: 'scopeDemographicsBody',
  },
] as const;

export type ScopeName = (typeof SCOPES)[number]['name'];

/** The short name of a scope the server lists in full (`https://…/scope/roster.readonly`). */
export function shortScope(scope: string): string {
  return scope.split('/').at(-1) ?? scope;
}

export const CLIENT_ROLES = [
  { role: 'reader', body: 'roleReaderBody' },
  { role: 'uploader', body: 'roleUploaderBody' },
  { role: 'admin', body: 'roleAdminBody' },
] as const;

export type ClientRole = (typeof CLIENT_ROLES)[number]['role'];
