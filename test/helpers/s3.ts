import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

/**
 * s3rver runs in a child process because its ListObjectsV2 continuation tokens are DES-encrypted,
 * which OpenSSL 3 only offers through the legacy provider. Closing the child's stdin stops the
 * server, also when this test process dies first.
 */
export async function startS3rver(
  directory: string,
  bucket: string,
): Promise<{ child: ChildProcess; port: number }> {
  const script = `
    const S3rver = require(${JSON.stringify(createRequire(import.meta.url).resolve('s3rver'))});
    const server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      directory: ${JSON.stringify(directory)},
      silent: true,
      configureBuckets: [{ name: ${JSON.stringify(bucket)} }],
    });
    server.run().then((address) => process.stdout.write(JSON.stringify({ port: address.port }) + '\\n'));
    process.stdin.on('end', () => server.close().finally(() => process.exit(0)));
    process.stdin.resume();
  `;
  const child = spawn(process.execPath, ['--openssl-legacy-provider', '--no-deprecation', '-e', script], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit').then(([code]): never => {
    throw new Error(`s3rver exited before listening (code ${String(code)})`);
  });
  const first: unknown[] = await Promise.race([
    once(createInterface({ input: child.stdout }), 'line'),
    exited,
  ]);
  const line = first[0];
  if (typeof line !== 'string') throw new Error('s3rver did not report its port');
  return { child, port: (JSON.parse(line) as { port: number }).port };
}

export async function stopS3rver(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.stdin!.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
