import { processBundle } from '../../../../src/import/bundle-processor';
import { IssueCollector, type Issue } from '../../../../src/import/issues';
import type { Manifest } from '../../../../src/import/manifest-reader';
import type { ProfileName } from '../../../../src/import/profiles/profile';
import { summarizeIssues, type IssueSummary } from '../../../../src/import/report';
import { openBrowserBundle, type BrowserBundleOptions } from './browser-bundle';

/** What the page shows after a check: the same issues and summary the server's report holds. */
export interface PrecheckReport {
  sourceKind: 'zip' | 'directory';
  /** The files of the bundle as the validator saw them. */
  fileNames: string[];
  errors: Issue[];
  warnings: Issue[];
  errorCount: number;
  warningCount: number;
  summary: IssueSummary[];
  /** Codes whose listing was cut at the per-code cap, with how many were left out. */
  truncated: { code: string; omitted: number }[];
  /** Data rows read per rostering file (`users`: 1234). */
  rows: Record<string, number>;
  manifest: Manifest | null;
  durationMs: number;
}

export interface PrecheckRequest {
  files: readonly File[];
  profile: ProfileName;
  options?: BrowserBundleOptions;
}

/**
 * Runs the server's validator over files picked in the browser. There is no store: references to
 * records outside the bundle (delta bundles) are reported as `ref.unchecked`, as `rosterhub validate`
 * reports them; the server settles them against its data at upload.
 */
export async function runPrecheck(
  req: PrecheckRequest,
  onProgress?: (file: string, rows: number) => void,
): Promise<PrecheckReport> {
  const started = performance.now();
  const source = await openBrowserBundle(req.files, req.options);
  const issues = new IssueCollector();
  try {
    const result = await processBundle(source, { issues, profile: req.profile, onProgress });
    return {
      sourceKind: source.kind,
      fileNames: [...source.names],
      errors: issues.errors,
      warnings: issues.warnings,
      errorCount: issues.errorCount,
      warningCount: issues.warningCount,
      summary: summarizeIssues(issues),
      truncated: issues.truncated(),
      rows: result.rows,
      manifest: result.manifest,
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    await source.close();
  }
}
