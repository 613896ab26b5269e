import type { CodeDef } from './define.js';

/** Issues of the Japan Profile and learning e-portal rules (docs/japan-profile digest §3–5). */
export const JAPAN_CODES = {} as const satisfies Record<string, CodeDef>;
