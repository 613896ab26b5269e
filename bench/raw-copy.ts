import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import yauzl from 'yauzl';

/** Reads one zip entry fully (the baseline measures COPY, not unzipping). */
function readEntry(zipPath: string, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName !== name) return zip.readEntry();
        zip.openReadStream(e, (err2, s) => {
          if (err2 || !s) return reject(err2 ?? new Error('no stream'));
          const parts: Buffer[] = [];
          s.on('data', (d: Buffer) => parts.push(d));
          s.on('end', () => {
            zip.close();
            resolve(Buffer.concat(parts));
          });
        });
      });
      zip.on('end', () => reject(new Error(`${name} not in ${zipPath}`)));
      zip.readEntry();
    });
  });
}

/** The ceiling: COPY the enrollments CSV as-is into a table with the same primary key and delta index. */
export async function rawCopyBaseline(url: string, bundle: string): Promise<{ rows: number; ms: number }> {
  const csv = await readEntry(bundle, 'enrollments.csv');
  const header = csv.subarray(0, csv.indexOf(10)).toString().split(',');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `CREATE TABLE raw_enrollments (tenant_id uuid NOT NULL DEFAULT '00000000-0000-4000-8000-000000000001', ${header
        .map((_, i) => `c${i} text`)
        .join(', ')}, dlm timestamptz NOT NULL DEFAULT now())`,
    );
    await client.query('ALTER TABLE raw_enrollments ADD PRIMARY KEY (tenant_id, c0)');
    await client.query('CREATE INDEX ON raw_enrollments (tenant_id, dlm, c0)');
    const started = performance.now();
    const stream = client.query(
      copyFrom(
        `COPY raw_enrollments (${header.map((_, i) => `c${i}`).join(',')}) FROM STDIN WITH (FORMAT csv, HEADER true)`,
      ),
    );
    await pipeline(Readable.from([csv]), stream);
    const ms = performance.now() - started;
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM raw_enrollments');
    return { rows: rows[0]!.n, ms };
  } finally {
    await client.end();
  }
}
