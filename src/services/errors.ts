/** Errors services throw; transports (HTTP, CLI) map the stable `code` to their own form. */
export class DomainError extends Error {
  constructor(
    readonly code: 'invalid_input' | 'not_found' | 'conflict' | 'unusable_input',
    message: string,
    readonly messageJa: string = message,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
