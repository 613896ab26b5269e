import cliProgress from 'cli-progress';
import type { PiiCipher } from '../crypto/pii-cipher.js';
import type { Database } from '../db/database.js';
import type { BundleLimits } from '../import/bundle-source.js';
import { importBundle } from '../services/import.service.js';
import type { Profile } from '../services/validation.service.js';
import { EXIT, formatIssue, table, type Outcome } from './output.js';

export async function importCommand(
  db: Database,
  bundle: string,
  opts: {
    tenant: string;
    dryRun: boolean;
    profile?: Profile;
    json: boolean;
    limits: BundleLimits;
    pii: PiiCipher;
  },
): Promise<Outcome> {
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: '{file} {value} rows', stream: process.stderr })
    : null;
  bar?.start(0, 0, { file: '' });
  const summary = await importBundle(db, bundle, {
    tenant: opts.tenant,
    dryRun: opts.dryRun,
    profile: opts.profile,
    limits: opts.limits,
    pii: opts.pii,
    onProgress: (file, rows) => bar?.update(rows, { file: file.padEnd(16) }),
  }).finally(() => bar?.stop());

  const header = ['file', 'rows', 'created', 'updated', 'unchanged', 'deleted'];
  const rows = Object.entries(summary.files).map(([f, c]) => [
    f,
    c.rows,
    c.created,
    c.updated,
    c.unchanged,
    c.deleted,
  ]);
  const issues = [...summary.errors, ...summary.warnings].map(formatIssue);
  const verdict = {
    completed: `Import ${summary.importId} completed in ${summary.durationMs} ms / 取り込み完了`,
    'dry-run': `Dry run: the bundle is valid; nothing was written / ドライラン: 問題なし（書き込みなし）`,
    failed: `Import failed with ${summary.errorCount} errors; nothing was changed / 取り込み失敗（エラー ${summary.errorCount} 件）: データは変更されていません`,
  }[summary.status];
  return {
    exitCode: summary.status === 'failed' ? EXIT.invalid : EXIT.ok,
    json: { ...summary },
    text: [...issues, rows.length ? table([header, ...rows]) : '', verdict].filter(Boolean).join('\n'),
  };
}
