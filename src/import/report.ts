import { ISSUE_CODES, type IssueCode, type Severity } from './issue-codes.js';
import type { Issue, IssueCollector } from './issues.js';

export interface IssueSummary {
  code: IssueCode;
  severity: Severity;
  /** Every occurrence, including those past the per-code listing cap. */
  count: number;
  /** The first occurrence's messages and place, to show what the group is about. */
  message: string;
  messageJa: string;
  first: { file: string; line: number | null; column: string | null } | null;
}

/**
 * Issues grouped by code with exact counts, errors first then the most frequent: 10,000 copies of one
 * mistake read as one line.
 */
export function summarizeIssues(issues: IssueCollector): IssueSummary[] {
  const listed = [...issues.errors, ...issues.warnings];
  return [...issues.countsByCode]
    .map(([code, count]) => {
      const first = listed.find((i) => i.code === code) ?? null;
      return {
        code,
        severity: ISSUE_CODES[code].severity,
        count,
        message: first?.message ?? ISSUE_CODES[code].en,
        messageJa: first?.messageJa ?? ISSUE_CODES[code].ja,
        first: first && { file: first.file, line: first.line, column: first.column },
      };
    })
    .sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
}

const CSV_COLUMNS = ['file', 'line', 'column', 'code', 'severity', 'messageJa', 'message', 'value'] as const;

function csvCell(v: string | number | null): string {
  return `"${String(v ?? '').replace(/"/g, '""')}"`;
}

/**
 * The full report as CSV for spreadsheet users: UTF-8 with a BOM (so Excel reads the Japanese text
 * right), CRLF, every cell quoted. Bundles themselves are never written with a BOM.
 */
export function issuesToCsv(issues: readonly Issue[]): string {
  const lines = [
    CSV_COLUMNS.join(','),
    ...issues.map((i) => CSV_COLUMNS.map((c) => csvCell(i[c])).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
