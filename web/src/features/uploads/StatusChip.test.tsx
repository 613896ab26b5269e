// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../test/render';
import { StatusChip } from './StatusChip';
import { StatusFilter } from './StatusFilter';
afterEach(cleanup);

describe('upload status chips', () => {
  it('name each status in the UI language, coloured by outcome', async () => {
    await renderUi(
      <>
        <StatusChip status="failed" />
        <StatusChip status="completed" />
        <StatusChip status="applying" />
      </>,
    );
    expect(screen.getByText('失敗').closest('.MuiChip-root')?.className).toContain('MuiChip-colorError');
    expect(screen.getByText('完了').closest('.MuiChip-root')?.className).toContain('MuiChip-colorSuccess');
    expect(screen.getByText('反映中')).toBeTruthy();
    cleanup();
    await renderUi(<StatusChip status="reverted" />, { lng: 'en' });
    expect(screen.getByText('Reverted')).toBeTruthy();
  });

  it('the filter toggles several statuses, in a fixed order, and "all" clears them', async () => {
    const onChange = vi.fn();
    await renderUi(<StatusFilter value={['failed']} onChange={onChange} />);
    expect(screen.getByRole('button', { name: '失敗' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'すべて' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: '待機中' }));
    expect(onChange).toHaveBeenLastCalledWith(['queued', 'failed']);
    fireEvent.click(screen.getByRole('button', { name: '失敗' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    fireEvent.click(screen.getByRole('button', { name: 'すべて' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
