import { LRUCache } from 'lru-cache';

export interface CachedPage {
  /** UTF-8 bytes: encoded once, written as they are on every hit. */
  body: Buffer;
  /** X-Total-Count of collection pages. */
  total?: number;
}

/**
 * Rendered responses by tenant, data version and normalised request. Keys carry the data version,
 * so entries are never invalidated: a new version simply stops asking for the old ones, and the
 * LRU lets them go. Bounded by bytes.
 */
export class ResponseCache {
  private readonly pages: LRUCache<string, CachedPage> | null;
  private readonly counts: LRUCache<string, number>;

  constructor(maxBytes: number) {
    this.pages =
      maxBytes > 0
        ? new LRUCache<string, CachedPage>({
            maxSize: maxBytes,
            sizeCalculation: (v, k) => v.body.length + 2 * k.length + 64,
          })
        : null;
    // Totals are a few bytes each and cost a scan to recompute: kept even with the page cache off.
    this.counts = new LRUCache<string, number>({ max: 10_000 });
  }

  page(key: string): CachedPage | undefined {
    return this.pages?.get(key);
  }

  setPage(key: string, page: CachedPage): void {
    this.pages?.set(key, page);
  }

  /** Totals are shared by every page of one query (walking pages counts once). */
  count(key: string): number | undefined {
    return this.counts.get(key);
  }

  setCount(key: string, n: number): void {
    this.counts.set(key, n);
  }
}
