import { w, type CodeDef } from './define.js';

/** Issues of character encodings, whitespace and size limits. */
export const ENCODING_CODES = {
  'file.shiftJis': w(
    '{file} is not UTF-8; it was read as Shift_JIS (CP932). Save it as UTF-8 (in Excel: "CSV UTF-8")',
    '{file} は UTF-8 ではないため、Shift_JIS（CP932）として読み込みました。UTF-8 で保存してください（Excel では「CSV UTF-8」）',
  ),
  'value.whitespace': w(
    'Spaces or tabs around "{value}" in {column} were removed; remove them from the source data',
    '{column} の値 "{value}" の前後の空白（全角スペース・タブを含む）を取り除きました。元データから削除してください',
  ),
} as const satisfies Record<string, CodeDef>;
