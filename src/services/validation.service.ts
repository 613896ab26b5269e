import { openBundle } from '../import/bundle-source.js';
import { processBundle } from '../import/bundle-processor.js';
import { IssueCollector, type Issue } from '../import/issues.js';

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
}

/** Validates a bundle on its own, without a store: references into absent files are reported as unchecked. */
export async function validateBundle(path: string, profile: Profile = 'japan'): Promise<ValidationReport> {
  const source = await openBundle(path);
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
    };
  } finally {
    await source.close();
  }
}
