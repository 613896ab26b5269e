import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Box,
  Button,
  Chip,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMemo, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../../src/import/issues';
import type { IssueSummary } from '../../../../src/import/report';
import { formatNumber } from '../../i18n/format';

export interface IssueTableProps {
  issues: readonly Issue[];
  summary: readonly IssueSummary[];
  reportCsvHref?: string;
}

const PAGE_SIZE = 50;
type SeverityFilter = '' | 'error' | 'warning';

interface Filters {
  file: string;
  code: string;
  severity: SeverityFilter;
}

const NO_FILTER: Filters = { file: '', code: '', severity: '' };

/** Errors first, then the most frequent: what to fix first reads first. */
function ordered(summary: readonly IssueSummary[]): IssueSummary[] {
  return [...summary].sort((a, b) =>
    a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1,
  );
}

const matches = (i: Issue, f: Filters) =>
  (!f.file || i.file === f.file) &&
  (!f.code || i.code === f.code) &&
  (!f.severity || i.severity === f.severity);

/**
 * A validation report for people: the problems grouped by code with exact counts (a click filters
 * the list to one), then every listed problem, filterable and paged (a bundle can have thousands).
 */
export function IssueTable(props: IssueTableProps): JSX.Element {
  const { t } = useTranslation('uploads');
  const { issues, reportCsvHref } = props;
  const [filters, setFilters] = useState<Filters>(NO_FILTER);
  const [page, setPage] = useState(0);
  const summary = useMemo(() => ordered(props.summary), [props.summary]);
  const filtered = useMemo(() => issues.filter((i) => matches(i, filters)), [issues, filters]);

  if (issues.length === 0 && summary.length === 0) return <NoIssues />;

  const update = (next: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...next }));
    setPage(0);
  };
  const filtering = filters.file !== '' || filters.code !== '' || filters.severity !== '';
  return (
    <Stack spacing={3}>
      <SummaryList
        summary={summary}
        selected={filters.code}
        onSelect={(code) => update({ code: filters.code === code ? '' : code })}
      />
      <Box>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          sx={{ mb: 2, gap: 2, alignItems: { sm: 'center' }, flexWrap: 'wrap' }}
        >
          <Typography
            variant="subtitle1"
            component="h3"
            sx={{ fontWeight: 600, flexGrow: 1, flexBasis: { sm: '100%', lg: 'auto' } }}
          >
            {t('issueListTitle')}
          </Typography>
          <FilterSelects issues={issues} summary={summary} filters={filters} onChange={update} />
          {filtering ? <Button onClick={() => update(NO_FILTER)}>{t('clearFilters')}</Button> : null}
          {reportCsvHref ? (
            <Button href={reportCsvHref} download variant="outlined" startIcon={<DownloadIcon aria-hidden />}>
              {t('downloadCsv')}
            </Button>
          ) : null}
        </Stack>
        <ShownLine issues={issues} summary={summary} filters={filters} shown={filtered.length} />
        <IssueRows rows={filtered.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)} />
        {filtered.length > PAGE_SIZE ? <Pager count={filtered.length} page={page} onPage={setPage} /> : null}
      </Box>
    </Stack>
  );
}

function NoIssues() {
  const { t } = useTranslation('uploads');
  return (
    <Box sx={{ textAlign: 'center', py: 4, color: 'text.secondary' }}>
      <CheckCircleOutlineIcon color="success" sx={{ fontSize: 48, mb: 1 }} aria-hidden />
      <Typography variant="h6" component="p" color="text.primary">
        {t('noIssuesTitle')}
      </Typography>
      <Typography sx={{ mt: 1 }}>{t('noIssuesBody')}</Typography>
    </Box>
  );
}

export function SeverityChip({ severity }: { severity: string }) {
  const { t } = useTranslation('uploads');
  const error = severity === 'error';
  return (
    <Chip
      size="small"
      label={error ? t('severityError') : t('severityWarning')}
      color={error ? 'error' : 'warning'}
      variant={error ? 'filled' : 'outlined'}
    />
  );
}

