import { pino, type Logger, type LoggerOptions } from 'pino';
import type { Config } from '../config/config.js';

/** What a redacted value is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Log paths never written: credentials in headers (requests and responses) and secrets in bodies,
 * wherever a log call puts them (`req`, `request`, `headers`, `body`, one level deep or top level).
 */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
  ...['client_secret', 'password', 'access_token', 'refresh_token', 'secret'].flatMap((k) => [
    k,
    `*.${k}`,
    `*.*.${k}`,
  ]),
];

/** Query parameters whose values are logged: paging and shape, never data (a filter can name a person). */
const LOGGED_QUERY_VALUES: ReadonlySet<string> = new Set(['limit', 'offset', 'sort', 'orderBy', 'fields']);

const PLAIN_KEY = /^[A-Za-z0-9_.[\]-]{1,64}$/;

/** The URL as logged: every query value masked except paging and shape (secrets and PII stay out). */
export function loggableUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      if (LOGGED_QUERY_VALUES.has(key)) return pair;
      // Keys are client text too: only plain parameter names are kept.
      if (!PLAIN_KEY.test(key)) return REDACTED;
      return eq < 0 ? key : `${key}=${REDACTED}`;
    });
  return `${url.slice(0, q)}?${params.join('&')}`;
}

/** Where a process writes its log: the file descriptor, and whether a person is watching it. */
export interface LogDestination {
  fd: 1 | 2;
  isTTY: boolean;
}

/**
 * Human-readable lines only for a developer at a terminal; anything read by a machine (log
 * shippers in production, captured streams in tests, redirected output) gets one JSON object a line.
 */
export function wantsPrettyLogs(env: Config['env'], isTTY: boolean): boolean {
  return env === 'development' && isTTY;
}

/**
 * The pino options every RosterHub process logs with (server and `rosterhub worker`): the
 * configured level, redaction, and pino-pretty when `wantsPrettyLogs`. pino-pretty runs as a
 * transport (a worker thread), so the options carry no stream: callers that pass their own
 * destination must use a non-TTY one.
 */
export function loggerOptions(config: Config, destination: LogDestination): LoggerOptions {
  return {
    level: config.log.level,
    redact: { paths: LOG_REDACT_PATHS, censor: REDACTED },
    ...(wantsPrettyLogs(config.env, destination.isTTY)
      ? {
          transport: {
            target: 'pino-pretty',
            options: {
              destination: destination.fd,
              colorize: true,
              translateTime: 'SYS:HH:MM:ss.l',
              ignore: 'pid,hostname',
            },
          },
        }
      : {}),
  };
}

/** A standalone logger (processes without Fastify) writing to `fd`, pretty on a developer's terminal. */
export function createLogger(config: Config, fd: 1 | 2, base?: Record<string, unknown>): Logger {
  const isTTY = Boolean((fd === 1 ? process.stdout : process.stderr).isTTY);
  const options: LoggerOptions = { ...loggerOptions(config, { fd, isTTY }), ...(base ? { base } : {}) };
  return options.transport ? pino(options) : pino(options, pino.destination(fd));
}
