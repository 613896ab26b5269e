// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Issue } from '../../../../src/import/issues';
import type { IssueSummary } from '../../../../src/import/report';
import { renderUi } from '../../test/render';
import { IssueTable } from './IssueTable';
afterEach(cleanup);

const issue = (code: string, severity: 'error' | 'warning', file: string, line: number): Issue =>
  ({
    file,
    line,
    column: 'givenName',
    code,
    severity,
    message: `EN ${code} at ${line}`,
    messageJa: `JA ${code} ${line} 行目`,
    value: `v${line}`,
  }) as Issue;

const group = (code: string, severity: 'error' | 'warning', count: number): IssueSummary =>
  ({
    code,
    severity,
    count,
    message: `EN group ${code}`,
    messageJa: `JA グループ ${code}`,
    first: null,
  }) as IssueSummary;

// The warning comes first on purpose: the table must put errors first itself.
const summary = [
  group('jp.kanaHiragana', 'warning', 4),
  group('value.required', 'error', 2),
  group('ref.missing', 'error', 1500),
];
const issues = [
  issue('ref.missing', 'error', 'users.csv', 2),
  issue('ref.missing', 'error', 'users.csv', 3),
  issue('ref.missing', 'error', 'enrollments.csv', 4),
  issue('value.required', 'error', 'orgs.csv', 5),
  issue('value.required', 'error', 'orgs.csv', 6),
  ...[7, 8, 9, 10].map((n) => issue('jp.kanaHiragana', 'warning', 'users.csv', n)),
];

const bodyRows = () =>
  within(screen.getByRole('table', { name: '問題の一覧' }))
    .getAllByRole('row')
    .slice(1);
const shown = () => screen.getByTestId('issues-shown').textContent;

describe('IssueTable', () => {
  it('groups by code with exact counts, errors first then the most frequent', async () => {
    await renderUi(<IssueTable issues={issues} summary={summary} />);
    const groups = screen.getAllByTestId(/^group-/);
    expect(groups.map((g) => g.dataset.testid)).toEqual([
      'group-ref.missing',
      'group-value.required',
      'group-jp.kanaHiragana',
    ]);
    expect(groups[0]!.textContent).toContain('1,500 件');
    expect(groups[0]!.textContent).toContain('エラー');
    expect(groups[2]!.textContent).toContain('警告');
    expect(screen.getByText(/エラー 1,502 件、警告 4 件。/)).toBeTruthy();
    expect(bodyRows()).toHaveLength(9);
  });

  it('a click on a group filters the list to its code, and says how many of the total are listed', async () => {
    await renderUi(<IssueTable issues={issues} summary={summary} />);
    fireEvent.click(screen.getByTestId('group-ref.missing'));
    expect(screen.getByTestId('group-ref.missing').getAttribute('aria-pressed')).toBe('true');
    expect(bodyRows()).toHaveLength(3);
    expect(bodyRows().every((r) => r.textContent?.includes('ref.missing'))).toBe(true);
    expect(shown()).toBe('全 1,500 件のうち 3 件を表示しています。');
    expect(screen.getByText(/先頭の一部だけが記録されています/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('group-value.required'));
    expect(bodyRows()).toHaveLength(2);
    expect(shown()).toBe('2 件を表示しています。');
    fireEvent.click(screen.getByTestId('group-value.required'));
    expect(bodyRows()).toHaveLength(9);
  });

  it('filters by file and by severity', async () => {
    await renderUi(<IssueTable issues={issues} summary={summary} />);
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'ファイル' }));
    fireEvent.click(screen.getByRole('option', { name: 'users.csv' }));
    expect(bodyRows()).toHaveLength(6);
    expect(bodyRows().every((r) => r.textContent?.startsWith('users.csv'))).toBe(true);
    // With a file filter the total per file is not known: no "of M".
    expect(shown()).toBe('6 件を表示しています。');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '種別' }));
    fireEvent.click(screen.getByRole('option', { name: '警告' }));
    expect(bodyRows()).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: '絞り込みを解除' }));
    expect(bodyRows()).toHaveLength(9);
  });

  it('shows the messages in the UI language', async () => {
    await renderUi(<IssueTable issues={issues} summary={summary} />, { lng: 'ja' });
    expect(screen.getByTestId('group-ref.missing').textContent).toContain('JA グループ ref.missing');
    expect(screen.getByText('JA ref.missing 2 行目')).toBeTruthy();
    expect(screen.queryByText('EN ref.missing at 2')).toBeNull();
    cleanup();
    await renderUi(<IssueTable issues={issues} summary={summary} />, { lng: 'en' });
    expect(screen.getByTestId('group-ref.missing').textContent).toContain('EN group ref.missing');
    expect(screen.getByText('EN ref.missing at 2')).toBeTruthy();
    expect(screen.queryByText('JA ref.missing 2 行目')).toBeNull();
    expect(screen.getByRole('table', { name: 'Problems' })).toBeTruthy();
  });

  it('pages a long list 50 at a time', async () => {
    const many = Array.from({ length: 120 }, (_, n) => issue('value.required', 'error', 'users.csv', n + 2));
    await renderUi(<IssueTable issues={many} summary={[group('value.required', 'error', 120)]} />);
    expect(bodyRows()).toHaveLength(50);
    expect(screen.getByText('1–50 件 / 全 120 件')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(screen.getByText('51–100 件 / 全 120 件')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(bodyRows()).toHaveLength(20);
    expect(screen.getByText('101–120 件 / 全 120 件')).toBeTruthy();
    expect(bodyRows()[0]!.textContent).toContain('JA value.required 102 行目');
  });

  it('says so when nothing was found, and links the CSV report when given', async () => {
    await renderUi(<IssueTable issues={[]} summary={[]} reportCsvHref="/r.csv" />);
    expect(screen.getByText('問題は見つかりませんでした')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    cleanup();
    await renderUi(<IssueTable issues={issues} summary={summary} reportCsvHref="/r.csv" />);
    expect(screen.getByRole('link', { name: '報告書をダウンロード(CSV)' }).getAttribute('href')).toBe(
      '/r.csv',
    );
  });
});
