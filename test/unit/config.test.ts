import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./data and port 3000', () => {
    const c = loadConfig({});
    expect(c.database.url).toBeNull();
    expect(c.database.dataDir).toMatch(/\/data$/);
    expect(c.http).toEqual({ port: 3000, host: '127.0.0.1', publicUrl: 'http://127.0.0.1:3000' });
  });

  it('reads the conventional names', () => {
    const c = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u@h/db',
      REDIS_URL: 'redis://h:6379',
      RH_PUBLIC_URL: 'https://roster.example.jp/',
      RH_DATA_DIR: '/var/lib/rh',
    });
    expect(c.http.port).toBe(8080);
    expect(c.http.publicUrl).toBe('https://roster.example.jp');
    expect(c.database).toEqual({
      url: 'postgres://u@h/db',
      readUrl: null,
      poolSize: 10,
      dataDir: '/var/lib/rh',
    });
    expect(c.redis.url).toBe('redis://h:6379');
  });

  it('reads the operations settings: read replica, pool size, metrics token, shutdown grace, tracing', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@primary/db',
      DATABASE_READ_URL: 'postgres://u@replica/db',
      RH_DB_POOL_SIZE: '25',
      RH_METRICS_TOKEN: 'a-long-enough-metrics-token',
      RH_SHUTDOWN_GRACE_SECONDS: '45',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
    });
    expect(c.database).toMatchObject({ readUrl: 'postgres://u@replica/db', poolSize: 25 });
    expect(c.observability).toEqual({
      metricsToken: 'a-long-enough-metrics-token',
      otlpEndpoint: 'http://collector:4318',
      serviceName: 'rosterhub',
    });
    expect(c.lifecycle.shutdownGraceMs).toBe(45_000);
    expect(loadConfig({}).lifecycle.shutdownGraceMs).toBe(30_000);
    expect(loadConfig({}).observability).toEqual({
      metricsToken: null,
      otlpEndpoint: null,
      serviceName: 'rosterhub',
    });
  });

  it('refuses a read replica without a primary, and a short metrics token', () => {
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://u@replica/db' })).toThrow(/DATABASE_READ_URL/);
    expect(() => loadConfig({ RH_METRICS_TOKEN: 'short' })).toThrow(/RH_METRICS_TOKEN/);
  });

  it('reads the input size limits, defaulting to 50 MB per file and 2 GB per bundle', () => {
    expect(loadConfig({}).limits).toEqual({ maxFileBytes: 50 * 2 ** 20, maxBundleBytes: 2 * 2 ** 30 });
    const c = loadConfig({ RH_MAX_FILE_BYTES: '1000', RH_MAX_BUNDLE_BYTES: '5000' });
    expect(c.limits).toEqual({ maxFileBytes: 1000, maxBundleBytes: 5000 });
    expect(() => loadConfig({ RH_MAX_FILE_BYTES: '50MB' })).toThrow(/RH_MAX_FILE_BYTES/);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('LOG_LEVEL');
    }
  });
});
