/**
 * Seeded pseudo-random numbers. Every record draws from a generator keyed by (seed, stream, index),
 * so any file can recompute a user's or class's id and attributes without keeping rows in memory.
 */

/** murmur3 finaliser: spreads every input bit over the whole 32-bit word. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the text form, so `1` and `'1'` are the same seed. */
export function hashSeed(seed: string | number): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Independent sub-sequences, one per kind of record. */
export const Stream = {
  district: 1,
  school: 2,
  session: 3,
  course: 4,
  homeroom: 5,
  subjectClass: 6,
  student: 7,
  staff: 8,
  subjectPick: 9,
  plan: 10,
  roles: 11,
  enrollments: 12,
  userProfiles: 13,
} as const;
export type StreamId = (typeof Stream)[keyof typeof Stream];

const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const hex32 = (n: number): string =>
  HEX[n >>> 24]! + HEX[(n >>> 16) & 0xff]! + HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;
const hex16 = (n: number): string => HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;

/** mulberry32: tiny, fast and good enough for test data; re-seedable to avoid an allocation per record. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  reseed(seed: number): this {
    this.state = seed | 0;
    return this;
  }

  /** Unsigned 32-bit integer. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor((this.next() / 0x1_0000_0000) * n);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Lower-case RFC 4122 version 4 UUID (version nibble 4, variant 8–b). */
  uuid(): string {
    const a = this.next();
    const b = ((this.next() & 0xffff0fff) | 0x00004000) >>> 0;
    const c = ((this.next() & 0x3fffffff) | 0x80000000) >>> 0;
    const d = this.next();
    return `${hex32(a)}-${hex16(b >>> 16)}-${hex16(b)}-${hex16(c >>> 16)}-${hex16(c)}${hex32(d)}`;
  }
}

/** Seed of the sub-sequence for record `index` of `stream`. */
export function seedFor(base: number, stream: StreamId, index: number): number {
  return fmix32(base ^ fmix32(Math.imul(stream, 0x9e3779b1) ^ fmix32((index >>> 0) + 0x632be5ab)));
}
