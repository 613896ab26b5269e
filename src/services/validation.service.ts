import { openBundle, type BundleLimits } from '../import/bundle-source.js';
import { processBundle } from '../import/bundle-processor.js';
import { IssueCollector, type Issue } from '../import/issues.js';
import { summarizeIssues, type IssueSummary } from '../import/report.js';

export { PROFILES, type ProfileName as Profile } from '../import/profiles/profile.js';
import type { ProfileName as Profile } from '../import/profiles/profile.js';

export interface ValidationReport {
  valid: boolean;
  profile: Profile;
  errors: Issue[];
  warnings: Issue[];
  errorCount: number;
  warningCount: number;
  /** Data rows per file. */
  counts: Record<string, number>;
  truncated: { code: string; omitted: number }[];
  /** Issues grouped by code with exact counts. */
  summary: IssueSummary[];
}

/** Validates a bundle on its own, without a store: references into absent files are reported as unchecked. */
export async function validateBundle(
  path: string,
  profile: Profile = 'japan',
  limits: BundleLimits = {},
): Promise<ValidationReport> {
  const source = await openBundle(path, limits);
  const issues = new IssueCollector();
  try {
    const result = await processBundle(source, { issues, profile });
    return {
      valid: !issues.hasErrors,
      profile,
      errors: issues.errors,
      warnings: issues.warnings,
      errorCount: issues.errorCount,
      warningCount: issues.warningCount,
      counts: result.rows,
      truncated: issues.truncated(),
      summary: summarizeIssues(issues),
    };
  } finally {
    await source.close();
  }
}
