import { PROFILES, validateBundle, type Profile } from '../services/validation.service.js';
import { EXIT, formatIssue, type Outcome } from './output.js';

export async function validateCommand(bundle: string, profile: Profile): Promise<Outcome> {
  if (!PROFILES.includes(profile)) {
    return {
      exitCode: EXIT.unusable,
      json: { error: { code: 'usage', message: `Unknown profile ${profile}` } },
      text: `Unknown profile ${profile}`,
    };
  }
  const r = await validateBundle(bundle, profile);
  const lines = [...r.errors, ...r.warnings].map(formatIssue);
  for (const t of r.truncated) lines.push(`… ${t.omitted} more ${t.code}`);
  const rows = Object.values(r.counts).reduce((a, b) => a + b, 0);
  lines.push(
    r.valid
      ? `Valid: ${rows} rows, ${r.warningCount} warnings / 検証 OK: ${rows} 行、警告 ${r.warningCount} 件`
      : `Invalid: ${r.errorCount} errors, ${r.warningCount} warnings / 検証エラー: エラー ${r.errorCount} 件、警告 ${r.warningCount} 件`,
  );
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
      truncated: r.truncated,
    },
    text: lines.join('\n'),
  };
}
