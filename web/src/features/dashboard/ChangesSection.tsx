import { Box, Paper, Skeleton, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatJst, formatNumber } from '../../i18n/format';
import { seriesTotals, type SeriesPoint } from './stats-model';

const ChangesChart = lazy(() => import('./ChangesChart'));

/** Present for screen readers, absent from the screen. */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  p: 0,
  m: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** The chart's words: the totals and the latest upload in one sentence. */
export function ChangesSummary({ series }: { series: readonly SeriesPoint[] }) {
  const { t } = useTranslation('dashboard');
  const { total, last } = seriesTotals(series);
  if (!last) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {t('chartSummary', {
        n: formatNumber(series.length),
        created: formatNumber(total.created),
        updated: formatNumber(total.updated),
        deleted: formatNumber(total.deleted),
        last: formatJst(last.finishedAt),
        lastCreated: formatNumber(last.created),
        lastUpdated: formatNumber(last.updated),
        lastDeleted: formatNumber(last.deleted),
      })}
    </Typography>
  );
}

/** Every point of the chart as a table: what assistive technology reads instead of the drawing. */
export function ChangesTable({ series }: { series: readonly SeriesPoint[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <Box component="table" sx={visuallyHidden}>
      <caption>{t('chartTableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chartWhen')}</th>
          <th scope="col">{t('created')}</th>
          <th scope="col">{t('updated')}</th>
          <th scope="col">{t('deleted')}</th>
        </tr>
      </thead>
      <tbody>
        {series.map((p) => (
          <tr key={p.uploadId}>
            <th scope="row">{formatJst(p.finishedAt)}</th>
            <td>{formatNumber(p.created)}</td>
            <td>{formatNumber(p.updated)}</td>
            <td>{formatNumber(p.deleted)}</td>
          </tr>
        ))}
      </tbody>
    </Box>
  );
}

/** Created / updated / deleted records per applied upload over time, drawn and in words. */
export function ChangesSection({ series, limit }: { series: readonly SeriesPoint[]; limit: number }) {
  const { t } = useTranslation('dashboard');
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 }, position: 'relative' }} component="section">
      <Typography component="h2" variant="h6">
        {t('chartHeading')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('chartHint', { n: formatNumber(limit) })}
      </Typography>
      {series.length ? (
        <>
          <Box aria-hidden sx={{ height: 300 }}>
            <Suspense fallback={<Skeleton variant="rounded" height={300} />}>
              <ChangesChart series={series} />
            </Suspense>
          </Box>
          <Box sx={{ mt: 1 }}>
            <ChangesSummary series={series} />
          </Box>
          <ChangesTable series={series} />
        </>
      ) : (
        <Typography color="text.secondary">{t('chartEmpty')}</Typography>
      )}
    </Paper>
  );
}
