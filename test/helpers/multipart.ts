import type { IncomingPart } from '../../src/uploads/intake.js';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface Part {
  field: string;
  filename?: string;
  content: Buffer | string;
}

/** A multipart/form-data body, built by hand so tests control every byte (app.inject takes a Buffer). */
export function multipart(parts: readonly Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----rosterhub-test-${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = p.filename
      ? `form-data; name="${p.field}"; filename="${p.filename}"`
      : `form-data; name="${p.field}"`;
    const type = p.filename ? 'Content-Type: application/octet-stream\r\n' : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`));
    chunks.push(Buffer.isBuffer(p.content) ? p.content : Buffer.from(p.content));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** The parts of a bundle folder: one per CSV file, named after the file. */
export function folderParts(dir: string): Part[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => ({ field: f.replace(/\.csv$/, ''), filename: f, content: readFileSync(join(dir, f)) }));
}

export function zipPart(path: string): Part {
  return { field: 'bundle', filename: basename(path), content: readFileSync(path) };
}

/** A bundle folder's CSV files as upload parts, streamed from disk. */
export function fileParts(dir: string): AsyncIterable<IncomingPart> {
  const parts: IncomingPart[] = readdirSync(dir)
    .filter((n) => n.endsWith('.csv'))
    .map((f) => ({
      kind: 'file',
      field: f.replace(/\.csv$/, ''),
      filename: f,
      stream: createReadStream(join(dir, f)),
    }));
  return (async function* () {
    for (const part of parts) yield await Promise.resolve(part);
  })();
}
