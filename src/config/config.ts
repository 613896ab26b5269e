import { resolve } from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/**
 * The only reader of the environment. Every setting is validated at boot and every problem is
 * reported at once; the rest of the code receives the typed object.
 */
export const ENV_SCHEMA = Type.Object({
  /** `production` requires RH_ENCRYPTION_KEY; `test` is for the test suite. */
  NODE_ENV: Type.Optional(
    Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')]),
  ),
  /** TCP port the HTTP server listens on. */
  PORT: Type.Optional(Type.String({ pattern: '^[0-9]{1,5}$' })),
  /** Address the HTTP server listens on (`0.0.0.0` in containers). */
  HOST: Type.Optional(Type.String({ minLength: 1 })),
  /** PostgreSQL (the primary); without it the embedded PGlite database in RH_DATA_DIR is used. */
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  /** A read replica of DATABASE_URL: REST rostering reads go there unless it lags the tenant's last import. */
  DATABASE_READ_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  /** Connections per process to PostgreSQL (each of the primary and the replica pool; default 10). */
  RH_DB_POOL_SIZE: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,3}$' })),
  /** Redis: shared rate limits and token revocation; with PostgreSQL, the BullMQ job queue. */
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://' })),
  /** Where embedded data lives: the PGlite database, generated key files, local uploads, spool and work files. */
  RH_DATA_DIR: Type.Optional(Type.String({ minLength: 1 })),
  /** The public base URL (used for links). */
  RH_PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  /** Largest file of a bundle (compressed size in a zip), for the CLI and uploads. */
  RH_MAX_FILE_BYTES: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,15}$' })),
  /** Largest bundle, uncompressed, for the CLI and uploads. */
  RH_MAX_BUNDLE_BYTES: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,15}$' })),
  /** Largest page the REST API serves; larger `limit`s are clamped. */
  RH_API_MAX_LIMIT: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,6}$' })),
  /** Memory per process for rendered API pages (`0` turns the cache off). */
  RH_API_CACHE_MB: Type.Optional(Type.String({ pattern: '^[0-9]{1,5}$' })),
  /** Access token lifetime. */
  RH_TOKEN_TTL_SECONDS: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{1,6}$' })),
  /** `kid:secret` pairs, comma-separated, newest (signing) first; secrets base64url, ≥ 32 bytes. */
  RH_TOKEN_SIGNING_KEYS: Type.Optional(Type.String({ minLength: 1 })),
  /** Base64 of 32 bytes, optionally `kid:` prefixed, comma-separated newest first (PII at rest). */
  RH_ENCRYPTION_KEY: Type.Optional(Type.String({ minLength: 1 })),
  /** Audit events older than this are purged daily. */
  RH_AUDIT_RETENTION_DAYS: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,5}$' })),
  /** Rostering reads per API client per hour. */
  RH_RATE_LIMIT_READS_PER_HOUR: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,8}$' })),
  /** Uploads per tenant per hour. */
  RH_RATE_LIMIT_UPLOADS_PER_HOUR: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,8}$' })),
  /** Token requests per IP address per hour. */
  RH_RATE_LIMIT_TOKENS_PER_HOUR: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,8}$' })),
  /** Admin sign-ins per IP address per hour. */
  RH_RATE_LIMIT_SIGNINS_PER_HOUR: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,8}$' })),
  /** Comma-separated origins allowed by CORS (none by default). */
  RH_CORS_ORIGINS: Type.Optional(Type.String({ minLength: 1 })),
  /** `true`, a hop count, or comma-separated proxy addresses/CIDRs whose X-Forwarded-For is trusted. */
  RH_TRUST_PROXY: Type.Optional(Type.String({ minLength: 1 })),
  /** Largest request body. */
  RH_BODY_LIMIT_BYTES: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,12}$' })),
  /** Admin session lifetime. */
  RH_SESSION_TTL_HOURS: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,4}$' })),
  /** Days an uploaded bundle's files are kept (its report and counts stay). */
  RH_UPLOAD_RETENTION_DAYS: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,4}$' })),
  /** Hours after completion during which an upload can be reverted. */
  RH_REVERT_WINDOW_HOURS: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,4}$' })),
  /** Upload jobs one process runs at once. */
  RH_JOB_CONCURRENCY: Type.Optional(Type.String({ pattern: '^[1-9][0-9]?$' })),
  /** BullMQ key prefix: deployments sharing one Redis keep apart by it. */
  RH_QUEUE_PREFIX: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' })),
  /** Seconds a running job's lock lasts; a killed worker's job runs again after about this long. */
  RH_JOB_LOCK_SECONDS: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,3}$' })),
  /** Scheduling niceness of `rosterhub worker` (0–19, default 10): imports yield the CPU to API reads. */
  RH_WORKER_NICE: Type.Optional(Type.String({ pattern: '^(1?[0-9])$' })),
  /** `false`: this API process runs no jobs (a separate `rosterhub worker` does). */
  RH_JOBS_IN_API: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
  /** `true` lets webhooks call loopback and private addresses (refused by default). */
  RH_WEBHOOK_ALLOW_PRIVATE: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
  /** S3-compatible storage for uploaded files: set S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together, or none (local files in RH_DATA_DIR/objects). */
  S3_ENDPOINT: Type.Optional(Type.String({ pattern: '^https?://' })),
  /** The bucket (RosterHub does not create it). */
  S3_BUCKET: Type.Optional(Type.String({ minLength: 3, maxLength: 63 })),
  /** Region used to sign requests. */
  S3_REGION: Type.Optional(Type.String({ minLength: 1 })),
  /** Access key of the storage account. */
  S3_ACCESS_KEY_ID: Type.Optional(Type.String({ minLength: 1 })),
  /** Secret key of the storage account. */
  S3_SECRET_ACCESS_KEY: Type.Optional(Type.String({ minLength: 1 })),
  /** Path-style addressing (`true` by default: MinIO and most S3-compatible stores want it). */
  S3_FORCE_PATH_STYLE: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
  /** Key prefix for every object RosterHub writes. */
  S3_PREFIX: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9!_.*()/-]{0,200}$' })),
  /** When set, GET /metrics requires `Authorization: Bearer <token>` (open on the listening address otherwise). */
  RH_METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16 })),
  /** Seconds a stopping process gives in-flight requests and a running import (default 30). */
  RH_SHUTDOWN_GRACE_SECONDS: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,3}$' })),
  /** OpenTelemetry: traces (HTTP, database, jobs) are exported over OTLP/HTTP to this URL; off when unset. */
  OTEL_EXPORTER_OTLP_ENDPOINT: Type.Optional(Type.String({ pattern: '^https?://' })),
  /** The service name traces carry (default `rosterhub`). */
  OTEL_SERVICE_NAME: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  /** pino log level. */
  LOG_LEVEL: Type.Optional(
    Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l))),
  ),
});
/** Defaults of `limits`: 50 MB per stored file, 2 GB per bundle uncompressed. */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024;

