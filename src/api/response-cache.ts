import { LRUCache } from 'lru-cache';

export interface CachedPage {
  body: string;
  /** X-Total-Count of collection pages. */
  total?: number;
}

/**
 * Rendered responses by tenant, data version and normalised request. Keys carry the data version,
 * so entries are never invalidated: a new version simply stops asking for the old ones, and the
 * LRU lets them go. Bounded by bytes (bodies count twice their length: UTF-16).
 */
export class ResponseCache {
  private readonly pages: LRUCache<string, CachedPage> | null;
  private readonly counts: LRUCache<string, number> | null;

  constructor(maxBytes: number) {
    this.pages =
      maxBytes > 0
        ? new LRUCache<string, CachedPage>({
            maxSize: maxBytes,
            sizeCalculation: (v, k) => 2 * (v.body.length + k.length) + 64,
          })
        : null;
    this.counts = maxBytes > 0 ? new LRUCache<string, number>({ max: 10_000 }) : null;
  }

  page(key: string): CachedPage | undefined {
    return this.pages?.get(key);
  }

  setPage(key: string, page: CachedPage): void {
    this.pages?.set(key, page);
  }

  /** Totals are shared by every page of one query (walking pages counts once). */
  count(key: string): number | undefined {
    return this.counts?.get(key);
  }

  setCount(key: string, n: number): void {
    this.counts?.set(key, n);
  }
}
