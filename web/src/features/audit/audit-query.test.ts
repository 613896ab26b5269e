import { describe, expect, it } from 'vitest';
import { auditCsvUrl, auditQuery, compactDetails, NO_FILTERS, statusValid } from './audit-query';

describe('audit filters', () => {
  it('sends only the filters set, dates as instants', () => {
    expect(auditQuery(NO_FILTERS)).toEqual({});
    const q = auditQuery({
      kind: 'auth.denied',
      actorId: ' rh_abc ',
      since: '2026-04-01T09:00',
      until: '',
      status: '403',
    });
    expect(q).toMatchObject({ kind: 'auth.denied', actorId: 'rh_abc', status: '403' });
    expect(q.since).toBe(new Date('2026-04-01T09:00').toISOString());
    expect(q).not.toHaveProperty('until');
  });

  it('builds the CSV link with the same filters', () => {
    expect(auditCsvUrl('minato', NO_FILTERS)).toBe('/api/v1/tenants/minato/audit.csv');
    expect(auditCsvUrl('minato', { ...NO_FILTERS, kind: 'api.request', status: '200' })).toBe(
      '/api/v1/tenants/minato/audit.csv?kind=api.request&status=200',
    );
  });

  it('checks the status and shortens details', () => {
    expect(statusValid('')).toBe(true);
    expect(statusValid('404')).toBe(true);
    expect(statusValid('99')).toBe(false);
    expect(statusValid('abc')).toBe(false);
    expect(compactDetails({ files: 3, scope: 'roster.readonly', ids: ['a'] })).toBe(
      'files: 3 · scope: roster.readonly · ids: ["a"]',
    );
    expect(compactDetails(null)).toBe('');
    expect(compactDetails({ long: 'x'.repeat(500) }, 20)).toHaveLength(20);
  });
});
