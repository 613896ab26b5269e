import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENV_SCHEMA } from '../../src/config/config.js';

/**
 * deploy/ cannot be run here (no container engine, no cluster): these checks catch what can go
 * wrong without one — a setting that RosterHub does not know (silently ignored at boot), a
 * template reading a value that does not exist, a command or flag the CLI does not have.
 */
const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const SETTINGS = new Set(Object.keys(ENV_SCHEMA.properties));
const CHART = 'deploy/helm/rosterhub/';

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
}

function composeServices(): Record<string, ComposeService> {
  const doc = parse(read('deploy/docker-compose.yml'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };
  return doc.services;
}

/** The services that run the RosterHub image (the others are PostgreSQL, Redis, MinIO). */
function rosterhubServices(): [string, ComposeService][] {
  return Object.entries(composeServices()).filter(([, s]) => s.build !== undefined);
}

/** `ENV A=1 B=2` instructions, continuation lines joined. */
function dockerfileEnvNames(): string[] {
  const text = read('deploy/Dockerfile').replace(/\\\n/g, ' ');
  return text
    .split('\n')
    .filter((line) => /^ENV\s/.test(line))
    .flatMap((line) => [...line.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=/g)].map((m) => m[1]!));
}

function templates(): Record<string, string> {
  const dir = new URL(`${CHART}templates/`, root);
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(new URL(name, dir), 'utf8')]));
}

function values(): Record<string, unknown> {
  return parse(read(`${CHART}values.yaml`)) as Record<string, unknown>;
}

function hasPath(obj: unknown, path: string[]): boolean {
  let at = obj;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !(key in at)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}

/** Environment variable names a template sets literally (`- name: X` with an upper-case X). */
function templateEnvNames(): string[] {
  return Object.values(templates()).flatMap((t) =>
    [...t.matchAll(/-\s+name:\s+([A-Z][A-Z0-9_]+)\s*$/gm)].map((m) => m[1]!),
  );
}

describe('deploy/docker-compose.yml', () => {
  it('parses, and runs the API, a worker and the migration on PostgreSQL, Redis and MinIO', () => {
    const services = composeServices();
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['postgres', 'redis', 'minio', 'migrate', 'api', 'worker']),
    );
    expect(rosterhubServices().map(([name]) => name)).toEqual(['migrate', 'api', 'worker']);
  });

  it('sets only settings RosterHub knows', () => {
    for (const [name, service] of rosterhubServices())
      for (const key of Object.keys(service.environment ?? {}))
        expect(SETTINGS, `${name}: ${key}`).toContain(key);
  });

  it('gives every process the same database, queue, storage and keys; the API runs no jobs', () => {
    const envs = rosterhubServices().map(([, s]) => s.environment ?? {});
    for (const key of [
      'DATABASE_URL',
      'REDIS_URL',
      'S3_BUCKET',
      'RH_ENCRYPTION_KEY',
      'RH_TOKEN_SIGNING_KEYS',
    ])
      expect(new Set(envs.map((e) => e[key])).size, key).toBe(1);
    expect(composeServices().api!.environment!.RH_JOBS_IN_API).toBe('false');
    expect(composeServices().api!.environment!.HOST).toBe('0.0.0.0');
  });
});

describe('deploy/Dockerfile', () => {
  const dockerfile = read('deploy/Dockerfile');

  it('sets only settings RosterHub knows', () => {
    const names = dockerfileEnvNames();
    expect(names).toEqual(expect.arrayContaining(['NODE_ENV', 'HOST', 'RH_DATA_DIR']));
    for (const name of names) expect(SETTINGS, name).toContain(name);
  });

  it('runs as a non-root user with a health check, on Node 20', () => {
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/^\nFROM node:20-bookworm-slim\n/);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n.*\/health\/live/m);
    expect(runtime).toMatch(/npm ci --omit=dev|--from=deps/);
  });

  it('copies files that exist, including what the server reads from src/ at run time', () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(' '));
    for (const source of sources.filter((s) => s !== '.'))
      expect(existsSync(new URL(source.replace('*.json', ''), root)), source).toBe(true);
    expect(read('src/db/migrate.ts')).toContain("'../../src/db/migrations/'");
    expect(dockerfile).toContain('COPY src/db/migrations ./src/db/migrations');
    expect(read('src/api/openapi/official-spec.ts')).toContain("'../../../src/api/openapi/");
    expect(dockerfile).toContain('COPY src/api/openapi/*.json ./src/api/openapi/');
  });
});

