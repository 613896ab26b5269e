import type { ProfileName } from '../../../../src/import/profiles/profile';
import type { InputProblem, ProblemParams } from './precheck-input-error';
import type { PrecheckReport } from './run-precheck';

/** The page asks the worker to check these files. */
export interface PrecheckStart {
  files: File[];
  profile: ProfileName;
}

/** What the worker tells the page: progress while reading, then the report or why it could not. */
export type PrecheckMessage =
  | { type: 'progress'; file: string; rows: number }
  | { type: 'done'; report: PrecheckReport }
  | { type: 'failed'; problem: InputProblem; params: ProblemParams }
  | { type: 'crashed'; message: string };
