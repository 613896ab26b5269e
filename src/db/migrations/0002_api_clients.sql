-- RosterHub schema, version 2: OAuth 2.0 client credentials for the REST API.
-- Clients belong to one tenant; a token they obtain reads that tenant's roster only.

CREATE TABLE api_clients (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id text PRIMARY KEY CHECK (id ~ '^rh_[A-Za-z0-9]{24}$'),
  name text NOT NULL,
  -- Self-describing scrypt hash (`scrypt$N$r$p$salt$hash`): the plaintext is shown once, never stored.
  secret_hash text NOT NULL,
  scopes text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  last_used_at timestamptz
);
CREATE INDEX api_clients_tenant_idx ON api_clients (tenant_id);

-- Revoked token ids (and `client:<id>` entries for revoked clients) until the token would expire
-- anyway; the shared store when no Redis is configured.
CREATE TABLE revoked_tokens (
  jti text PRIMARY KEY,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX revoked_tokens_expires_idx ON revoked_tokens (expires_at);
