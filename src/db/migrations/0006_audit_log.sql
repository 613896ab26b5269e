-- RosterHub schema, version 6: the audit log.
-- Append-only: API requests, sign-ins and token requests, permission denials, imports and the
-- per-record changes of imports. Bodies and PII never enter it (routes are patterns, not URLs).
-- Events of many tenants are written together by the in-process buffered writer as the owner role;
-- import record changes are written by the import transaction as rosterhub_app (they commit with it).
-- rosterhub_app may read and append its own tenant's events, never update or delete them: only the
-- retention purge, as the owner, deletes. Platform events (tenant_id NULL: an unauthenticated request,
-- a failed token request) are reachable through the owner path only.
-- Not partitioned: one B-tree by tenant and time serves the admin queries (keyset paging on
-- (at, id)), a BRIN index by time the purge (batched by ctid). No primary key: nothing references
-- an event, and every index costs each insert on the API path. Monthly range partitions are the next step if purges grow too heavy.

CREATE TABLE audit_events (
  id bigint GENERATED ALWAYS AS IDENTITY,
  tenant_id uuid NULL,
  at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL,
  actor_type text NULL CHECK (actor_type IN ('client', 'user', 'system', 'anonymous')),
  actor_id text NULL,
  method text NULL,
  route text NULL,
  status integer NULL,
  duration_ms integer NULL,
  ip text NULL,
  details jsonb NULL
);

CREATE INDEX audit_events_tenant_at ON audit_events (tenant_id, at DESC, id DESC);
-- Append-only and written in time order: a BRIN index finds old rows for the purge at almost no
-- write cost (a B-tree on `at` would double the index work of every insert).
CREATE INDEX audit_events_at ON audit_events USING brin (at);

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_events TO rosterhub_app
  USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
-- Append-only for the application role: no UPDATE, no DELETE, no TRUNCATE.
REVOKE ALL ON audit_events FROM rosterhub_app;
GRANT SELECT, INSERT ON audit_events TO rosterhub_app;
