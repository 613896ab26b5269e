import { describe, expect, it } from 'vitest';
import { common } from './common.messages';
import type { Namespace } from './define';
import { NAMESPACES } from './resources';

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  for (const [name, ns] of Object.entries(NAMESPACES) as [string, Namespace][]) {
    it(`${name}: every key in both languages, non-empty, with the same placeholders`, () => {
      expect(Object.keys(ns.en).sort()).toEqual(Object.keys(ns.ja).sort());
      for (const key of Object.keys(ns.ja)) {
        const ja = ns.ja[key]!;
        const en = ns.en[key]!;
        expect(ja.trim(), `${name}.${key} (ja)`).not.toBe('');
        expect(en.trim(), `${name}.${key} (en)`).not.toBe('');
        expect(placeholders(en), `${name}.${key} placeholders`).toEqual(placeholders(ja));
      }
    });
  }

  it('the Japanese strings are Japanese (not English left untranslated)', () => {
    // Product names and codes may be the same in both; most strings must differ.
    const same = Object.keys(common.ja).filter(
      (k) => common.ja[k as keyof typeof common.ja] === common.en[k as keyof typeof common.en],
    );
    expect(same.sort()).toEqual(['appName', 'jst', 'languageEn', 'languageJa', 'utcHint']);
  });
});
