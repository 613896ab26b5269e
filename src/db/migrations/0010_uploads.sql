-- RosterHub schema, version 10: uploads over HTTP (background jobs, progress, history, revert),
-- the previous versions of records an upload changed (what a revert restores), and per-tenant
-- webhooks. Keys start with tenant_id like every other tenant table.

CREATE TABLE uploads (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  status text NOT NULL
    CHECK (status IN ('queued', 'validating', 'applying', 'completed', 'failed', 'cancelled', 'reverted')),
  dry_run boolean NOT NULL DEFAULT false,
  -- Null: the tenant's setting when the upload runs.
  profile text CHECK (profile IN ('oneroster', 'japan', 'eportal')),
  -- Same content as the tenant's last successful upload: recorded, nothing run.
  noop boolean NOT NULL DEFAULT false,
  source_kind text NOT NULL CHECK (source_kind IN ('zip', 'files')),
  source_name text NOT NULL,
  storage_key text NOT NULL,
  content_hash text NOT NULL,
  size_bytes bigint NOT NULL,
  idempotency_key text,
  actor_type text NOT NULL,
  actor_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  -- The import's single timestamp: dateLastModified/dateCreated of every record it wrote.
  applied_at timestamptz,
  finished_at timestamptz,
  -- Incremented by each run: a fencing token (only the latest run may commit) and the retry count.
  attempts integer NOT NULL DEFAULT 0,
  heartbeat_at timestamptz,
  cancel_requested boolean NOT NULL DEFAULT false,
  progress jsonb NOT NULL DEFAULT '{}',
  files jsonb NOT NULL DEFAULT '{}',
  report jsonb,
  error_count integer NOT NULL DEFAULT 0,
  warning_count integer NOT NULL DEFAULT 0,
  failure jsonb,
  timings jsonb NOT NULL DEFAULT '{}',
  files_deleted_at timestamptz,
  -- The previous record versions are gone (revert window passed): no revert any more.
  versions_forgotten_at timestamptz,
  reverted_at timestamptz,
  reverted_by_type text,
  reverted_by_id text,
  revert_counts jsonb,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX uploads_idempotency_idx ON uploads (tenant_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
CREATE INDEX uploads_created_idx ON uploads (tenant_id, created_at DESC);
-- Recovery and housekeeping scan across tenants (platform role): unfinished uploads, kept files.
CREATE INDEX uploads_unfinished_idx ON uploads (status) WHERE status IN ('queued', 'validating', 'applying');
CREATE INDEX uploads_files_kept_idx ON uploads (created_at) WHERE files_deleted_at IS NULL;

CREATE TABLE record_versions (
  tenant_id uuid NOT NULL,
  import_id uuid NOT NULL,
  table_name text NOT NULL,
  sourced_id text NOT NULL,
  -- The whole stored row before the import changed it (PII columns stay encrypted).
  previous jsonb NOT NULL,
  PRIMARY KEY (tenant_id, import_id, table_name, sourced_id)
);

ALTER TABLE tenant_settings
  ADD COLUMN webhook_url text,
  -- Encrypted like PII (it signs the deliveries, so it must be readable by the server).
  ADD COLUMN webhook_secret text;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['uploads', 'record_versions']
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