export type EnvInput = Static<typeof ENV_SCHEMA>;

export interface Config {
  env: 'development' | 'production' | 'test';
  http: { port: number; host: string; publicUrl: string };
  database: { url: string | null; readUrl: string | null; poolSize: number; dataDir: string };
  redis: { url: string | null };
  log: { level: string };
  /** /metrics protection, tracing export (null: off), shutdown grace. */
  observability: { metricsToken: string | null; otlpEndpoint: string | null; serviceName: string };
  lifecycle: { shutdownGraceMs: number };
  /** Input size limits passed to openBundle: per stored (compressed) file, and per bundle uncompressed. */
  limits: { maxFileBytes: number; maxBundleBytes: number };
  /** REST API: `limit` values above `maxLimit` are clamped; rendered-page cache size in bytes (0 = off). */
  api: { maxLimit: number; cacheBytes: number };
  /** Access tokens: lifetime, and signing keys from the environment (null: generated and kept in the data directory). */
  auth: { tokenTtlSeconds: number; signingKeys: string | null };
  /** PII encryption keys as configured (null: generated into the data directory, refused in production). */
  encryption: { keys: string | null };
  audit: { retentionDays: number };
  /** Requests per hour: reads per API client, uploads per tenant, token requests and sign-ins per IP. */
  rateLimits: { readsPerHour: number; uploadsPerHour: number; tokensPerHour: number; signInsPerHour: number };
  httpLimits: { corsOrigins: string[]; bodyLimitBytes: number; trustProxy: boolean | number | string | null };
  sessions: { ttlHours: number };
  uploads: { retentionDays: number; revertWindowHours: number; webhookAllowPrivate: boolean };
  /** Background jobs: BullMQ when Redis is configured, else in-process; whether API processes run them. */
  jobs: { concurrency: number; inApi: boolean; queuePrefix: string; lockMs: number; workerNice: number };
  /** S3-compatible object storage for uploaded files (null: local files in the data directory). */
  storage: {
    s3: {
      endpoint: string;
      bucket: string;
      region: string;
      accessKeyId: string;
      secretAccessKey: string;
      forcePathStyle: boolean;
      prefix: string;
    } | null;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Builds the configuration from an environment (the process's by default); throws ConfigError listing every problem. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const input = Object.fromEntries(
    Object.keys(ENV_SCHEMA.properties)
      .filter((k) => source[k] !== undefined && source[k] !== '')
      .map((k) => [k, source[k]]),
  );
  const problems = [...Value.Errors(ENV_SCHEMA, input)].map(
    (e) => `${e.path.slice(1) || 'environment'}: ${e.message}`,
  );
  const env = input as EnvInput;
  const s3Keys = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
  const s3Set = s3Keys.filter((k) => env[k] !== undefined);
  if (s3Set.length && s3Set.length < s3Keys.length)
    problems.push(
      `S3: set all of ${s3Keys.join(', ')} or none (missing ${s3Keys.filter((k) => !env[k]).join(', ')})`,
    );
  if (env.DATABASE_READ_URL && !env.DATABASE_URL)
    problems.push('DATABASE_READ_URL: a read replica needs DATABASE_URL (the primary) too');
  if (problems.length) throw new ConfigError(problems);
  const port = Number(env.PORT ?? 3000);
  const host = env.HOST ?? '127.0.0.1';
  if (port < 1 || port > 65535) throw new ConfigError([`PORT: ${port} is not a TCP port`]);
  return {
    env: env.NODE_ENV ?? 'development',
    http: { port, host, publicUrl: (env.RH_PUBLIC_URL ?? `http://${host}:${port}`).replace(/\/$/, '') },
    database: {
      url: env.DATABASE_URL ?? null,
      readUrl: env.DATABASE_READ_URL ?? null,
      poolSize: Number(env.RH_DB_POOL_SIZE ?? 10),
      dataDir: resolve(env.RH_DATA_DIR ?? './data'),
    },
    redis: { url: env.REDIS_URL ?? null },
    log: { level: env.LOG_LEVEL ?? 'info' },
    observability: {
      metricsToken: env.RH_METRICS_TOKEN ?? null,
      otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT ?? null,
      serviceName: env.OTEL_SERVICE_NAME ?? 'rosterhub',
    },
    lifecycle: { shutdownGraceMs: Number(env.RH_SHUTDOWN_GRACE_SECONDS ?? 30) * 1000 },
    limits: {
      maxFileBytes: env.RH_MAX_FILE_BYTES ? Number(env.RH_MAX_FILE_BYTES) : DEFAULT_MAX_FILE_BYTES,
      maxBundleBytes: env.RH_MAX_BUNDLE_BYTES ? Number(env.RH_MAX_BUNDLE_BYTES) : DEFAULT_MAX_BUNDLE_BYTES,
    },
    api: {
      maxLimit: Number(env.RH_API_MAX_LIMIT ?? 10_000),
      cacheBytes: Number(env.RH_API_CACHE_MB ?? 64) * 1024 * 1024,
    },
    auth: {
      tokenTtlSeconds: Number(env.RH_TOKEN_TTL_SECONDS ?? 3600),
      signingKeys: env.RH_TOKEN_SIGNING_KEYS ?? null,
    },
    encryption: { keys: env.RH_ENCRYPTION_KEY ?? null },
    audit: { retentionDays: Number(env.RH_AUDIT_RETENTION_DAYS ?? 5 * 366) },
    rateLimits: {
      readsPerHour: Number(env.RH_RATE_LIMIT_READS_PER_HOUR ?? 1000),
      uploadsPerHour: Number(env.RH_RATE_LIMIT_UPLOADS_PER_HOUR ?? 60),
      tokensPerHour: Number(env.RH_RATE_LIMIT_TOKENS_PER_HOUR ?? 300),
      signInsPerHour: Number(env.RH_RATE_LIMIT_SIGNINS_PER_HOUR ?? 60),
    },
    httpLimits: {
      corsOrigins: (env.RH_CORS_ORIGINS ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      bodyLimitBytes: Number(env.RH_BODY_LIMIT_BYTES ?? 1024 * 1024),
      trustProxy: trustProxyOf(env.RH_TRUST_PROXY),
    },
    sessions: { ttlHours: Number(env.RH_SESSION_TTL_HOURS ?? 12) },
    uploads: {
      retentionDays: Number(env.RH_UPLOAD_RETENTION_DAYS ?? 30),
      revertWindowHours: Number(env.RH_REVERT_WINDOW_HOURS ?? 24),
      webhookAllowPrivate: env.RH_WEBHOOK_ALLOW_PRIVATE === 'true',
    },
    jobs: {
      concurrency: Number(env.RH_JOB_CONCURRENCY ?? 2),
      inApi: env.RH_JOBS_IN_API !== 'false',
      queuePrefix: env.RH_QUEUE_PREFIX ?? 'rosterhub',
      lockMs: Number(env.RH_JOB_LOCK_SECONDS ?? 30) * 1000,
      workerNice: Number(env.RH_WORKER_NICE ?? 10),
    },
    storage: {
      s3:
        env.S3_ENDPOINT && env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? {
              endpoint: env.S3_ENDPOINT,
              bucket: env.S3_BUCKET,
              region: env.S3_REGION ?? 'us-east-1',
              accessKeyId: env.S3_ACCESS_KEY_ID,
              secretAccessKey: env.S3_SECRET_ACCESS_KEY,
              forcePathStyle: env.S3_FORCE_PATH_STYLE !== 'false',
              prefix: env.S3_PREFIX ?? '',
            }
          : null,
    },
  };
}

function trustProxyOf(value: string | undefined): boolean | number | string | null {
  if (value === undefined) return null;
  if (value === 'true' || value === 'false') return value === 'true';
  return /^[0-9]{1,2}$/.test(value) ? Number(value) : value;
}
