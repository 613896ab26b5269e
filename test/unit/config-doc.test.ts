import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENV_SCHEMA, loadConfig } from '../../src/config/config.js';
import { OPERATIONS_DOC, readConfigSettings, renderOperationsDoc } from '../../scripts/write-config-doc.js';

/** With S3 configured, so that the S3 settings' defaults change something when they are wrong. */
const BASE = {
  S3_ENDPOINT: 'http://127.0.0.1:9000',
  S3_BUCKET: 'rosterhub',
  S3_ACCESS_KEY_ID: 'id',
  S3_SECRET_ACCESS_KEY: 'secret',
};

describe('the configuration reference in docs/operations.md', () => {
  it('is the rendering of the current schema (run `npm run docs:config` after changing a setting)', async () => {
    const doc = readFileSync(OPERATIONS_DOC, 'utf8');
    expect(doc).toBe(await renderOperationsDoc(doc));
  });

  it('lists every setting of the schema once', async () => {
    const doc = await renderOperationsDoc(readFileSync(OPERATIONS_DOC, 'utf8'));
    for (const name of Object.keys(ENV_SCHEMA.properties))
      expect(doc.match(new RegExp(`^\\| \`${name}\` +\\|`, 'gm')), name).toHaveLength(1);
  });

  it('reads the meaning of a setting from its doc comment', () => {
    const byName = new Map(readConfigSettings().map((s) => [s.name, s]));
    expect(byName.get('DATABASE_READ_URL')!.meaning).toMatch(/^A read replica of DATABASE_URL/);
    expect(byName.get('RH_JOBS_IN_API')!.accepts).toBe('`true`, `false`');
  });

  it('gives each setting the default loadConfig applies: setting it explicitly changes nothing', () => {
    const settings = readConfigSettings();
    const withDefaults = settings.filter((s) => s.default !== null);
    expect(withDefaults.length).toBeGreaterThanOrEqual(30);
    const defaults = Object.fromEntries(withDefaults.map((s) => [s.name, s.default!]));
    const unset = loadConfig(BASE);
    for (const s of withDefaults) {
      // `http://${HOST}:${PORT}` refers to other settings' defaults.
      const value = s.default!.replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => defaults[name] ?? '');
      expect(loadConfig({ ...BASE, [s.name]: value }), `${s.name}=${value}`).toEqual(unset);
    }
  });
});
