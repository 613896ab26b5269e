import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../src/import/issues.js';
import { issuesToCsv, summarizeIssues } from '../../src/import/report.js';

function collector(): IssueCollector {
  const issues = new IssueCollector(1000);
  for (let line = 2; line < 1502; line++)
    issues.add('value.required', { file: 'users.csv', line, column: 'givenName' });
  issues.add('file.bom', { file: 'orgs.csv' });
  issues.add('value.enum', {
    file: 'roles.csv',
    line: 9,
    column: 'role',
    value: 'pupil "x"',
    params: { allowed: 'student' },
  });
  return issues;
}

describe('summarizeIssues', () => {
  it('groups by code with exact counts, errors first, most frequent first', () => {
    const s = summarizeIssues(collector());
    expect(s.map((g) => [g.code, g.severity, g.count])).toEqual([
      ['value.required', 'error', 1500],
      ['value.enum', 'error', 1],
      ['file.bom', 'warning', 1],
    ]);
    expect(s[0]!.first).toEqual({ file: 'users.csv', line: 2, column: 'givenName' });
    expect(s[0]!.messageJa).toContain('必須');
  });
});

describe('issuesToCsv', () => {
  it('writes a BOM, CRLF lines and quoted cells that Excel opens cleanly', () => {
    const issues = collector();
    const csv = issuesToCsv([...issues.errors, ...issues.warnings]);
    expect(csv.startsWith('\uFEFFfile,line,column,code,severity,messageJa,message,value\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(1 + 1000 + 1 + 1 + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines).toContain(
      '"roles.csv","9","role","value.enum","error","role に ""pupil ""x"""" は使えません（student）","""pupil ""x"""" is not an allowed value of role (student)","pupil ""x"""',
    );
    expect(csv.includes('\n') && !/[^\r]\n/.test(csv)).toBe(true);
  });
});
