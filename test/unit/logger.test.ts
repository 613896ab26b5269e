import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import {
  LOG_REDACT_PATHS,
  loggableUrl,
  loggerOptions,
  wantsPrettyLogs,
} from '../../src/observability/logger.js';

const config = (NODE_ENV: string, LOG_LEVEL = 'debug') =>
  loadConfig({ NODE_ENV, LOG_LEVEL, RH_DATA_DIR: '/tmp/rh-logger-test' });

describe('log format', () => {
  it('is pretty only for development on a terminal', () => {
    expect(wantsPrettyLogs('development', true)).toBe(true);
    expect(wantsPrettyLogs('development', false)).toBe(false);
    expect(wantsPrettyLogs('production', true)).toBe(false);
    expect(wantsPrettyLogs('production', false)).toBe(false);
    expect(wantsPrettyLogs('test', true)).toBe(false);
    expect(wantsPrettyLogs('test', false)).toBe(false);
  });

  it('uses pino-pretty on the given descriptor, with times and colour, when pretty', () => {
    const opts = loggerOptions(config('development'), { fd: 2, isTTY: true });
    expect(opts.transport).toEqual({
      target: 'pino-pretty',
      options: expect.objectContaining({
        destination: 2,
        colorize: true,
        translateTime: expect.any(String) as unknown,
      }) as unknown,
    });
  });

  it('writes JSON otherwise, with the configured level and redaction', () => {
    for (const [env, isTTY] of [
      ['development', false],
      ['production', true],
      ['test', true],
    ] as const) {
      const opts = loggerOptions(config(env), { fd: 1, isTTY });
      expect(opts.transport, `${env} tty=${isTTY}`).toBeUndefined();
      expect(opts.level).toBe('debug');
      expect(opts.redact).toEqual({ paths: LOG_REDACT_PATHS, censor: '[redacted]' });
    }
  });
});

describe('logged URLs', () => {
  it('keep paging and shape, mask every other query value and any unusual parameter name', () => {
    expect(loggableUrl('/users?limit=5&offset=10&sort=familyName&orderBy=asc&fields=sourcedId')).toBe(
      '/users?limit=5&offset=10&sort=familyName&orderBy=asc&fields=sourcedId',
    );
    expect(loggableUrl("/users?filter=familyName%3D'%E5%B1%B1'&limit=1")).toBe(
      '/users?filter=[redacted]&limit=1',
    );
    expect(loggableUrl('/x?tenant=a&dryRun')).toBe('/x?tenant=[redacted]&dryRun');
    expect(loggableUrl('/x?%E5%B1%B1%E7%94%B0=1&%E5%B1%B1')).toBe('/x?[redacted]&[redacted]');
    expect(loggableUrl('/plain')).toBe('/plain');
  });
});
