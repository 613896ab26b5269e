import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { WEB_API_TYPES, webApiTypes } from '../../scripts/web-api-types.js';

describe('admin UI API types', () => {
  it('web/src/api/schema.d.ts is what the current routes generate (run `npm run web:api` when it is not)', async () => {
    const committed = await readFile(WEB_API_TYPES, 'utf8');
    const current = await webApiTypes();
    // A readable hint first: which paths differ, before the full comparison.
    const paths = (s: string) => [...s.matchAll(/^ {4}"(\/[^"]+)": \{/gm)].map((m) => m[1]).sort();
    expect(paths(committed)).toEqual(paths(current));
    expect(committed === current, 'schema.d.ts is out of date: run `npm run web:api`').toBe(true);
  });
});
