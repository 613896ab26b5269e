import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCodesDoc } from '../../src/import/codes-doc.js';
import { ISSUE_CODES } from '../../src/import/issue-codes.js';

describe('docs/validation-codes.md', () => {
  it('is the rendering of the current catalogue (run `npm run docs:codes` after changing a code)', () => {
    const doc = readFileSync(new URL('../../docs/validation-codes.md', import.meta.url), 'utf8');
    expect(doc).toBe(renderCodesDoc());
  });

  it('lists every code with an English and a Japanese example, no placeholder left unfilled', () => {
    const doc = renderCodesDoc();
    for (const code of Object.keys(ISSUE_CODES)) expect(doc).toContain(`| \`${code}\` |`);
    expect(doc).not.toMatch(/\{[a-zA-Z]+\}/);
  });

  it('every code has messages in both languages', () => {
    for (const [code, def] of Object.entries(ISSUE_CODES)) {
      expect(def.en.length, code).toBeGreaterThan(10);
      expect(def.ja.length, code).toBeGreaterThan(5);
    }
  });
});
