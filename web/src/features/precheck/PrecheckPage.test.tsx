// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Issue } from '../../../../src/import/issues';
import { renderUi } from '../../test/render';
import PrecheckPage from './PrecheckPage';
import type { PrecheckMessage, PrecheckStart } from './precheck-protocol';
import type { PrecheckReport } from './run-precheck';

/** A stand-in for the worker: records what the page asks and lets the test answer. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((e: MessageEvent<PrecheckMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  received: PrecheckStart[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(data: PrecheckStart) {
    this.received.push(data);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: PrecheckMessage) {
    act(() => this.onmessage?.({ data } as MessageEvent<PrecheckMessage>));
  }
}

const role = vi.hoisted(() => ({ value: 'uploader' }));
vi.mock('./precheck-worker-client', () => ({
  startPrecheckWorker: () => new FakeWorker(),
  workersAvailable: () => true,
}));
vi.mock('../../api/client', () => ({
  api: { GET: () => Promise.resolve({ profile: 'japan' }) },
  call: <T,>(p: Promise<T>) => p,
}));
vi.mock('../../session/session', async (original) => ({
  ...(await original<typeof import('../../session/session')>()),
  useSignedIn: () => ({
    user: { id: 'u', email: 'a@example.test', isPlatformAdmin: false, mustChangePassword: false },
    tenants: [{ slug: 'kita', role: role.value }],
    csrfToken: 'x',
    expiresAt: '2030-01-01T00:00:00.000Z',
  }),
}));
afterEach(() => {
  cleanup();
  role.value = 'uploader';
  FakeWorker.last = null;
});

const issue: Issue = {
  file: 'users.csv',
  line: 3,
  column: 'enabledUser',
  code: 'value.enum',
  severity: 'error',
  message: 'enabledUser must be one of true, false',
  messageJa: 'enabledUser は true, false のいずれかにしてください',
  value: 'maybe',
};

function report(p: Partial<PrecheckReport>): PrecheckReport {
  return {
    sourceKind: 'zip',
    fileNames: ['manifest.csv', 'users.csv'],
    errors: [],
    warnings: [],
    errorCount: 0,
    warningCount: 0,
    summary: [],
    truncated: [],
    rows: { users: 2 },
    manifest: { onerosterVersion: '1.2', files: {}, source: {} },
    durationMs: 1200,
    ...p,
  };
}

async function openPage(lng: 'ja' | 'en' = 'ja') {
  await renderUi(
    <Routes>
      <Route path="/t/:slug/precheck" element={<PrecheckPage />} />
    </Routes>,
    { lng, path: '/t/kita/precheck' },
  );
}

function choose(...files: File[]) {
  fireEvent.change(screen.getByTestId('precheck-drop-zone-input'), { target: { files } });
}

async function startWith(file: File) {
  await openPage();
  choose(file);
  fireEvent.click(screen.getByRole('button', { name: '検査を開始' }));
  return FakeWorker.last!;
}

describe('PrecheckPage', () => {
  it('says the files stay on this computer and starts only once files are chosen', async () => {
    await openPage();
    expect(screen.getByText(/サーバーには送信されません/)).toBeTruthy();
    const start = screen.getByRole<HTMLButtonElement>('button', { name: '検査を開始' });
    expect(start.disabled).toBe(true);
    choose(new File(['x'], 'bundle.zip'));
    expect(screen.getByText('bundle.zip')).toBeTruthy();
    expect(start.disabled).toBe(false);
  });

  it('sends the files to the worker, shows its progress, then the errors it found', async () => {
    const file = new File(['x'], 'bundle.zip');
    const worker = await startWith(file);
    expect(worker.received).toEqual([{ files: [file], profile: 'japan' }]);
    worker.reply({ type: 'progress', file: 'users', rows: 1234 });
    expect(screen.getByText('users.csv を確認中: 1,234 行')).toBeTruthy();
    worker.reply({
      type: 'done',
      report: report({
        errors: [issue],
        errorCount: 1,
        summary: [{ ...issue, count: 1, first: { file: 'users.csv', line: 3, column: 'enabledUser' } }],
      }),
    });
    expect(worker.terminated).toBe(true);
    expect(screen.getByTestId('precheck-verdict').textContent).toContain('エラーが見つかりました: 1 件');
    expect(screen.getAllByText(issue.messageJa).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: '結果を CSV で保存' })).toBeTruthy();
  });

  it('offers the upload page when nothing is wrong, and tells a reader who uploads', async () => {
    let worker = await startWith(new File(['x'], 'bundle.zip'));
    worker.reply({ type: 'done', report: report({}) });
    expect(screen.getByText('エラーは見つかりませんでした')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'アップロードへ進む' }).getAttribute('href')).toBe(
      '/t/kita/upload',
    );
    cleanup();
    role.value = 'reader';
    worker = await startWith(new File(['x'], 'bundle.zip'));
    worker.reply({ type: 'done', report: report({}) });
    expect(screen.queryByRole('link', { name: 'アップロードへ進む' })).toBeNull();
    expect(screen.getByText(/アップロード担当者または管理者が行います/)).toBeTruthy();
  });

  it('explains references it cannot check here', async () => {
    const worker = await startWith(new File(['x'], 'delta.zip'));
    const unchecked = { ...issue, code: 'ref.unchecked' as const, severity: 'warning' as const };
    worker.reply({
      type: 'done',
      report: report({
        warnings: [unchecked],
        warningCount: 1,
        summary: [{ ...unchecked, count: 1, first: null }],
      }),
    });
    expect(screen.getByText('登録済みデータとの照合はアップロード時に行います')).toBeTruthy();
  });

  it('says in words why files could not be read, and can be stopped', async () => {
    let worker = await startWith(new File(['x'], 'bundle.zip'));
    worker.reply({
      type: 'failed',
      problem: 'fileTooLarge',
      params: { name: 'users.csv', size: 60 * 1024 * 1024, limit: 50 * 1024 * 1024 },
    });
    expect(screen.getByRole('alert').textContent).toMatch(/users\.csv が大きすぎます\(60 MB\).*50 MB/);
    cleanup();
    worker = await startWith(new File(['x'], 'bundle.zip'));
    fireEvent.click(screen.getByRole('button', { name: '検査を中止' }));
    expect(worker.terminated).toBe(true);
    expect(screen.getByText(/検査を中止しました/)).toBeTruthy();
  });

  it('reads in English too', async () => {
    await openPage('en');
    expect(screen.getByText(/not sent to the server/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start the check' })).toBeTruthy();
  });
});
