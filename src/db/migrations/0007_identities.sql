-- RosterHub schema, version 7: identities and roles for the admin API.
-- Admin users and their sessions are platform-level (one person may belong to several tenants);
-- memberships and tenant settings are tenant data under the same row-level security as the rest.

CREATE TABLE admin_users (
  id uuid PRIMARY KEY,
  -- Personal data: stored lower-case so lookups are exact; never written to the log.
  email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  -- Self-describing scrypt hash (`scrypt$N$r$p$salt$hash`).
  password_hash text NOT NULL,
  is_platform_admin boolean NOT NULL DEFAULT false,
  must_change_password boolean NOT NULL DEFAULT true,
  failed_attempts integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz
);

CREATE TABLE memberships (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  user_id uuid NOT NULL REFERENCES admin_users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('admin', 'uploader', 'reader')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

-- The id is the SHA-256 (hex) of the random cookie token: the store never holds a usable token.
CREATE TABLE sessions (
  id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL REFERENCES admin_users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE tenant_settings (
  tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
  profile text NOT NULL DEFAULT 'japan' CHECK (profile IN ('oneroster', 'japan', 'eportal')),
  -- Null: the platform default (RH_AUDIT_RETENTION_DAYS).
  audit_retention_days integer CHECK (audit_retention_days BETWEEN 1 AND 36600),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);

-- API clients carry tenant roles as well as OneRoster scopes.
ALTER TABLE api_clients ADD COLUMN roles text[] NOT NULL DEFAULT '{reader}'
  CHECK (roles <@ ARRAY['admin', 'uploader', 'reader']::text[]);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['memberships', 'tenant_settings']
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
