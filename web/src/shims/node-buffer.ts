/**
 * `node:buffer` for the browser build (web/vite.config.ts aliases it here): the validator's CSV
 * reader needs `Buffer` and `isUtf8`. `Buffer` is the npm `buffer` package, the same one iconv-lite
 * gets, so buffers pass between them unchanged.
 */
import { Buffer } from 'buffer';

export { Buffer };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether the bytes are well-formed UTF-8, as Node's `isUtf8` (empty input is). */
export function isUtf8(input: ArrayBuffer | ArrayBufferView): boolean {
  try {
    strictUtf8.decode(input);
    return true;
  } catch {
    return false;
  }
}
