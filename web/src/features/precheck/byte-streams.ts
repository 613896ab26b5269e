import { Inflate } from 'fflate';
import type { ByteStream } from '../../../../src/import/bundle-source';
import { PrecheckInputError } from './precheck-input-error';
import { readRange } from './zip-directory';

/** Bytes read from a file per step: large enough to keep per-read costs small, small enough for memory. */
const READ_BYTES = 1 << 20;
/** Compressed bytes fflate inflates per step (see fflateInflate). */
const INFLATE_BYTES = 64 << 10;

/** A ByteStream over a generator: destroying it ends the generator, which stops reading. */
export function byteStream(chunks: AsyncGenerator<Uint8Array>): ByteStream {
  return {
    [Symbol.asyncIterator]: () => chunks,
    destroy: () => void chunks.return(undefined),
  };
}

/** The bytes of `blob` from `start` to `end`, read a piece at a time. */
export async function* blobPieces(
  blob: Blob,
  start = 0,
  end = blob.size,
  step = READ_BYTES,
): AsyncGenerator<Uint8Array> {
  for (let at = start; at < end; at += step) yield await readRange(blob, at, Math.min(end, at + step));
}

export interface InflateLimits {
  name: string;
  /** The uncompressed size the zip declares: the entry must inflate to exactly this many bytes. */
  declared: number;
  /** Counts the bundle's inflated bytes; throws when they pass the bundle limit. */
  count(bytes: number): void;
}

export type Inflater = 'native' | 'fflate';

/** The browser's own inflater where it has one (all current browsers): several times faster than JS. */
export const defaultInflater = (): Inflater =>
  typeof DecompressionStream === 'function' ? 'native' : 'fflate';

/**
 * An entry's bytes: inflated (method 8) or stored (method 0), checked as they come, as the server
 * does: more bytes than declared is refused at once, fewer or corrupt data fails at the end.
 */
export async function* entryBytes(
  compressed: Blob,
  method: number,
  limits: InflateLimits,
  inflater: Inflater = defaultInflater(),
): AsyncGenerator<Uint8Array> {
  const chunks =
    method === 0
      ? blobPieces(compressed)
      : inflater === 'native'
        ? nativeInflate(compressed, limits.name)
        : fflateInflate(blobPieces(compressed), limits.name);
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    limits.count(chunk.length);
    if (total > limits.declared)
      throw new PrecheckInputError('inflatesPastDeclared', { name: limits.name, declared: limits.declared });
    yield chunk;
  }
  if (total !== limits.declared)
    throw corrupt(limits.name, `${total} bytes instead of the declared ${limits.declared}`);
}

/** Inflates with DecompressionStream; leaving early cancels it, so no more is read or inflated. */
async function* nativeInflate(compressed: Blob, name: string): AsyncGenerator<Uint8Array> {
  const reader = compressed.stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let done = false;
  try {
    while (!done) {
      const next = await reader.read().catch((e: unknown) => {
        throw corrupt(name, e instanceof Error ? e.message : String(e));
      });
      done = next.done;
      if (next.value) yield next.value;
    }
  } finally {
    if (!done) reader.cancel().catch(() => undefined);
  }
}

/**
 * Inflates with fflate, in steps of at most INFLATE_BYTES compressed bytes: deflate expands at most
 * ~1000:1, so one step yields at most ~64 MB even from a zip bomb before the caller counts it.
 */
async function* fflateInflate(
  compressed: AsyncIterable<Uint8Array>,
  name: string,
): AsyncGenerator<Uint8Array> {
  let out: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => void out.push(chunk));
  const push = (part: Uint8Array, final: boolean) => {
    try {
      inflate.push(part, final);
    } catch (e) {
      throw corrupt(name, e instanceof Error ? e.message : String(e));
    }
  };
  for await (const piece of compressed) {
    for (let at = 0; at < piece.length; at += INFLATE_BYTES) {
      push(piece.subarray(at, at + INFLATE_BYTES), false);
      yield* out;
      out = [];
    }
  }
  push(new Uint8Array(0), true);
  yield* out;
}

const corrupt = (name: string, reason: string) => new PrecheckInputError('corruptEntry', { name, reason });
