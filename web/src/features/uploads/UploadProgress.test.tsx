// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderUi } from '../../test/render';
import { UploadProgress } from './UploadProgress';
import { progressOf } from './upload-model';
afterEach(cleanup);

const numbers = () => screen.getByTestId('progress-numbers').textContent;

describe('UploadProgress', () => {
  it('names the phase, shows the percent on the bar and in words, and the time left', async () => {
    await renderUi(<UploadProgress phase="validating" percent={12.4} etaSeconds={95} />);
    expect(screen.getByText('内容を検証しています')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: '内容を検証しています' });
    expect(bar.getAttribute('aria-valuenow')).toBe('12');
    expect(numbers()).toBe('12% · 残り約 2 分');
    expect(screen.getByText(/名簿データはまだ変更されていません/)).toBeTruthy();
  });

  it('formats the time left in seconds, minutes, or hours and minutes', async () => {
    await renderUi(<UploadProgress phase="applying" percent={50} etaSeconds={42} />);
    expect(numbers()).toBe('50% · 残り約 42 秒');
    cleanup();
    await renderUi(<UploadProgress phase="applying" percent={50} etaSeconds={3 * 3600 + 125} />);
    expect(numbers()).toBe('50% · 残り約 3 時間 3 分');
    cleanup();
    await renderUi(<UploadProgress phase="applying" percent={50} etaSeconds={42} />, { lng: 'en' });
    expect(numbers()).toBe('50% · About 42 s left');
    expect(screen.getByText('Applying to the roster data')).toBeTruthy();
  });

  it('lists rows read per file', async () => {
    const view = {
      status: 'validating' as const,
      progress: {
        phase: 'validating',
        percent: 10,
        etaSeconds: null,
        files: { users: { rows: 1200, totalRows: 3000 }, orgs: { rows: 5, totalRows: 5 } },
      },
    };
    await renderUi(<UploadProgress phase="validating" {...progressOf(view)} />);
    const rows = within(screen.getByRole('table', { name: 'ファイルごとの進み具合' })).getAllByRole('row');
    // Processing order: orgs before users.
    expect(rows.slice(1).map((r) => r.textContent)).toEqual([
      'orgs.csv5 / 5 行',
      'users.csv1,200 / 3,000 行',
    ]);
    expect(
      screen.getByRole('progressbar', { name: 'users.csv の進み具合' }).getAttribute('aria-valuenow'),
    ).toBe('40');
  });

  it('waits in the queue with an indeterminate bar, and shows bytes while sending', async () => {
    const queued = progressOf({ status: 'queued', progress: {} });
    await renderUi(<UploadProgress phase="queued" {...queued} />);
    expect(screen.getByText('順番を待っています')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBeNull();
    expect(numbers()).toBe('');
    cleanup();
    await renderUi(
      <UploadProgress
        phase="sending"
        percent={25}
        transfer={{ sent: 1024 * 1024, total: 4 * 1024 * 1024 }}
      />,
    );
    expect(screen.getByText('ファイルを送信しています')).toBeTruthy();
    expect(screen.getByText(/1 MB \/ 4 MB を送信しました/)).toBeTruthy();
    expect(numbers()).toBe('25%');
  });
});
