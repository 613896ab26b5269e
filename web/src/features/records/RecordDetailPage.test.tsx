// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/errors';
import { renderUi } from '../../test/render';
import RecordDetailPage from './RecordDetailPage';
import type { RecordDetail } from './record-model';

const get = vi.hoisted(() => vi.fn());
vi.mock('../../api/client', () => ({
  api: { GET: get },
  call: <T,>(p: Promise<T>) => p,
}));
afterEach(() => {
  cleanup();
  get.mockReset();
});

const ref = (type: string, sourcedId: string) => ({ href: `https://x/${sourcedId}`, sourcedId, type });
const detail: RecordDetail = {
  entity: 'users',
  sourcedId: 'u-1',
  record: {
    sourcedId: 'u-1',
    status: 'active',
    dateLastModified: '2026-04-01T00:00:00.000Z',
    metadata: { jp: { kanaGivenName: 'タロウ', kanaFamilyName: 'ヤマダ' } },
    enabledUser: 'true',
    givenName: '太郎',
    familyName: '山田',
    roles: [{ roleType: 'primary', role: 'student', org: ref('org', 'school-1') }],
  },
  relations: [
    {
      key: 'classes',
      entity: 'classes',
      total: 1,
      truncated: false,
      items: [
        {
          entity: 'classes',
          sourcedId: 'c-1',
          name: '1年1組',
          kana: null,
          role: 'student',
          status: 'active',
        },
      ],
    },
    { key: 'agentFor', entity: 'users', total: 0, truncated: false, items: [] },
  ],
  history: [],
  historyTruncated: false,
};

function open(path: string) {
  return renderUi(
    <Routes>
      <Route path="/t/:slug/records/:entity/:sourcedId" element={<RecordDetailPage />} />
    </Routes>,
    { lng: 'ja', path },
  );
}

describe('RecordDetailPage', () => {
  it('heads the page with the name and kana, labels the fields and links the related records', async () => {
    get.mockResolvedValue(detail);
    await open('/t/kita/records/users/u-1');
    expect(await screen.findByRole('heading', { level: 1, name: '山田 太郎' })).toBeTruthy();
    expect(screen.getByText('ヤマダ タロウ')).toBeTruthy();
    const fields = screen.getByRole('table', { name: '登録内容' });
    expect(within(fields).getByRole('rowheader', { name: '姓(カナ)' })).toBeTruthy();
    expect(within(fields).getByRole('rowheader', { name: 'アカウント有効' })).toBeTruthy();
    expect(within(fields).getByRole('link', { name: 'school-1' }).getAttribute('href')).toBe(
      '/t/kita/records/orgs/school-1',
    );
    expect(screen.getByRole('link', { name: '1年1組' }).getAttribute('href')).toBe(
      '/t/kita/records/classes/c-1',
    );
    // An empty list of little interest is left out.
    expect(screen.queryByText('この人がエージェントになっている利用者')).toBeNull();
    expect(screen.getByText('取り込みによる変更の記録はありません。')).toBeTruthy();
  });

  it('says kindly when the record does not exist', async () => {
    get.mockRejectedValue(new ApiError(404, 'not_found', 'No users record', 'ありません'));
    await open('/t/kita/records/users/nobody');
    expect(await screen.findByText('レコードが見つかりません')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: '一覧へ戻る' })[0]!.getAttribute('href')).toBe(
      '/t/kita/records/users',
    );
  });
});
