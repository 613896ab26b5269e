-- RosterHub schema, version 9: an API client gets admin-API roles only when they are asked for.
-- A rostering client (the common case) needs scopes, not access to the tenant's settings.
ALTER TABLE api_clients ALTER COLUMN roles SET DEFAULT '{}';
