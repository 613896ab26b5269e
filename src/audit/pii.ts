import type { FieldDef, FileDef } from '../model/index.js';

/**
 * Fields holding personal data, by file: stored encrypted (random IV, so their ciphertexts differ at
 * every write and cannot be compared), and never written to the audit log by value or by name — an
 * audited change to them reads `pii`. A `pii: true` flag on the FieldDef, when the model gains one,
 * is honoured as well.
 */
export const PII_FIELDS: Readonly<Record<string, readonly string[]>> = {
  users: ['email', 'sms', 'phone', 'password'],
  userProfiles: ['username', 'password'],
  demographics: ['birthDate'],
};

/** The placeholder listed when only personal fields changed. */
export const PII_CHANGE = 'pii';

export function isPiiField(file: FileDef, field: FieldDef): boolean {
  return field.pii === true || (PII_FIELDS[file.name]?.includes(field.key) ?? false);
}
