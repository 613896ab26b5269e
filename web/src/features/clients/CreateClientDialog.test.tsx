// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../test/render';
import { createClientBody, CreateClientDialog } from './CreateClientDialog';
afterEach(cleanup);

describe('createClientBody', () => {
  it('sends the chosen scopes in a stable order, and no roles when none is chosen', () => {
    expect(createClientBody('  校務 ', ['roster-demographics.readonly', 'roster-core.readonly'], [])).toEqual(
      {
        name: '校務',
        scopes: ['roster-core.readonly', 'roster-demographics.readonly'],
      },
    );
    expect(createClientBody('', ['roster.readonly'], ['admin', 'uploader'])).toEqual({
      scopes: ['roster.readonly'],
      roles: ['uploader', 'admin'],
    });
  });
});

describe('CreateClientDialog', () => {
  it('maps the scope and role checkboxes to the request body', async () => {
    const onCreate = vi.fn().mockResolvedValue(undefined);
    await renderUi(<CreateClientDialog open onClose={() => undefined} onCreate={onCreate} />);
    fireEvent.change(screen.getByRole('textbox', { name: '名前' }), { target: { value: '学習アプリ' } });
    // Core is chosen by default; add the full roster and demographics, then drop core.
    fireEvent.click(screen.getByRole('checkbox', { name: /roster\.readonly\)/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /roster-demographics\.readonly/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /roster-core\.readonly/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /アップロード担当/ }));
    fireEvent.click(screen.getByRole('button', { name: 'クライアントを作成' }));
    await waitFor(() => expect(onCreate).toHaveBeenCalledOnce());
    expect(onCreate).toHaveBeenCalledWith({
      name: '学習アプリ',
      scopes: ['roster.readonly', 'roster-demographics.readonly'],
      roles: ['uploader'],
    });
  });

  it('refuses to create a client without a scope, and says why', async () => {
    const onCreate = vi.fn();
    await renderUi(<CreateClientDialog open onClose={() => undefined} onCreate={onCreate} />, { lng: 'en' });
    fireEvent.click(screen.getByRole('checkbox', { name: /roster-core\.readonly/ }));
    expect(screen.getByText('Choose at least one scope.')).toBeTruthy();
    const create = screen.getByRole<HTMLButtonElement>('button', { name: 'Create a client' });
    expect(create.disabled).toBe(true);
    expect(onCreate).not.toHaveBeenCalled();
  });
});
