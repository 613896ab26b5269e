// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../test/render';
import { CreateTenantDialog } from './CreateTenantDialog';
afterEach(cleanup);

describe('CreateTenantDialog', () => {
  it('explains a slug that breaks the rule and sends nothing', async () => {
    const onCreate = vi.fn();
    await renderUi(<CreateTenantDialog open onClose={() => undefined} onCreate={onCreate} />);
    fireEvent.change(screen.getByRole('textbox', { name: /スラッグ/ }), { target: { value: 'Minato City' } });
    fireEvent.click(screen.getByRole('button', { name: '作成' }));
    expect(screen.getByText(/使えない文字が含まれています/)).toBeTruthy();
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('creates the tenant, then offers to open it or upload data', async () => {
    const onCreate = vi.fn().mockResolvedValue({
      id: '00000000-0000-4000-8000-000000000001',
      slug: 'minato',
      name: '港区教育委員会',
      createdAt: '2026-04-01T00:00:00Z',
      disabledAt: null,
    });
    await renderUi(<CreateTenantDialog open onClose={() => undefined} onCreate={onCreate} />);
    fireEvent.change(screen.getByRole('textbox', { name: /スラッグ/ }), { target: { value: 'minato' } });
    fireEvent.change(screen.getByRole('textbox', { name: '名前' }), { target: { value: '港区教育委員会' } });
    fireEvent.click(screen.getByRole('button', { name: '作成' }));
    await waitFor(() => expect(screen.getByText('テナントを作成しました')).toBeTruthy());
    expect(onCreate).toHaveBeenCalledWith({ slug: 'minato', name: '港区教育委員会' });
    expect(screen.getByRole('link', { name: 'このテナントを開く' }).getAttribute('href')).toBe('/t/minato');
    expect(screen.getByRole('link', { name: '名簿データをアップロード' }).getAttribute('href')).toBe(
      '/t/minato/upload',
    );
  });
});
