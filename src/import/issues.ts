import { ISSUE_CODES, formatMessage, type IssueCode, type Severity } from './issue-codes.js';

export interface Issue {
  file: string;
  line: number | null;
  column: string | null;
  code: IssueCode;
  severity: Severity;
  message: string;
  messageJa: string;
  value: string | null;
}

export interface IssueAt {
  file: string;
  line?: number | null;
  column?: string | null;
  value?: string | null;
  params?: Record<string, string | number>;
}

const MAX_VALUE_LENGTH = 100;

/**
 * Collects every issue of a bundle rather than stopping at the first. Each code keeps at most
 * `perCodeLimit` entries so 10,000 copies of one mistake cannot crowd out the others; totals stay exact.
 */
export class IssueCollector {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  readonly countsByCode = new Map<IssueCode, number>();
  errorCount = 0;
  warningCount = 0;

  constructor(private readonly perCodeLimit = 1000) {}

  add(code: IssueCode, at: IssueAt): void {
    const def = ISSUE_CODES[code];
    const seen = (this.countsByCode.get(code) ?? 0) + 1;
    this.countsByCode.set(code, seen);
    if (def.severity === 'error') this.errorCount++;
    else this.warningCount++;
    if (seen > this.perCodeLimit) return;
    const value = at.value == null ? null : truncate(at.value);
    const params = { file: at.file, column: at.column ?? '', value: value ?? '', ...at.params };
    const issue: Issue = {
      file: at.file,
      line: at.line ?? null,
      column: at.column ?? null,
      code,
      severity: def.severity,
      message: formatMessage(def.en, params),
      messageJa: formatMessage(def.ja, params),
      value,
    };
    (def.severity === 'error' ? this.errors : this.warnings).push(issue);
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /** Codes whose entries were cut, with how many were left out. */
  truncated(): { code: IssueCode; omitted: number }[] {
    return [...this.countsByCode]
      .filter(([, n]) => n > this.perCodeLimit)
      .map(([code, n]) => ({ code, omitted: n - this.perCodeLimit }));
  }
}

function truncate(value: string): string {
  return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
}
