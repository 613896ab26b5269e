import { describe, expect, it } from 'vitest';
import { formOf, parseLimit, platformDefault, settingsBody, type Settings } from './settings-form';

const stored: Settings = {
  profile: 'japan',
  auditRetentionDays: null,
  effectiveAuditRetentionDays: 1830,
  readsPerHour: 5000,
  effectiveReadsPerHour: 5000,
  uploadsPerHour: null,
  effectiveUploadsPerHour: 60,
  webhookUrl: null,
  updatedAt: null,
};

describe('settings form', () => {
  it('blank is the platform default (null); numbers must be whole and positive', () => {
    expect(parseLimit('')).toBeNull();
    expect(parseLimit(' 30 ')).toBe(30);
    expect(parseLimit('３０')).toBe(30);
    expect(parseLimit('0')).toBe('invalid');
    expect(parseLimit('1.5')).toBe('invalid');
  });

  it('round-trips the stored settings and names the invalid fields', () => {
    const form = formOf(stored);
    expect(form).toEqual({
      profile: 'japan',
      auditRetentionDays: '',
      readsPerHour: '5000',
      uploadsPerHour: '',
    });
    expect(settingsBody({ ...form, profile: 'eportal', uploadsPerHour: '10' })).toEqual({
      body: { profile: 'eportal', auditRetentionDays: null, readsPerHour: 5000, uploadsPerHour: 10 },
    });
    expect(settingsBody({ ...form, readsPerHour: '-1' })).toEqual({ invalid: ['readsPerHour'] });
  });

  it('knows the platform default only where the tenant has no value of its own', () => {
    expect(platformDefault(stored, 'auditRetentionDays')).toBe(1830);
    expect(platformDefault(stored, 'readsPerHour')).toBeNull();
  });
});
