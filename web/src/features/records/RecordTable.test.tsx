// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderUi } from '../../test/render';
import { RecordTable } from './RecordTable';
import type { RecordRow } from './record-model';
afterEach(cleanup);

const rows: RecordRow[] = [
  {
    sourcedId: 'user/1',
    status: 'active',
    dateLastModified: '2026-04-01T00:00:00.000Z',
    familyName: '山田',
    givenName: '太郎',
    kanaFamilyName: 'ヤマダ',
    kanaGivenName: 'タロウ',
    roles: ['student', 'ext:helper'],
  },
  {
    sourcedId: 'user-2',
    status: 'tobedeleted',
    dateLastModified: '2026-04-02T00:00:00.000Z',
    familyName: '佐藤',
    givenName: null,
    roles: [],
  },
];

describe('RecordTable', () => {
  it('names users family name first with kana below, roles and status in words, linking each record', async () => {
    await renderUi(<RecordTable slug="kita" entity="users" rows={rows} />, { lng: 'ja' });
    const table = screen.getByRole('table', { name: '利用者の一覧' });
    const [, first, second] = within(table).getAllByRole('row');
    const link = within(first!).getByRole('link', { name: '山田 太郎' });
    expect(link.getAttribute('href')).toBe('/t/kita/records/users/user%2F1');
    expect(first!.textContent).toContain('ヤマダ タロウ');
    expect(first!.textContent).toContain('児童生徒');
    expect(first!.textContent).toContain('ext:helper');
    expect(first!.textContent).toContain('有効');
    expect(second!.textContent).toContain('削除済み');
    expect(within(second!).getByRole('link').textContent).toBe('佐藤');
  });

  it('speaks English when asked, with the columns of the tab', async () => {
    const orgs: RecordRow[] = [
      {
        sourcedId: 'org-1',
        status: 'active',
        dateLastModified: '2026-04-01T00:00:00.000Z',
        name: '北町第一小学校',
        type: 'school',
        identifier: 'B101',
        parentName: '北町教育委員会',
      },
    ];
    await renderUi(<RecordTable slug="kita" entity="orgs" rows={orgs} />, { lng: 'en' });
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual([
      'Title',
      'Type',
      'Identifier',
      'Parent org',
      'sourcedId',
      'Status',
      'Last modified',
    ]);
    const row = screen.getAllByRole('row')[1]!;
    expect(row.textContent).toContain('School');
    expect(row.textContent).toContain('北町教育委員会');
  });
});
