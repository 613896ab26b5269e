-- RosterHub schema, version 5: personal data encrypted at rest (src/crypto/pii-cipher.ts).
-- Encrypted columns (users email/sms/phone/password, user_profiles username/password,
-- demographics birth_date) hold `v1.<kid>.<base64url(iv|ciphertext|tag)>` text, so birth dates
-- become text too. Rows written before this version keep their plaintext: a value without the
-- `v1.` prefix reads as legacy plaintext until `rosterhub keys rotate --encryption` encrypts it.
-- `users.email_bidx` is a keyed blind index (`<kid>.<HMAC-SHA256 of the trimmed, lower-cased
-- email>`) so that `filter=email='…'` still finds a user. No new table: row-level security is
-- unchanged.

ALTER TABLE demographics ALTER COLUMN birth_date TYPE text USING to_char(birth_date, 'YYYY-MM-DD');

ALTER TABLE users ADD COLUMN email_bidx text;
CREATE INDEX users_email_bidx_idx ON users (tenant_id, email_bidx);
