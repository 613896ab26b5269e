import type { LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { Agent } from 'undici';

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A lookup that answers with the addresses the guard checked, whatever the name: the connection
 * goes where the check looked, so a DNS answer that changes in between (rebinding) cannot send a
 * webhook to a refused address.
 */
export function pinnedLookup(addresses: readonly string[]) {
  const entries: LookupAddress[] = addresses.map((address) => ({
    address,
    family: isIP(address) === 6 ? 6 : 4,
  }));
  return (_hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const wanted = entries.filter((e) => !options.family || e.family === options.family);
    const list = wanted.length ? wanted : entries;
    if (!list.length) {
      callback(Object.assign(new Error('no checked address'), { code: 'ENOTFOUND' }), []);
      return;
    }
    if (options.all) callback(null, list);
    else callback(null, list[0]!.address, list[0]!.family);
  };
}

/** One-use HTTP dispatcher connecting only to the checked addresses. */
export function pinnedDispatcher(addresses: readonly string[]): Agent {
  return new Agent({ connect: { lookup: pinnedLookup(addresses) }, connections: 1, pipelining: 0 });
}
