import { BASE_CODES } from './codes/base.codes.js';
import type { CodeDef } from './codes/define.js';
import { ENCODING_CODES } from './codes/encoding.codes.js';
import { JAPAN_CODES } from './codes/japan.codes.js';

export type { Severity } from './codes/define.js';

/**
 * The catalogue of validation issues. Codes are stable identifiers (tests, reports and users rely on
 * them); messages are templates with `{name}` placeholders filled from the issue's params.
 */
export const ISSUE_CODES = { ...BASE_CODES, ...ENCODING_CODES, ...JAPAN_CODES } as const satisfies Record<
  string,
  CodeDef
>;

export type IssueCode = keyof typeof ISSUE_CODES;

export function formatMessage(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
