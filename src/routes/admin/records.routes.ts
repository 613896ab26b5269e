import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/config.js';
import type { Database } from '../../db/database.js';
import type { PiiCipher } from '../../crypto/pii-cipher.js';
import type { Guard } from './guard.js';

export interface RecordsRoutesOptions {
  config: Config;
  db: Database;
  guard: Guard;
  pii: PiiCipher;
}

/** Placeholder, filled in by the records work. */
export function recordsRoutes(
  _app: FastifyInstance,
  _o: RecordsRoutesOptions,
  done: (err?: Error) => void,
): void {
  done();
}
