// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderUi } from '../../test/render';
import { ChangeHistory } from './ChangeHistory';
import type { Change } from './record-model';
afterEach(cleanup);

const UPLOAD = '0b7c4f7e-3c0e-4f4e-9d7a-1b2c3d4e5f60';
const history: Change[] = [
  {
    at: '2026-04-02T01:00:00.000Z',
    change: 'updated',
    fields: ['givenName', 'metadata.jp.kanaGivenName', 'orgSourcedId'],
    importId: UPLOAD,
    isUpload: true,
    actor: { type: 'user', id: 'x' },
  },
  {
    at: '2026-04-01T01:00:00.000Z',
    change: 'created',
    fields: null,
    importId: 'cli-import',
    isUpload: false,
    actor: { type: 'system', id: null },
  },
];

describe('ChangeHistory', () => {
  it('says what changed in words, and links the upload that did it', async () => {
    await renderUi(<ChangeHistory slug="kita" history={history} truncated />, { lng: 'ja' });
    const [, updated, created] = screen.getAllByRole('row');
    expect(updated!.textContent).toContain('更新');
    expect(updated!.textContent).toContain('名、名(カナ)、組織');
    expect(screen.getByRole('link', { name: 'アップロードを開く' }).getAttribute('href')).toBe(
      `/t/kita/uploads/${UPLOAD}`,
    );
    expect(created!.textContent).toContain('作成');
    expect(created!.textContent).toContain('コマンドなどによる取り込み');
    expect(screen.getByText(/新しい 2 件を表示しています/)).toBeTruthy();
  });

  it('says so when there is no history', async () => {
    await renderUi(<ChangeHistory slug="kita" history={[]} truncated={false} />, { lng: 'en' });
    expect(screen.getByText('No changes by imports are recorded.')).toBeTruthy();
  });
});
