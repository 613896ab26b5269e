/** Writes docs/validation-codes.md from the issue code catalogue. */
import { writeFileSync } from 'node:fs';
import { renderCodesDoc } from '../src/import/codes-doc.js';

writeFileSync(new URL('../docs/validation-codes.md', import.meta.url), renderCodesDoc());
console.log('docs/validation-codes.md written');
