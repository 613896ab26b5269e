import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/config.js';
import type { Database } from '../../db/database.js';
import type { PiiCipher } from '../../crypto/pii-cipher.js';
import type { Guard } from './guard.js';

export interface StatsRoutesOptions {
  config: Config;
  db: Database;
  guard: Guard;
  pii: PiiCipher;
}

/** Placeholder, filled in by the stats work. */
export function statsRoutes(
  _app: FastifyInstance,
  _o: StatsRoutesOptions,
  done: (err?: Error) => void,
): void {
  done();
}
