-- RosterHub schema, version 4: row-level security as defence in depth.
-- Tenant-scoped work runs as rosterhub_app (SET LOCAL ROLE inside its transaction, with
-- app.tenant_id set): that role owns nothing and cannot bypass RLS, so a query that forgets its
-- tenant condition still sees one tenant only. Platform work (tenants, migrations, the token
-- endpoint's client lookup) runs as the connecting owner role, which RLS does not restrict.
-- Every later table with a tenant_id must get the same policy (a test checks that none lacks it).

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rosterhub_app') THEN
    CREATE ROLE rosterhub_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO rosterhub_app;

DO $$
DECLARE
  t text;
BEGIN
  FOR t IN
    SELECT c.table_name
    FROM information_schema.columns c
    JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND c.column_name = 'tenant_id' AND tb.table_type = 'BASE TABLE'
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO rosterhub_app
         USING (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)
         WITH CHECK (tenant_id = NULLIF(current_setting(''app.tenant_id'', true), '''')::uuid)',
      t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO rosterhub_app', t);
  END LOOP;
END $$;

-- The tenant's own row: read, and its data version moved by an import.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants TO rosterhub_app
  USING (id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
GRANT SELECT ON tenants TO rosterhub_app;
GRANT UPDATE (data_version) ON tenants TO rosterhub_app;
