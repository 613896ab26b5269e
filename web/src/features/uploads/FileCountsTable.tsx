import {
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableFooter,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { totalsOf, wasApplied, type FileCounts } from './upload-model';

const cell = (n: number | null) => (n === null ? '—' : formatNumber(n));

/**
 * What an upload did, file by file: rows read and, once applied, records created, updated,
 * unchanged and deleted. A dry run or a failed upload only read rows, and the table says so.
 */
export function FileCountsTable({ files }: { files: readonly FileCounts[] }) {
  const { t } = useTranslation('uploads');
  if (files.length === 0) return <Typography color="text.secondary">{t('noFileCounts')}</Typography>;
  const applied = wasApplied(files);
  const totals = totalsOf(files);
  return (
    <>
      {applied ? null : (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t('notAppliedNote')}
        </Typography>
      )}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('fileCountsTitle')} sx={{ '& th, & td': { whiteSpace: 'nowrap' } }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('colFile')}</TableCell>
              <TableCell align="right">{t('colRows')}</TableCell>
              {applied ? (
                <>
                  <TableCell align="right">{t('colCreated')}</TableCell>
                  <TableCell align="right">{t('colUpdated')}</TableCell>
                  <TableCell align="right">{t('colUnchanged')}</TableCell>
                  <TableCell align="right">{t('colDeleted')}</TableCell>
                </>
              ) : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {files.map((f) => (
              <TableRow key={f.name}>
                <TableCell component="th" scope="row">{`${f.name}.csv`}</TableCell>
                <TableCell align="right">{cell(f.rows)}</TableCell>
                {applied ? (
                  <>
                    <TableCell align="right">{cell(f.created)}</TableCell>
                    <TableCell align="right">{cell(f.updated)}</TableCell>
                    <TableCell align="right">{cell(f.unchanged)}</TableCell>
                    <TableCell align="right">{cell(f.deleted)}</TableCell>
                  </>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
          {files.length > 1 ? (
            <TableFooter>
              <TableRow
                sx={{ '& td, & th': { fontWeight: 600, color: 'text.primary', fontSize: '0.875rem' } }}
              >
                <TableCell component="th" scope="row">
                  {t('total')}
                </TableCell>
                <TableCell align="right">{formatNumber(totals.rows)}</TableCell>
                {applied ? (
                  <>
                    <TableCell align="right">{formatNumber(totals.created)}</TableCell>
                    <TableCell align="right">{formatNumber(totals.updated)}</TableCell>
                    <TableCell align="right">{formatNumber(totals.unchanged)}</TableCell>
                    <TableCell align="right">{formatNumber(totals.deleted)}</TableCell>
                  </>
                ) : null}
              </TableRow>
            </TableFooter>
          ) : null}
        </Table>
      </TableContainer>
    </>
  );
}
