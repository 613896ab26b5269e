import { readFileSync } from 'node:fs';

/**
 * The official 1EdTech OpenAPI 3.0 file of the OneRoster 1.2 rostering service, copied verbatim from
 * the specification bundle. `tsc` does not copy JSON into dist/, and both src/api/openapi and
 * dist/api/openapi sit three levels below the repository root, so the file is always read from src/.
 */
export const OFFICIAL_SPEC_URL = new URL(
  '../../../src/api/openapi/onerosterv1p2rostersservice_openapi3_v1p0.json',
  import.meta.url,
);

/** The scope name used by the official file for OAuth 2 client-credentials security requirements. */
export const OAUTH2_SCHEME = 'OAuth2CC';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';

/** A JSON Schema object as found under `components.schemas` (OpenAPI 3.0 dialect), typed loosely. */
export type SchemaObject = { [keyword: string]: unknown };

export interface MediaTypeObject {
  schema?: SchemaObject;
}

export interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
  headers?: Record<string, unknown>;
  links?: Record<string, unknown>;
}

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: unknown[];
  security?: Record<string, string[]>[];
  responses: Record<string, ResponseObject>;
  [key: string]: unknown;
}

export type PathItemObject = Partial<Record<HttpMethod, OperationObject>> & { [key: string]: unknown };

/** A minimal typing of an OpenAPI 3.0 document: just what RosterHub reads from it. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  servers?: { url: string; [key: string]: unknown }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, PathItemObject>;
  components: {
    schemas: Record<string, SchemaObject>;
    securitySchemes?: Record<string, unknown>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export interface OfficialOperation {
  method: 'get';
  /** The path template as written in the file, e.g. `/users/{sourcedId}` (no base path). */
  path: string;
  operationId: string;
  /** The union of the `OAuth2CC` scopes of the operation's security requirements. */
  scopes: string[];
  /** Keyed by status code as written in the file (`'200'`, `'404'`, `'default'`…). */
  responses: Record<string, { schemaRef?: string }>;
}

const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

let cachedSpec: OpenApiDocument | undefined;
let cachedOperations: OfficialOperation[] | undefined;

/** Parses and caches the official document. Callers must not mutate the returned object. */
export function officialSpec(): OpenApiDocument {
  cachedSpec ??= JSON.parse(readFileSync(OFFICIAL_SPEC_URL, 'utf8')) as OpenApiDocument;
  return cachedSpec;
}

/**
 * Lists every operation of a document, in file order. The rostering service only defines GETs; any
 * other method would be a different version of the file, so it is rejected rather than mistyped.
 */
export function listOperations(doc: OpenApiDocument): OfficialOperation[] {
  const result: OfficialOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      if (method !== 'get')
        throw new Error(`Unexpected ${method.toUpperCase()} ${path} in the rostering spec`);
      if (!op.operationId) throw new Error(`GET ${path} has no operationId`);
      const scopes = new Set<string>();
      for (const requirement of op.security ?? []) {
        for (const scope of requirement[OAUTH2_SCHEME] ?? []) scopes.add(scope);
      }
      const responses: Record<string, { schemaRef?: string }> = {};
      for (const [status, response] of Object.entries(op.responses)) {
        const ref = response.content?.['application/json']?.schema?.['$ref'];
        responses[status] = typeof ref === 'string' ? { schemaRef: ref } : {};
      }
      result.push({ method, path, operationId: op.operationId, scopes: [...scopes], responses });
    }
  }
  return result;
}

/** The operations of the official rostering file (41 GETs), cached. */
export function operations(): OfficialOperation[] {
  cachedOperations ??= listOperations(officialSpec());
  return cachedOperations;
}
