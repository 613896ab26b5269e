/**
 * Prints CREATE TABLE statements for the roster tables as the model declares them: a starting point
 * when a model change needs a migration (test/integration/schema.test.ts checks they agree).
 */
import { SQL_TYPES, storedFields } from '../src/db/roster-columns.js';
import { ROSTER_FILES } from '../src/model/index.js';

for (const file of ROSTER_FILES) {
  const cols = storedFields(file).map((f) => `  ${f.column} ${SQL_TYPES[f.type]}`);
  console.log(`CREATE TABLE ${file.table} (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  sourced_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'tobedeleted')),
  date_created timestamptz NOT NULL,
  date_last_modified timestamptz NOT NULL,
  content_hash text NOT NULL,
  import_id uuid,
  metadata jsonb,
${cols.join(',\n')},
  PRIMARY KEY (tenant_id, sourced_id)
);
CREATE INDEX ${file.table}_modified_idx ON ${file.table} (tenant_id, date_last_modified);
`);
}
