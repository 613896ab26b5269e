import type { Issue } from '../../../../src/import/issues';
import { issuesToCsv } from '../../../../src/import/report';

/** Saves the report as the server's CSV (UTF-8 with a BOM for Excel), made here in the browser. */
export function downloadReportCsv(issues: readonly Issue[], fileName: string): void {
  const url = URL.createObjectURL(new Blob([issuesToCsv(issues)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download by the next task; the URL is no longer needed then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
