export type DomainErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unusable_input'
  | 'payload_too_large'
  // The REST binding's codeMinor values (OneRoster imsx_CodeMinor), raised by API services.
  | 'invalid_filter_field'
  | 'invalid_selection_field'
  | 'unknownobject'
  | 'unauthorisedrequest'
  | 'forbidden'
  | 'server_busy';

/** Errors services throw; transports (HTTP, CLI) map the stable `code` to their own form. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly messageJa: string = message,
    /** Structured particulars a client can act on (e.g. the records blocking a revert). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
