import { ISSUE_CODES, formatMessage, type IssueCode } from './issue-codes.js';

/** Values used to show each message as a user would read it. */
const SAMPLE: Record<string, string | number> = {
  file: 'users.csv',
  column: 'givenName',
  value: 'ﾀﾛｳ',
  mode: 'bulk',
  property: 'file.users',
  expected: '1.0',
  actual: 'district',
  allowed: 'student, teacher',
  position: 4,
  line: 12,
  firstLine: 7,
  target: 'users.csv',
  org: '2b4f…',
  profile: 'japan',
  expectedStart: '2025-04-01',
  expectedEnd: '2026-03-31',
  count: 3,
  code: 'value.required',
  reason: 'unexpected end of file',
};

const FAMILY_TITLES: Record<string, string> = {
  bundle: 'Bundle and file set',
  manifest: 'manifest.csv',
  file: 'Files and encodings',
  header: 'Header row',
  row: 'Rows',
  value: 'Values',
  record: 'Records',
  ref: 'References',
  demographics: 'Demographics',
  role: 'Roles',
  user: 'Users',
  delta: 'Delta files',
  jp: 'Japan Profile and learning e-portal rules',
};

/**
 * docs/validation-codes.md, rendered from the code catalogue itself so the two cannot drift
 * (`npm run docs:codes` writes it; a test fails when it is stale).
 */
export function renderCodesDoc(): string {
  const codes = Object.keys(ISSUE_CODES) as IssueCode[];
  const families = [...new Set(codes.map((c) => c.split('.')[0]!))];
  const out = [
    '# Validation codes',
    '',
    'Every issue RosterHub reports carries one of these stable codes, with its file, line (the header',
    'is line 1), column and value. Errors reject the bundle; warnings are reported and the bundle is',
    'applied. Profiles (`--profile oneroster|japan|eportal`) decide which `jp.*` rules apply.',
    '',
    'Generated from `src/import/codes/` by `npm run docs:codes`; do not edit by hand.',
  ];
  for (const family of families) {
    out.push(
      '',
      `## ${FAMILY_TITLES[family] ?? family}`,
      '',
      '| code | severity | example (English) | 例（日本語） |',
      '|---|---|---|---|',
    );
    for (const code of codes.filter((c) => c.split('.')[0] === family)) {
      const def = ISSUE_CODES[code];
      const cell = (s: string) => formatMessage(s, SAMPLE).replace(/\|/g, '\\|');
      out.push(`| \`${code}\` | ${def.severity} | ${cell(def.en)} | ${cell(def.ja)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
