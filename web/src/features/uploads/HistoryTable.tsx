import {
  Chip,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { formatBytes, formatNumber } from '../../i18n/format';
import { StatusChip, UploadMarkers } from './StatusChip';
import { fileCountsOf, sourceName, totalsOf, wasApplied, type UploadView } from './upload-model';

/** One line per upload, newest first; a row opens the upload's page. */
export function HistoryTable({ slug, uploads }: { slug: string; uploads: readonly UploadView[] }) {
  const { t } = useTranslation('uploads');
  const navigate = useNavigate();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('historyTitle')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('colWhen')}</TableCell>
            <TableCell>{t('colSource')}</TableCell>
            <TableCell>{t('colStatus')}</TableCell>
            <TableCell>{t('colCounts')}</TableCell>
            <TableCell>{t('colIssues')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {uploads.map((u) => {
            const href = `/t/${slug}/uploads/${u.uploadId}`;
            return (
              <TableRow
                key={u.uploadId}
                hover
                onClick={(e) => {
                  // The link inside handles its own clicks (and middle-clicks, new tabs).
                  if ((e.target as HTMLElement).closest('a')) return;
                  void navigate(href);
                }}
                sx={{ cursor: 'pointer' }}
              >
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <DateTime value={u.createdAt} />
                </TableCell>
                <TableCell>
                  <Link component={RouterLink} to={href} sx={{ fontWeight: 500, wordBreak: 'break-all' }}>
                    {sourceName(u.source, t)}
                  </Link>
                  <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                    {t(`kind_${u.source.kind}`)} · {formatBytes(u.source.bytes)}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
                    <StatusChip status={u.status} />
                    <UploadMarkers dryRun={u.dryRun} noop={u.noop} />
                  </Stack>
                </TableCell>
                <TableCell>
                  <CountsSummary upload={u} />
                </TableCell>
                <TableCell>
                  <IssueCounts errors={u.errorCount} warnings={u.warningCount} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export function CountsSummary({ upload }: { upload: UploadView }) {
  const { t } = useTranslation('uploads');
  const files = fileCountsOf(upload);
  if (files.length === 0) return <>—</>;
  const totals = totalsOf(files);
  if (!wasApplied(files)) return <>{t('rowsChecked', { n: formatNumber(totals.rows) })}</>;
  return (
    <>
      {t('countsShort', {
        created: formatNumber(totals.created),
        updated: formatNumber(totals.updated),
        deleted: formatNumber(totals.deleted),
      })}
    </>
  );
}

function IssueCounts({ errors, warnings }: { errors: number; warnings: number }) {
  const { t } = useTranslation('uploads');
  if (!errors && !warnings) return <>{t('noIssuesShort')}</>;
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      {errors ? (
        <Chip size="small" color="error" label={t('errorsCount', { n: formatNumber(errors) })} />
      ) : null}
      {warnings ? (
        <Chip
          size="small"
          color="warning"
          variant="outlined"
          label={t('warningsCount', { n: formatNumber(warnings) })}
        />
      ) : null}
    </Stack>
  );
}
