import type { CodeDef } from './define.js';

/** Issues of character encodings, whitespace and size limits. */
export const ENCODING_CODES = {} as const satisfies Record<string, CodeDef>;
