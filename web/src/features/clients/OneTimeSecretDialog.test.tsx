// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../test/render';
import { OneTimeSecretDialog } from './OneTimeSecretDialog';
afterEach(cleanup);

describe('OneTimeSecretDialog', () => {
  it('shows the secret with a copy button and the warning, and closes only once stored', async () => {
    const onClose = vi.fn();
    await renderUi(
      <OneTimeSecretDialog
        open
        title="作成しました"
        warning="シークレットはこの画面でのみ表示されます。"
        confirmLabel="保管しました"
        items={[
          { label: 'クライアント ID', value: 'rh_abc' },
          { label: 'シークレット', value: 's3cr3t-value', secret: true },
        ]}
        onClose={onClose}
      />,
    );
    expect(screen.getByTestId('one-time-secret').textContent).toBe('s3cr3t-value');
    expect(screen.getByText('rh_abc')).toBeTruthy();
    expect(screen.getByText('シークレットはこの画面でのみ表示されます。')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'コピー' })).toHaveLength(2);
    const close = screen.getByRole('button', { name: '閉じる' });
    expect((close as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: '保管しました' }));
    expect((close as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(close);
    expect(onClose).toHaveBeenCalledOnce();
  });
});
