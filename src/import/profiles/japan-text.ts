/** Character rules of the Japan Profile (digest §3.5). */

// U+FF61–U+FF9F: half-width katakana and punctuation (K regex [ｦ-ﾟ] plus the half-width 。「」、・).
const HALF_WIDTH_KANA = /[\uFF61-\uFF9F]/;
// Full-width katakana, the prolonged sound mark, middle dot and spaces between given and family names.
const KATAKANA_ONLY = /^[\u30A1-\u30FA\u30FC\u30FB\u3000 ]+$/;
const HIRAGANA = /[\u3041-\u3096]/;

export function hasHalfWidthKana(s: string): boolean {
  return HALF_WIDTH_KANA.test(s);
}

/** `ok`, or why a reading is not full-width katakana. */
export function kanaProblem(s: string): 'ok' | 'hiragana' | 'other' {
  if (KATAKANA_ONLY.test(s)) return 'ok';
  return HIRAGANA.test(s) ? 'hiragana' : 'other';
}

const HEX = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;

/** `v4`, `other` (a UUID of another version) or `none`; a char loop, as it runs on every record. */
export function uuidKind(s: string): 'v4' | 'other' | 'none' {
  if (s.length !== 36) return 'none';
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return 'none';
    } else if (c > 127 || HEX[c] === 0) return 'none';
  }
  return s[14] === '4' ? 'v4' : 'other';
}

/** MEXT grade codes (digest §3.1): elementary, lower and upper secondary, and E1–E3. */
export const GRADE_CODES: ReadonlySet<string> = new Set([
  'P1',
  'P2',
  'P3',
  'P4',
  'P5',
  'P6',
  'J1',
  'J2',
  'J3',
  'H1',
  'H2',
  'H3',
  'E1',
  'E2',
  'E3',
]);

/** APPLIC subject codes: P010–P100 (elementary) and J010–J090 (lower secondary). */
export function isSubjectCode(s: string): boolean {
  const m = /^([PJ])(\d{3})$/.exec(s);
  if (!m) return false;
  const n = Number(m[2]);
  return n % 10 === 0 && n >= 10 && n <= (m[1] === 'P' ? 100 : 90);
}
