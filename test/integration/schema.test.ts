import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { columnType, storedFields, writtenColumns } from '../../src/db/roster-columns.js';
import { ROSTER_FILES } from '../../src/model/index.js';
import { testTargets, useDatabase } from '../helpers/db.js';

const targets = await testTargets();

/** Postgres reports arrays as ARRAY with the element type in udt_name (`_text`). */
function reported(type: string): string {
  return type.endsWith('[]') ? `_${type.slice(0, -2)}` : type;
}

describe.each(targets)('schema on $name', (target) => {
  const database = useDatabase(target);

  it.each(ROSTER_FILES.map((f) => [f.table, f] as const))(
    'table %s has exactly the columns the model declares',
    async (table, file) => {
      const r = await database().transaction((tx) =>
        tx.query<{ column_name: string; udt_name: string }>(
          `SELECT column_name, udt_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
          [table],
        ),
      );
      expect(r.rows.map((c) => c.column_name)).toEqual(writtenColumns(file));
      const types = new Map(r.rows.map((c) => [c.column_name, c.udt_name]));
      for (const f of storedFields(file)) {
        const expected = reported(columnType(f)).replace('boolean', 'bool').replace('integer', 'int4');
        expect([f.column, types.get(f.column)]).toEqual([f.column, expected]);
      }
    },
  );

  it('keys every roster table by (tenant_id, sourced_id) and indexes delta reads', async () => {
    const r = await database().transaction((tx) =>
      tx.query<{ tablename: string; indexdef: string }>(
        `SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'`,
      ),
    );
    for (const f of ROSTER_FILES) {
      const defs = r.rows.filter((i) => i.tablename === f.table).map((i) => i.indexdef);
      expect(defs.some((d) => d.includes('UNIQUE') && d.includes('(tenant_id, sourced_id)'))).toBe(true);
      expect(defs.some((d) => d.includes('(tenant_id, date_last_modified)'))).toBe(true);
    }
  });

  it('applies migrations once: a second run applies nothing', async () => {
    expect(await migrate(database())).toEqual([]);
  });
});
