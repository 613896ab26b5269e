// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderUi } from '../../test/render';
import { ChangesSummary, ChangesTable } from './ChangesSection';
import { EntityCountCards } from './EntityCountCards';
import { LastUploadCard } from './LastUploadCard';
import { SAMPLE_COMMAND } from './SampleHint';
import { isBrandNew, type EntityCount, type SeriesPoint, type TenantStats } from './stats-model';
afterEach(cleanup);

const count = (entity: EntityCount['entity'], active: number, tobedeleted = 0): EntityCount => ({
  entity,
  active,
  tobedeleted,
});
const COUNTS: EntityCount[] = [
  count('academicSessions', 3),
  count('orgs', 2),
  count('courses', 10),
  count('classes', 50),
  count('users', 12345, 7),
  count('userProfiles', 0),
  count('roles', 0),
  count('enrollments', 150, 4),
  count('demographics', 28),
];
const SERIES: SeriesPoint[] = [
  { uploadId: 'u1', finishedAt: '2026-04-01T00:30:00.000Z', created: 1200, updated: 0, deleted: 0 },
  { uploadId: 'u2', finishedAt: '2026-04-08T01:00:00.000Z', created: 3, updated: 40, deleted: 5 },
];

describe('EntityCountCards', () => {
  it('shows each kind with its Japanese name, active count big and deleted small, linked to the data browser', async () => {
    await renderUi(<EntityCountCards slug="demo" counts={COUNTS} />, { lng: 'ja' });
    const items = screen.getAllByRole('listitem');
    // Empty roles and profiles are left out; schools first, then people, then how they link.
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      '学校・組織',
      '年度・学期',
      'コース',
      'クラス',
      '利用者',
      'クラス所属',
      '属性情報',
    ]);
    const users = screen.getByRole('link', { name: /^利用者/ });
    expect(users.getAttribute('href')).toBe('/t/demo/records/users');
    expect(users.textContent).toContain('12,345');
    expect(users.textContent).toContain('削除予定 7 件');
    // Demographics have no list page: a card, not a link.
    expect(screen.queryByRole('link', { name: /属性情報/ })).toBeNull();
    expect(items.at(-1)!.textContent).toContain('28');
  });

  it('reads in English too', async () => {
    await renderUi(<EntityCountCards slug="demo" counts={COUNTS} />, { lng: 'en' });
    const link = screen.getByRole('link', { name: 'Enrollments: active 150, deleted 4' });
    expect(link.getAttribute('href')).toBe('/t/demo/records/enrollments');
  });
});

describe('the chart text alternative', () => {
  it('sums the series in a sentence and lists every upload in a table', async () => {
    await renderUi(
      <>
        <ChangesSummary series={SERIES} />
        <ChangesTable series={SERIES} />
      </>,
      { lng: 'ja' },
    );
    expect(screen.getByText(/^直近 2 回の反映で/).textContent).toBe(
      '直近 2 回の反映で、合計 追加 1,203 件・更新 40 件・削除 5 件。最新(2026/04/08 10:00)は 追加 3 件・更新 40 件・削除 5 件でした。',
    );
    const table = screen.getByRole('table', { name: 'アップロードごとの変更件数(表)' });
    const rows = within(table).getAllByRole('row');
    const cells = (r: HTMLElement) => [...r.children].map((c) => c.textContent);
    expect(rows.map(cells)).toEqual([
      ['反映日時', '追加', '更新', '削除'],
      ['2026/04/01 09:30', '1,200', '0', '0'],
      ['2026/04/08 10:00', '3', '40', '5'],
    ]);
  });

  it('in English, and nothing when no upload was applied', async () => {
    await renderUi(<ChangesSummary series={SERIES} />, { lng: 'en' });
    expect(screen.getByText(/^Over the last 2/).textContent).toContain(
      'added 1,203, updated 40, deleted 5 in total',
    );
    cleanup();
    const { container } = await renderUi(<ChangesSummary series={[]} />, { lng: 'en' });
    expect(container.textContent).toBe('');
  });
});

describe('LastUploadCard', () => {
  it('with none: explains, offers the upload to uploaders and tells how to make a sample', async () => {
    await renderUi(<LastUploadCard slug="demo" last={null} mayUpload />, { lng: 'ja' });
    expect(screen.getByText('まだアップロードされていません')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'アップロードする' }).getAttribute('href')).toBe(
      '/t/demo/upload',
    );
    expect(screen.getByText(SAMPLE_COMMAND)).toBeTruthy();
    cleanup();
    await renderUi(<LastUploadCard slug="demo" last={null} mayUpload={false} />, { lng: 'ja' });
    expect(screen.queryByRole('link', { name: 'アップロードする' })).toBeNull();
    expect(screen.getByText(/アップロード担当/)).toBeTruthy();
  });

  it('with one: its time, status, changes and a link to its details', async () => {
    const last: NonNullable<TenantStats['lastUpload']> = {
      uploadId: 'u2',
      createdAt: '2026-04-08T00:59:00.000Z',
      finishedAt: '2026-04-08T01:00:00.000Z',
      sourceName: 'roster.zip',
      noop: false,
      files: {},
      totals: { created: 3, updated: 40, deleted: 5 },
    };
    await renderUi(<LastUploadCard slug="demo" last={last} mayUpload />, { lng: 'ja' });
    expect(screen.getByText('完了')).toBeTruthy();
    expect(screen.getByText('ファイル: roster.zip')).toBeTruthy();
    expect(screen.getByText('追加 3 件・更新 40 件・削除 5 件')).toBeTruthy();
    expect(screen.getByText(/2026\/04\/08 10:00/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '詳細を見る' }).getAttribute('href')).toBe('/t/demo/uploads/u2');
  });
});

describe('isBrandNew', () => {
  const empty: TenantStats = {
    generatedAt: '2026-04-08T01:00:00.000Z',
    counts: COUNTS.map((c) => ({ ...c, active: 0, tobedeleted: 0 })),
    lastUpload: null,
    recentUploads: [],
    series: [],
  };
  it('only without records and without uploads', () => {
    expect(isBrandNew(empty)).toBe(true);
    expect(isBrandNew({ ...empty, counts: COUNTS })).toBe(false);
    expect(
      isBrandNew({
        ...empty,
        recentUploads: [
          {
            uploadId: 'u',
            status: 'failed',
            dryRun: false,
            noop: false,
            createdAt: empty.generatedAt,
            finishedAt: empty.generatedAt,
            sourceName: 'x.zip',
            errorCount: 3,
            warningCount: 0,
          },
        ],
      }),
    ).toBe(false);
  });
});
