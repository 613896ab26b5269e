-- RosterHub schema, version 11: a platform administrator may disable a tenant (NULL: enabled).
-- A disabled tenant keeps its data; its API clients get no tokens, its members no admin access.
ALTER TABLE tenants ADD COLUMN disabled_at timestamptz;
