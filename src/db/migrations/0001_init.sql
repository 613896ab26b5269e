-- RosterHub schema, version 1: tenants, imports and the nine roster tables.
-- Every key starts with tenant_id so the schema can later be distributed by tenant.
-- Roster tables carry no foreign key to tenants: a per-row FK trigger costs bulk COPY throughput,
-- and tenant removal is a service operation that deletes its rows explicitly.

CREATE TABLE tenants (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE imports (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('completed', 'failed', 'validated')),
  dry_run boolean NOT NULL DEFAULT false,
  source_name text NOT NULL,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  duration_ms integer NOT NULL,
  manifest jsonb,
  row_counts jsonb NOT NULL DEFAULT '{}',
  change_counts jsonb NOT NULL DEFAULT '{}',
  error_count integer NOT NULL DEFAULT 0,
  warning_count integer NOT NULL DEFAULT 0,
  issues jsonb NOT NULL DEFAULT '[]',
  timings jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX imports_started_idx ON imports (tenant_id, started_at DESC);

CREATE TABLE academic_sessions (
  tenant_id uuid NOT NULL,
  sourced_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'tobedeleted')),
  date_created timestamptz NOT NULL,
  date_last_modified timestamptz NOT NULL,
  content_hash text NOT NULL,
  import_id uuid,
  metadata jsonb,
  title text,
  type text,
  start_date date,
  end_date date,
  parent_sourced_id text,
  school_year text,
  PRIMARY KEY (tenant_id, sourced_id)
);
CREATE INDEX academic_sessions_modified_idx ON academic_sessions (tenant_id, date_last_modified);

CREATE TABLE orgs (
  tenant_id uuid NOT NULL,
  sourced_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'tobedeleted')),
  date_created timestamptz NOT NULL,
  date_last_modified timestamptz NOT NULL,
  content_hash text NOT NULL,
  import_id uuid,
  metadata jsonb,
  name text,
  type text,
  identifier text,
  parent_sourced_id text,
  PRIMARY KEY (tenant_id, sourced_id)
);
CREATE INDEX orgs_modified_idx ON orgs (tenant_id, date_last_modified);

CREATE TABLE courses (
  tenant_id uuid NOT NULL,
  sourced_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'tobedeleted')),
  date_created timestamptz NOT NULL,
  date_last_modified timestamptz NOT NULL,
  content_hash text NOT NULL,
  import_id uuid,
  metadata jsonb,
  school_year_sourced_id text,
  title text,
  course_code text,
  grades text[],
  org_sourced_id text,
  subjects text[],
  subject_codes text[],
  PRIMARY KEY (tenant_id, sourced_id)
);
CREATE INDEX courses_modified_idx ON courses (tenant_id, date_last_modified);

CREATE TABLE classes (
  tenant_id uuid NOT NULL,
  sourced_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'tobedeleted')),
  date_created timestamptz NOT NULL,
  date_last_modified timestamptz NOT NULL,
  content_hash text NOT NULL,
  import_id uuid,
  metadata jsonb,
  title text,
  grades text[],
  course_sourced_id text,
  class_code text,
  class_type text,
  location text,
  school_sourced_id text,
  term_sourced_ids text[],
  subjects text[],
  subject_codes text[],
  periods text[],
  special_needs boolean,
  PRIMARY KEY (tenant_id, sourced_id)
);
CREATE INDEX classes_modified_idx ON classes (tenant_id, date_last_modified);

CREATE TABLE users (
  tenant_id uuid NOT NULL,
  sourced_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'tobedeleted')),
  date_created timestamptz NOT NULL,
  date_last_modified timestamptz NOT NULL,
  content_hash text NOT NULL,
  import_id uuid,
  metadata jsonb,
  enabled_user boolean,
  username text,
  user_ids text[],
  given_name text,
  family_name text,
  middle_name text,
  identifier text,
  email text,
  sms text,
  phone text,
  agent_sourced_ids text[],
  grades text[],
  password text,
  user_master_identifier text,
  resource_sourced_ids text[],
  preferred_given_name text,
  preferred_middle_name text,
  preferred_family_name text,
  primary_org_sourced_id text,
  pronouns text,
  kana_given_name text,
  kana_family_name text,
  kana_middle_name text,
  home_class text,
  kana_preferred_family_name text,
  kana_preferred_given_name text,
  kana_preferred_middle_name text,
  PRIMARY KEY (tenant_id, sourced_id)
);
CREATE INDEX users_modified_idx ON users (tenant_id, date_last_modified);

CREATE TABLE user_profiles (
  tenant_id uuid NOT NULL,
  sourced_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'tobedeleted')),
  date_created timestamptz NOT NULL,
  date_last_modified timestamptz NOT NULL,
  content_hash text NOT NULL,
  import_id uuid,
  metadata jsonb,
  user_sourced_id text,
  profile_type text,
  vendor_id text,
  application_id text,
  description text,
  credential_type text,
  username text,
  password text,
  PRIMARY KEY (tenant_id, sourced_id)
);
CREATE INDEX user_profiles_modified_idx ON user_profiles (tenant_id, date_last_modified);

CREATE TABLE roles (
  tenant_id uuid NOT NULL,
  sourced_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'tobedeleted')),
  date_created timestamptz NOT NULL,
  date_last_modified timestamptz NOT NULL,
  content_hash text NOT NULL,
  import_id uuid,
  metadata jsonb,
  user_sourced_id text,
  role_type text,
  role text,
  begin_date date,
  end_date date,
  org_sourced_id text,
  user_profile_sourced_id text,
  PRIMARY KEY (tenant_id, sourced_id)
);
CREATE INDEX roles_modified_idx ON roles (tenant_id, date_last_modified);

CREATE TABLE enrollments (
  tenant_id uuid NOT NULL,
  sourced_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'tobedeleted')),
  date_created timestamptz NOT NULL,
  date_last_modified timestamptz NOT NULL,
  content_hash text NOT NULL,
  import_id uuid,
  metadata jsonb,
  class_sourced_id text,
  school_sourced_id text,
  user_sourced_id text,
  role text,
  is_primary boolean,
  begin_date date,
  end_date date,
  shusseki_no integer,
  public_flg boolean,
  PRIMARY KEY (tenant_id, sourced_id)
);
CREATE INDEX enrollments_modified_idx ON enrollments (tenant_id, date_last_modified);

CREATE TABLE demographics (
  tenant_id uuid NOT NULL,
  sourced_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'tobedeleted')),
  date_created timestamptz NOT NULL,
  date_last_modified timestamptz NOT NULL,
  content_hash text NOT NULL,
  import_id uuid,
  metadata jsonb,
  birth_date date,
  sex text,
  american_indian_or_alaska_native boolean,
  asian boolean,
  black_or_african_american boolean,
  native_hawaiian_or_other_pacific_islander boolean,
  white boolean,
  demographic_race_two_or_more_races boolean,
  hispanic_or_latino_ethnicity boolean,
  country_of_birth_code text,
  state_of_birth_abbreviation text,
  city_of_birth text,
  public_school_residence_status text,
  PRIMARY KEY (tenant_id, sourced_id)
);
CREATE INDEX demographics_modified_idx ON demographics (tenant_id, date_last_modified);