describe('the Helm chart', () => {
  it('parses; its appVersion is the package version', () => {
    const chart = parse(read(`${CHART}Chart.yaml`)) as { apiVersion: string; appVersion: string };
    const pkg = JSON.parse(read('package.json')) as { version: string };
    expect(chart.apiVersion).toBe('v2');
    expect(chart.appVersion).toBe(pkg.version);
  });

  it('reads only values that values.yaml declares', () => {
    const declared = values();
    const used = Object.entries(templates()).flatMap(([file, t]) =>
      [...t.matchAll(/\$?\.Values((?:\.[A-Za-z0-9_]+)+)/g)].map((m) => ({ file, path: m[1]!.slice(1) })),
    );
    expect(used.length).toBeGreaterThan(40);
    for (const { file, path } of used)
      expect(hasPath(declared, path.split('.')), `${file}: ${path}`).toBe(true);
  });

  it('includes only defined helpers and closes every block', () => {
    const all = templates();
    const defined = new Set(
      Object.values(all).flatMap((t) => [...t.matchAll(/define "([^"]+)"/g)].map((m) => m[1]!)),
    );
    for (const [file, t] of Object.entries(all)) {
      for (const m of t.matchAll(/(?:include|template) "([^"]+)"/g))
        expect(defined, `${file}: ${m[1]}`).toContain(m[1]);
      const opened = [...t.matchAll(/\{\{-?\s*(if|range|with|define)\b/g)].length;
      const closed = [...t.matchAll(/\{\{-?\s*end\s*-?\}\}/g)].length;
      expect(closed, file).toBe(opened);
      expect([...t.matchAll(/\{\{/g)].length, file).toBe([...t.matchAll(/\}\}/g)].length);
    }
  });

  it('sets only settings RosterHub knows, in templates and values', () => {
    const v = values() as { env: Record<string, unknown>; secrets: { env: Record<string, unknown> } };
    const names = [...templateEnvNames(), ...Object.keys(v.env), ...Object.keys(v.secrets.env)];
    expect(names).toEqual(expect.arrayContaining(['HOST', 'PORT', 'RH_JOBS_IN_API', 'DATABASE_URL']));
    for (const name of names) expect(SETTINGS, name).toContain(name);
  });

  it('wires probes to the health endpoints and migrates in a pre-upgrade hook', () => {
    const t = templates();
    for (const file of ['api-deployment.yaml', 'worker-deployment.yaml']) {
      expect(t[file]).toMatch(/livenessProbe:\s+httpGet:\s+path: \/health\/live/);
      expect(t[file]).toMatch(/readinessProbe:\s+httpGet:\s+path: \/health\/ready/);
    }
    expect(t['migrate-job.yaml']).toMatch(/helm\.sh\/hook: pre-upgrade/);
    expect(t['migrate-job.yaml']).toContain("args: ['migrate']");
    expect(t['api-hpa.yaml']).toContain('name: cpu');
    expect(t['api-pdb.yaml']).toContain('kind: PodDisruptionBudget');
  });
});

describe('commands the artefacts run', () => {
  it('are commands and options of the CLI', () => {
    const cli = read('src/cli/main.ts');
    const argv = [
      ...rosterhubServices().flatMap(([, s]) => s.command ?? []),
      ...Object.values(templates()).flatMap((t) =>
        [...t.matchAll(/^\s+- (--?[a-z-]+|worker)$|args: \['([a-z]+)'/gm)].map((m) => (m[1] ?? m[2])!),
      ),
    ];
    const commands = argv.filter((a) => /^[a-z]+$/.test(a));
    const options = argv.filter((a) => a.startsWith('--'));
    expect(new Set(commands)).toEqual(new Set(['migrate', 'serve', 'worker']));
    for (const c of commands) expect(cli, c).toContain(`.command('${c}')`);
    expect(options.length).toBeGreaterThanOrEqual(3);
    for (const o of options) expect(cli, o).toContain(`'${o} <`);
  });
});
