-- RosterHub schema, version 3: what the REST rostering API reads by.
-- data_version moves whenever an import changes a tenant's records: API nodes key their response
-- caches by it, so a cached page can never outlive the data it was rendered from.
ALTER TABLE tenants ADD COLUMN data_version bigint NOT NULL DEFAULT 0;

-- Relationship lookups of the nested endpoints (/classes/{id}/students, /users/{id}/classes,
-- roles of a page of users). Each index costs import throughput, so only the ones that turn a
-- tenant-wide scan into a lookup are kept; school-level enrollment reads go through classes.
CREATE INDEX enrollments_class_idx ON enrollments (tenant_id, class_sourced_id);
CREATE INDEX enrollments_user_idx ON enrollments (tenant_id, user_sourced_id);
CREATE INDEX roles_user_idx ON roles (tenant_id, user_sourced_id);
CREATE INDEX user_profiles_user_idx ON user_profiles (tenant_id, user_sourced_id);
CREATE INDEX classes_school_idx ON classes (tenant_id, school_sourced_id);
CREATE INDEX classes_course_idx ON classes (tenant_id, course_sourced_id);
