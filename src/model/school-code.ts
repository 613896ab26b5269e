/**
 * MEXT 学校コード (13 characters): school type letter + digit, 2-digit prefecture, 1-digit 設置区分,
 * 7-digit serial, check digit. Shared with the validator, so the rule lives in one place.
 */

const LETTERS = 'ABCDEFGH';

/**
 * Check digit of the first 12 characters of a school code. The letter becomes two digits (A=01 … H=08),
 * the 13 digits are weighted 1,2,1,2,… from the left, the digits of every product are summed and
 * CD = (10 − sum mod 10) mod 10. Verified on the real code B127210000018.
 */
export function schoolCodeCheckDigit(code12: string): number {
  if (!/^[A-H][0-9]{11}$/.test(code12)) {
    throw new RangeError(`not the first 12 characters of a school code: ${code12}`);
  }
  const digits = String(LETTERS.indexOf(code12[0]!) + 1).padStart(2, '0') + code12.slice(1);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits[i]) * (i % 2 === 0 ? 1 : 2);
    sum += product >= 10 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when `code` is 13 characters of the school-code shape with a correct check digit. */
export function isValidSchoolCode(code: string): boolean {
  if (!/^[A-H][0-9]{12}$/.test(code)) return false;
  return schoolCodeCheckDigit(code.slice(0, 12)) === Number(code[12]);
}

/**
 * Full code for a public school (設置区分 2). `typeCode` is e.g. `B1` (小学校) or `C1` (中学校),
 * `prefecture` the 2-digit JIS prefecture code, `serial` at most 7 digits.
 */
export function makeSchoolCode(typeCode: string, prefecture: string, serial: number): string {
  const code12 = `${typeCode}${prefecture}2${String(serial).padStart(7, '0')}`;
  return code12 + String(schoolCodeCheckDigit(code12));
}
