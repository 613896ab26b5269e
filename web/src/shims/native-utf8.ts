/** The part of a Buffer class used here: its prototype's `toString`, over the bytes it holds. */
interface BufferClass {
  prototype: { toString: (this: Uint8Array, encoding?: string, start?: number, end?: number) => string };
}

/**
 * The `buffer` package decodes UTF-8 in JavaScript, byte by byte: the validator's largest cost in the
 * browser. The browser's own decoder gives the same text (the reader only decodes bytes it has checked
 * are UTF-8; otherwise both replace bad bytes with U+FFFD) several times faster. `ignoreBOM` keeps a
 * leading BOM in the text, as Node does, so the reader still sees and reports it.
 */
export function decodeUtf8Natively(buffer: BufferClass): void {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const original = buffer.prototype.toString;
  buffer.prototype.toString = function (this: Uint8Array, encoding?: string, start?: number, end?: number) {
    const utf8 = encoding === undefined || encoding === 'utf8' || encoding === 'utf-8';
    if (!utf8 || start !== undefined || end !== undefined) return original.call(this, encoding, start, end);
    return decoder.decode(this);
  };
}
