import { isUtf8 as nodeIsUtf8 } from 'node:buffer';
import { Buffer as NpmBuffer } from 'buffer/';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Natively } from './native-utf8';
import { isUtf8 } from './node-buffer';

const samples = [
  [],
  [0x61, 0x0a],
  [0xef, 0xbb, 0xbf, 0x61],
  [...new TextEncoder().encode('山田,ヤマダ\n')],
  [0xc3, 0x28],
  [0xe3, 0x81],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xc0, 0xaf],
  [0x8e, 0x52, 0x93, 0x63],
].map((b) => new Uint8Array(b));

describe('browser shims', () => {
  it('isUtf8 answers as Node does', () => {
    for (const bytes of samples) expect(isUtf8(bytes)).toBe(nodeIsUtf8(bytes));
  });

  it('decodes UTF-8 natively with the same text as Node, keeping a BOM', () => {
    class Patched extends NpmBuffer {}
    decodeUtf8Natively(Patched);
    for (const bytes of samples) {
      const npm = NpmBuffer.from(bytes);
      Object.setPrototypeOf(npm, Patched.prototype);
      expect(npm.toString('utf8')).toBe(Buffer.from(bytes).toString('utf8'));
      expect(npm.toString()).toBe(Buffer.from(bytes).toString());
    }
    const withBom = NpmBuffer.from([0xef, 0xbb, 0xbf, 0x61]);
    Object.setPrototypeOf(withBom, Patched.prototype);
    expect(withBom.toString('utf8').charCodeAt(0)).toBe(0xfeff);
    expect(withBom.toString('hex')).toBe('efbbbf61');
  });
});