function SummaryList(props: {
  summary: readonly IssueSummary[];
  selected: string;
  onSelect: (code: string) => void;
}) {
  const { t, i18n } = useTranslation('uploads');
  const en = i18n.language === 'en';
  const total = (s: 'error' | 'warning') =>
    props.summary.filter((g) => g.severity === s).reduce((n, g) => n + g.count, 0);
  return (
    <Box>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('summaryTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t('summaryTotals', {
          errors: formatNumber(total('error')),
          warnings: formatNumber(total('warning')),
        })}{' '}
        {t('summaryHint')}
      </Typography>
      <Paper variant="outlined">
        <List disablePadding aria-label={t('summaryTitle')}>
          {props.summary.map((g) => (
            <ListItem key={g.code} disablePadding divider>
              <ListItemButton
                selected={props.selected === g.code}
                aria-pressed={props.selected === g.code}
                onClick={() => props.onSelect(g.code)}
                data-testid={`group-${g.code}`}
              >
                <Stack
                  direction={{ xs: 'column', sm: 'row' }}
                  spacing={{ xs: 0.5, sm: 2 }}
                  sx={{ width: '100%', alignItems: { sm: 'center' } }}
                >
                  <SeverityChip severity={g.severity} />
                  <ListItemText
                    primary={en ? g.message : g.messageJa}
                    secondary={g.code}
                    slotProps={{ secondary: { sx: { fontFamily: 'monospace' } } }}
                    sx={{ flexGrow: 1, m: 0 }}
                  />
                  <Typography sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                    {t('countItems', { n: formatNumber(g.count) })}
                  </Typography>
                </Stack>
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </Paper>
    </Box>
  );
}

function FilterSelects(props: {
  issues: readonly Issue[];
  summary: readonly IssueSummary[];
  filters: Filters;
  onChange: (f: Partial<Filters>) => void;
}) {
  const { t } = useTranslation('uploads');
  const files = useMemo(() => [...new Set(props.issues.map((i) => i.file))].sort(), [props.issues]);
  const codes = useMemo(
    () => [...new Set([...props.summary.map((g) => g.code), ...props.issues.map((i) => i.code)])],
    [props.summary, props.issues],
  );
  const sx = { minWidth: 180 };
  return (
    <>
      <TextField
        select
        size="small"
        label={t('filterFile')}
        value={props.filters.file}
        onChange={(e) => props.onChange({ file: e.target.value })}
        sx={sx}
      >
        <MenuItem value="">{t('allFiles')}</MenuItem>
        {files.map((f) => (
          <MenuItem key={f} value={f}>
            {f}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('filterCode')}
        value={props.filters.code}
        onChange={(e) => props.onChange({ code: e.target.value })}
        sx={sx}
      >
        <MenuItem value="">{t('allCodes')}</MenuItem>
        {codes.map((c) => (
          <MenuItem key={c} value={c} sx={{ fontFamily: 'monospace' }}>
            {c}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('filterSeverity')}
        value={props.filters.severity}
        onChange={(e) => props.onChange({ severity: e.target.value as SeverityFilter })}
        sx={{ minWidth: 140 }}
      >
        <MenuItem value="">{t('allSeverities')}</MenuItem>
        <MenuItem value="error">{t('severityError')}</MenuItem>
        <MenuItem value="warning">{t('severityWarning')}</MenuItem>
      </TextField>
    </>
  );
}

/**
 * "Showing N of M": the server lists at most a fixed number of issues per code but counts them
 * all, so the summary's count can exceed the rows. With a file filter the total is not known.
 */
function ShownLine(props: {
  issues: readonly Issue[];
  summary: readonly IssueSummary[];
  filters: Filters;
  shown: number;
}) {
  const { t } = useTranslation('uploads');
  const { filters, shown } = props;
  const groups = props.summary.filter(
    (g) =>
      (!filters.code || g.code === filters.code) && (!filters.severity || g.severity === filters.severity),
  );
  const counted = groups.reduce((n, g) => n + g.count, 0);
  const total = filters.file || groups.length === 0 ? null : Math.max(counted, shown);
  const listed = new Map<string, number>();
  for (const i of props.issues) listed.set(i.code, (listed.get(i.code) ?? 0) + 1);
  const capped = props.summary.some((g) => g.count > (listed.get(g.code) ?? 0));
  return (
    <Box aria-live="polite" sx={{ mb: 1 }}>
      <Typography variant="body2" data-testid="issues-shown">
        {total !== null && total > shown
          ? t('showingOf', { shown: formatNumber(shown), total: formatNumber(total) })
          : t('showing', { shown: formatNumber(shown) })}
      </Typography>
      {capped ? (
        <Typography variant="body2" color="text.secondary">
          {t('cappedNote')}
        </Typography>
      ) : null}
    </Box>
  );
}

function IssueRows({ rows }: { rows: readonly Issue[] }) {
  const { t, i18n } = useTranslation('uploads');
  const en = i18n.language === 'en';
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('issueListTitle')} sx={{ minWidth: 900 }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('colFile')}</TableCell>
            <TableCell align="right">{t('colLine')}</TableCell>
            <TableCell>{t('colColumn')}</TableCell>
            <TableCell>{t('colCode')}</TableCell>
            <TableCell>{t('colSeverity')}</TableCell>
            <TableCell>{t('colMessage')}</TableCell>
            <TableCell>{t('colValue')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={7} sx={{ textAlign: 'center', py: 3, color: 'text.secondary' }}>
                {t('noMatchingIssues')}
              </TableCell>
            </TableRow>
          ) : (
            rows.map((i, n) => (
              <TableRow key={`${i.file}:${i.line ?? ''}:${i.column ?? ''}:${i.code}:${n}`}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{i.file}</TableCell>
                <TableCell align="right">{i.line ?? '—'}</TableCell>
                <TableCell>{i.column ?? '—'}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{i.code}</TableCell>
                <TableCell>
                  <SeverityChip severity={i.severity} />
                </TableCell>
                <TableCell sx={{ minWidth: 280 }}>{en ? i.message : i.messageJa}</TableCell>
                <TableCell
                  sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere', minWidth: 120, maxWidth: 240 }}
                >
                  {i.value ?? '—'}
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function Pager(props: { count: number; page: number; onPage: (p: number) => void }) {
  const { t } = useTranslation();
  return (
    <TablePagination
      component="div"
      count={props.count}
      page={props.page}
      onPageChange={(_e, p) => props.onPage(p)}
      rowsPerPage={PAGE_SIZE}
      rowsPerPageOptions={[PAGE_SIZE]}
      labelDisplayedRows={({ from, to, count }) =>
        t('pageOf', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(count) })
      }
      getItemAriaLabel={(type) => (type === 'next' ? t('next') : type === 'previous' ? t('previous') : type)}
    />
  );
}
