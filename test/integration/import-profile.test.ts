import { describe, expect, it } from 'vitest';
import { tenantSettingsRepository } from '../../src/repositories/tenant-settings.repository.js';
import { importBundle } from '../../src/services/import.service.js';
import { createTenant } from '../../src/services/tenant.service.js';
import { minimalBundle, writeBundleDir } from '../helpers/bundle.js';
import { testTargets, useDatabase } from '../helpers/db.js';

const targets = await testTargets();

describe.each(targets)("an import's validation profile on $name", (target) => {
  const db = useDatabase(target);

  it("defaults to the tenant's setting, then to japan; an explicit profile wins", async () => {
    const bundle = await writeBundleDir(minimalBundle());
    const { tenant } = await createTenant(db(), 'profiled');
    expect(await importBundle(db(), bundle, { tenant: 'profiled', dryRun: true })).toMatchObject({
      profile: 'japan',
      status: 'dry-run',
    });
    await db().withTenant(tenant.id, (tx) =>
      tenantSettingsRepository.upsert(tx.kysely, tenant.id, {
        profile: 'oneroster',
        auditRetentionDays: null,
        updatedBy: null,
      }),
    );
    const bySetting = await importBundle(db(), bundle, { tenant: 'profiled' });
    expect(bySetting).toMatchObject({ profile: 'oneroster', status: 'completed' });
    const explicit = await importBundle(db(), bundle, { tenant: 'profiled', profile: 'japan', dryRun: true });
    expect(explicit.profile).toBe('japan');
  });
});
