-- RosterHub schema, version 8: per-tenant hourly budgets (NULL: the platform default).
ALTER TABLE tenant_settings
  ADD COLUMN reads_per_hour integer CHECK (reads_per_hour > 0),
  ADD COLUMN uploads_per_hour integer CHECK (uploads_per_hour > 0);
