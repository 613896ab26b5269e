import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import {
  listOperations,
  type OfficialOperation,
  type OpenApiDocument,
} from '../../src/api/openapi/official-spec.js';

/**
 * Validates response bodies against the official 1EdTech OpenAPI file of the OneRoster 1.2
 * rostering service, read from the shared specification folder (not from RosterHub's copy), so a
 * drifted copy cannot make the tests agree with themselves.
 */
export const SHARED_SPEC_URL = new URL(
  '../../../shared/specs/onerosterv1p2rostersservice_openapi3_v1p0.json',
  import.meta.url,
);

/** Base URI under which `components.schemas` are registered, so the file's `#/components/schemas/X` refs resolve. */
const SPEC_SCHEMA_ID = 'https://rosterhub.invalid/oneroster/v1p2/rostering.json';

// ajv-formats is CommonJS whose module.exports is the plugin and also carries it as `.default`.
const addFormats = addFormatsModule.default;

let doc: OpenApiDocument | undefined;
let ajv: Ajv | undefined;
let byOperationId: Map<string, OfficialOperation> | undefined;
const validators = new Map<string, ValidateFunction>();

export function sharedSpec(): OpenApiDocument {
  doc ??= JSON.parse(readFileSync(SHARED_SPEC_URL, 'utf8')) as OpenApiDocument;
  return doc;
}

function operation(operationId: string): OfficialOperation {
  byOperationId ??= new Map(listOperations(sharedSpec()).map((op) => [op.operationId, op]));
  const op = byOperationId.get(operationId);
  if (!op) throw new Error(`Unknown operationId ${operationId} in the official rostering spec`);
  return op;
}

function instance(): Ajv {
  if (!ajv) {
    // strict: false ignores OpenAPI-only keywords (example, xml, discriminator…) instead of throwing;
    // Ajv knows `nullable` natively. The whole components object is registered as one schema so the
    // file's own JSON-pointer refs resolve unchanged.
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: SPEC_SCHEMA_ID, components: { schemas: sharedSpec().components.schemas } });
  }
  return ajv;
}

/** The `$ref` of the JSON schema of a response; falls back to the operation's `default` response. */
export function responseSchemaRef(operationId: string, status: number): string {
  const op = operation(operationId);
  const response = op.responses[String(status)] ?? op.responses['default'];
  if (!response?.schemaRef) {
    throw new Error(`${operationId} defines no application/json schema for status ${status}`);
  }
  return response.schemaRef;
}

function validator(operationId: string, status: number): ValidateFunction {
  const ref = responseSchemaRef(operationId, status);
  let validate = validators.get(ref);
  if (!validate) {
    if (!ref.startsWith('#/')) throw new Error(`Unsupported $ref ${ref}`);
    validate = instance().compile({ $ref: `${SPEC_SCHEMA_ID}${ref}` });
    validators.set(ref, validate);
  }
  return validate;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const params = Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : '';
  return `  ${where} ${error.message ?? error.keyword}${params} [${error.schemaPath}]`;
}

export function validateResponse(
  operationId: string,
  status: number,
  body: unknown,
): { valid: boolean; errors: string } {
  const validate = validator(operationId, status);
  const valid = validate(body);
  return { valid, errors: valid ? '' : (validate.errors ?? []).map(describe).join('\n') };
}

/** Throws an assertion error listing every schema violation (with instance paths) if the body is invalid. */
export function expectValid(operationId: string, status: number, body: unknown): void {
  const { valid, errors } = validateResponse(operationId, status, body);
  if (!valid) {
    const ref = responseSchemaRef(operationId, status);
    const error = new Error(
      `Response of ${operationId} (HTTP ${status}) does not match ${ref} of the official OneRoster 1.2 spec:\n${errors}`,
    );
    error.name = 'AssertionError';
    throw error;
  }
}
