import type { BodyOf, ResponseOf } from '../../api/client';

export type Settings = ResponseOf<'/api/v1/tenants/{slug}/settings', 'get'>;
export type SettingsBody = BodyOf<'/api/v1/tenants/{slug}/settings', 'put'>;
export type Profile = Settings['profile'];

export const PROFILES = [
  { value: 'japan', label: 'profileJapan', body: 'profileJapanBody' },
  { value: 'oneroster', label: 'profileOneroster', body: 'profileOnerosterBody' },
  { value: 'eportal', label: 'profileEportal', body: 'profileEportalBody' },
] as const;

/** The form as typed: numbers are text so that blank (the platform default) is possible. */
export interface SettingsForm {
  profile: Profile;
  auditRetentionDays: string;
  readsPerHour: string;
  uploadsPerHour: string;
}

export const NUMBER_FIELDS = ['auditRetentionDays', 'readsPerHour', 'uploadsPerHour'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export function formOf(s: Settings): SettingsForm {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    profile: s.profile,
    auditRetentionDays: text(s.auditRetentionDays),
    readsPerHour: text(s.readsPerHour),
    uploadsPerHour: text(s.uploadsPerHour),
  };
}

/** Blank is null (the platform default); anything else must be a whole number of 1 or more. */
export function parseLimit(text: string): number | null | 'invalid' {
  const v = text.trim().normalize('NFKC');
  if (v === '') return null;
  if (!/^\d+$/.test(v)) return 'invalid';
  const n = Number(v);
  return n >= 1 && Number.isSafeInteger(n) ? n : 'invalid';
}

/** The PUT body, or the fields that are not valid. */
export function settingsBody(form: SettingsForm): { body: SettingsBody } | { invalid: NumberField[] } {
  const parsed = NUMBER_FIELDS.map((f) => [f, parseLimit(form[f])] as const);
  const invalid = parsed.filter(([, v]) => v === 'invalid').map(([f]) => f);
  if (invalid.length) return { invalid };
  const value = Object.fromEntries(parsed) as Record<NumberField, number | null>;
  return { body: { profile: form.profile, ...value } };
}

/** The platform default of a limit, when the settings reveal it (the tenant has none of its own). */
export function platformDefault(s: Settings, f: NumberField): number | null {
  return s[f] === null ? effectiveOf(s, f) : null;
}

export function effectiveOf(s: Settings, f: NumberField): number {
  return {
    auditRetentionDays: s.effectiveAuditRetentionDays,
    readsPerHour: s.effectiveReadsPerHour,
    uploadsPerHour: s.effectiveUploadsPerHour,
  }[f];
}
