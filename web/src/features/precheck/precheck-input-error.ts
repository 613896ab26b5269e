/** Why the chosen files cannot be checked at all; each has a sentence in precheck.messages.ts. */
export type InputProblem =
  | 'noFiles'
  | 'mixed'
  | 'severalZips'
  | 'duplicateName'
  | 'notZip'
  | 'corruptZip'
  | 'encrypted'
  | 'unsupportedMethod'
  | 'fileTooLarge'
  | 'bundleTooLarge'
  | 'zipBomb'
  | 'inflatesPastDeclared'
  | 'corruptEntry';

export type ProblemParams = Record<string, string | number>;

/**
 * The chosen files cannot be read as a bundle: the counterpart of the server's UnusableInputError,
 * carried as a key and parameters so the page can say it in the reader's language.
 */
export class PrecheckInputError extends Error {
  constructor(
    readonly problem: InputProblem,
    readonly params: ProblemParams = {},
  ) {
    super(`${problem} ${JSON.stringify(params)}`);
    this.name = 'PrecheckInputError';
  }
}
