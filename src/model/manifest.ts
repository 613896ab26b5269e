import { MANIFEST_FILES } from './files.js';

/** manifest.csv (CSV binding §1.5): two columns, one property per row. */
export const MANIFEST_HEADER = ['propertyName', 'value'] as const;
export const MANIFEST_FILE_NAME = 'manifest.csv';
export const MANIFEST_VERSION = '1.0';
/** `1.2` (JP v1.2, base 1.2/1.2.1), `1.2.1` (meibo for 1.2.1 based profiles), `1.2_JP` (K-12/Schools v1.0). */
export const ONEROSTER_VERSIONS = ['1.2', '1.2.1', '1.2_JP'] as const;
export const FILE_MODES = ['bulk', 'delta', 'absent'] as const;
export type FileMode = (typeof FILE_MODES)[number];

export const MANIFEST_PROPERTIES = [
  'manifest.version',
  'oneroster.version',
  ...MANIFEST_FILES.map((f) => `file.${f}`),
  'source.systemName',
  'source.systemCode',
] as const;
