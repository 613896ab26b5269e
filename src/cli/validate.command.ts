import type { BundleLimits } from '../import/bundle-source.js';
import { issuesToCsv } from '../import/report.js';
import { validateBundle, type Profile, type ValidationReport } from '../services/validation.service.js';
import { EXIT, formatIssue, table, type Outcome } from './output.js';

export type ReportFormat = 'text' | 'json' | 'csv';

/** Detailed lines shown per code in text output; the summary gives every code's full count. */
const LINES_PER_CODE = 20;

export async function validateCommand(
  bundle: string,
  profile: Profile,
  format: ReportFormat,
  limits: BundleLimits,
): Promise<Outcome> {
  const r = await validateBundle(bundle, profile, limits);
  const all = [...r.errors, ...r.warnings];
  return {
    exitCode: r.valid ? EXIT.ok : EXIT.invalid,
    json: {
      valid: r.valid,
      profile: r.profile,
      errors: r.errors,
      warnings: r.warnings,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      counts: r.counts,
      summary: r.summary,
      truncated: r.truncated,
    },
    text: format === 'csv' ? issuesToCsv(all) : textReport(r),
  };
}

function textReport(r: ValidationReport): string {
  const lines: string[] = [];
  for (const group of r.summary) {
    const issues = [...r.errors, ...r.warnings].filter((i) => i.code === group.code);
    lines.push(...issues.slice(0, LINES_PER_CODE).map(formatIssue));
    const more = group.count - Math.min(issues.length, LINES_PER_CODE);
    if (more > 0) lines.push(`      … ${more} more ${group.code} / ほか ${more} 件`);
  }
  if (r.summary.length) {
    lines.push('', 'Summary / 集計');
    lines.push(
      table([
        ['code', 'severity', 'count', 'message'],
        ...r.summary.map((s) => [s.code, s.severity, s.count, s.messageJa]),
      ]),
    );
  }
  const rows = Object.values(r.counts).reduce((a, b) => a + b, 0);
  lines.push(
    r.valid
      ? `Valid: ${rows} rows, ${r.warningCount} warnings / 検証 OK: ${rows} 行、警告 ${r.warningCount} 件`
      : `Invalid: ${r.errorCount} errors, ${r.warningCount} warnings / 検証エラー: エラー ${r.errorCount} 件、警告 ${r.warningCount} 件`,
  );
  return lines.join('\n');
}
