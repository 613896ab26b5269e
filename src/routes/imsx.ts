import type { DomainErrorCode } from '../services/errors.js';

/** The OneRoster error body: `imsx_StatusInfoDType`, unwrapped, as the OpenAPI file defines it. */
export interface ImsxStatusInfo {
  imsx_codeMajor: 'failure';
  imsx_severity: 'error';
  imsx_description: string;
  imsx_CodeMinor: {
    imsx_codeMinorField: { imsx_codeMinorFieldName: 'TargetEndSystem'; imsx_codeMinorFieldValue: string }[];
  };
}

export type CodeMinor =
  | 'invalid_filter_field'
  | 'invalid_selection_field'
  | 'invaliddata'
  | 'unauthorisedrequest'
  | 'forbidden'
  | 'server_busy'
  | 'unknownobject'
  | 'internal_server_error';

/** HTTP status and codeMinor for each domain error (digest §2.8). */
export const IMSX_OF_DOMAIN: Record<DomainErrorCode, { status: number; codeMinor: CodeMinor }> = {
  invalid_filter_field: { status: 400, codeMinor: 'invalid_filter_field' },
  invalid_selection_field: { status: 400, codeMinor: 'invalid_selection_field' },
  invalid_input: { status: 400, codeMinor: 'invaliddata' },
  unusable_input: { status: 400, codeMinor: 'invaliddata' },
  payload_too_large: { status: 413, codeMinor: 'invaliddata' },
  unknownobject: { status: 404, codeMinor: 'unknownobject' },
  not_found: { status: 404, codeMinor: 'unknownobject' },
  unauthorisedrequest: { status: 401, codeMinor: 'unauthorisedrequest' },
  forbidden: { status: 403, codeMinor: 'forbidden' },
  conflict: { status: 400, codeMinor: 'invaliddata' },
  server_busy: { status: 429, codeMinor: 'server_busy' },
};

/** The codeMinor of an HTTP status, for admin API errors (which carry their own specific code too). */
export function codeMinorOfStatus(status: number): CodeMinor {
  if (status === 401) return 'unauthorisedrequest';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'unknownobject';
  if (status === 429) return 'server_busy';
  return status >= 500 ? 'internal_server_error' : 'invaliddata';
}

export function imsxBody(codeMinor: CodeMinor, description: string): ImsxStatusInfo {
  return {
    imsx_codeMajor: 'failure',
    imsx_severity: 'error',
    imsx_description: description,
    imsx_CodeMinor: {
      imsx_codeMinorField: [
        { imsx_codeMinorFieldName: 'TargetEndSystem', imsx_codeMinorFieldValue: codeMinor },
      ],
    },
  };
}

/**
 * The description of a 500: no internals, only the request id under which the error was logged
 * (also sent as the `X-Request-Id` header), so a client's report leads to the log line.
 */
export function internalErrorDescription(requestId: string): string {
  return `Internal server error (request id ${requestId})`;
}

export function internalErrorDescriptionJa(requestId: string): string {
  return `内部エラーが発生しました（リクエスト ID: ${requestId}）`;
}
