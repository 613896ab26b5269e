/**
 * A flat copy of an ASCII identifier that no longer pins the large string it was sliced from. V8
 * shares the parent of any substring of 13+ characters, so ids kept for a whole file would keep every
 * piece of text they were read from alive. A Latin-1 round trip yields a flat string with no wrapper:
 * measured on the 1M-row import, peak RSS of the unchanged re-import 640–690 MB → 460–580 MB.
 * Only for validated identifiers (the GUID character set is ASCII); other text would be altered.
 */
export function detach(id: string): string {
  return Buffer.from(id, 'latin1').toString('latin1');
}
