// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../test/render';
import RecordsPage from './RecordsPage';
import type { RecordPage } from './record-model';

type Call = [string, { params: { path: Record<string, string>; query: Record<string, unknown> } }];
const get = vi.hoisted(() => vi.fn<(...args: Call) => Promise<unknown>>());
vi.mock('../../api/client', () => ({
  api: { GET: get },
  call: <T,>(p: Promise<T>) => p,
}));
vi.mock('../../session/session', async (original) => ({
  ...(await original<typeof import('../../session/session')>()),
  useSignedIn: () => ({
    user: { id: 'u', email: 'a@example.test', isPlatformAdmin: false, mustChangePassword: false },
    tenants: [{ slug: 'kita', role: 'uploader' }],
    csrfToken: 'x',
    expiresAt: '2030-01-01T00:00:00.000Z',
  }),
}));
afterEach(() => {
  cleanup();
  get.mockReset();
});

const page = (p: Partial<RecordPage>): RecordPage => ({
  entity: 'users',
  rows: [],
  total: 0,
  limit: 25,
  offset: 0,
  tenantHasData: true,
  ...p,
});

function open(path: string) {
  return renderUi(
    <Routes>
      <Route path="/t/:slug/records" element={<RecordsPage />} />
      <Route path="/t/:slug/records/:entity" element={<RecordsPage />} />
    </Routes>,
    { lng: 'ja', path },
  );
}

describe('RecordsPage', () => {
  it('asks the API for what the address says: tab, search words, filter and page', async () => {
    get.mockResolvedValue(page({ total: 60, rows: [] }));
    await open('/t/kita/records/enrollments?q=%E3%82%84%E3%81%BE%E3%81%A0&kind=teacher&page=2');
    await waitFor(() => expect(get).toHaveBeenCalled());
    expect(get).toHaveBeenCalledWith('/api/v1/tenants/{slug}/records/{entity}', {
      params: {
        path: { slug: 'kita', entity: 'enrollments' },
        query: { q: 'やまだ', role: 'teacher', limit: 25, offset: 25 },
      },
    });
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: '検索' }).value).toBe('やまだ');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('クラス所属');
  });

  it('points to the upload page when the tenant has no data at all', async () => {
    get.mockResolvedValue(page({ tenantHasData: false }));
    await open('/t/kita/records');
    expect(await screen.findByText('まだ名簿データがありません')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'アップロードする' }).getAttribute('href')).toBe(
      '/t/kita/upload',
    );
    expect(get.mock.calls[0]![1].params.path.entity).toBe('users');
  });

  it('offers to clear the filters when nothing matches', async () => {
    get.mockResolvedValue(page({}));
    await open('/t/kita/records/users?status=tobedeleted');
    expect(await screen.findByText('該当するレコードがありません')).toBeTruthy();
    screen.getByRole('button', { name: '検索と絞り込みを解除' }).click();
    await waitFor(() => expect(get.mock.calls.at(-1)![1].params.query).toEqual({ limit: 25, offset: 0 }));
  });

  it('explains an unknown kind of record', async () => {
    await open('/t/kita/records/students');
    expect(screen.getByText('この種類のレコードはありません')).toBeTruthy();
    expect(get).not.toHaveBeenCalled();
  });
});
