// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { renderUi } from '../test/render';
import { ErrorAlert } from './States';
afterEach(cleanup);

describe('ErrorAlert', () => {
  it('shows the server message in the UI language, never the JSON body', async () => {
    const err = ApiError.fromBody(409, {
      imsx_description: 'x',
      error: {
        code: 'conflict',
        message: 'Tenant "a" already exists',
        messageJa: 'テナント "a" は既に存在します',
      },
    });
    await renderUi(<ErrorAlert error={err} />, { lng: 'ja' });
    expect(screen.getByRole('alert').textContent).toBe('テナント "a" は既に存在します');
    cleanup();
    await renderUi(<ErrorAlert error={err} />, { lng: 'en' });
    expect(screen.getByRole('alert').textContent).toBe('Tenant "a" already exists');
  });

  it('explains a network failure and a bare status in words', async () => {
    await renderUi(<ErrorAlert error={ApiError.network()} />, { lng: 'ja' });
    expect(screen.getByRole('alert').textContent).toContain('サーバーに接続できません');
    cleanup();
    await renderUi(<ErrorAlert error={ApiError.fromBody(403, null)} />, { lng: 'en' });
    expect(screen.getByRole('alert').textContent).toBe('You do not have permission to do this.');
  });
});
