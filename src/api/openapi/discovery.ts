import { officialSpec, OAUTH2_SCHEME, type OpenApiDocument } from './official-spec.js';

/**
 * The official rostering OpenAPI file localised for this deployment (binding §2.5): `servers`
 * points at this service and the client-credentials `tokenUrl` at this token endpoint.
 */
export function localisedRosteringSpec(publicUrl: string, base: string): OpenApiDocument {
  const doc = structuredClone(officialSpec());
  doc.servers = [{ url: `${publicUrl}${base}`, description: 'RosterHub' }];
  const scheme = doc.components.securitySchemes?.[OAUTH2_SCHEME] as
    { flows?: { clientCredentials?: { tokenUrl?: string } } } | undefined;
  if (scheme?.flows?.clientCredentials) scheme.flows.clientCredentials.tokenUrl = `${publicUrl}/oauth/token`;
  return doc;
}
