import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Grid,
  Paper,
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
import { Link as RouterLink } from 'react-router';
import type { Issue } from '../../../../src/import/issues';
import type { ProfileName } from '../../../../src/import/profiles/profile';
import { formatDuration, formatNumber } from '../../i18n/format';
import { IssueTable } from '../uploads/IssueTable';
import type { PrecheckReport } from './run-precheck';

/** The report of a finished check: the verdict first, then counts, rows per file and every issue. */
export function PrecheckResult(props: {
  report: PrecheckReport;
  profile: ProfileName;
  uploadHref: string | null;
  onCheckOther: () => void;
}) {
  const { t } = useTranslation('precheck');
  const { report } = props;
  const issues = [...report.errors, ...report.warnings];
  return (
    <Stack spacing={3}>
      <Paper component="section" aria-labelledby="precheck-result" sx={{ p: { xs: 2, md: 3 } }}>
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={2}
          sx={{ mb: 2, alignItems: { md: 'center' }, justifyContent: 'space-between' }}
        >
          <Box>
            <Typography id="precheck-result" variant="h6" component="h2">
              {t('resultTitle')}
            </Typography>
            <Typography color="text.secondary" variant="body2">
              {t('resultFacts', {
                files: formatNumber(report.fileNames.length),
                profile: t(`profile_${props.profile}`),
                duration: formatDuration(report.durationMs),
              })}
            </Typography>
          </Box>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            {issues.length ? (
              <Button
                variant="outlined"
                startIcon={<DownloadIcon aria-hidden />}
                onClick={() => void saveCsv(issues, t('reportFileName'))}
              >
                {t('downloadReport')}
              </Button>
            ) : null}
            <Button variant="outlined" onClick={props.onCheckOther}>
              {t('checkOther')}
            </Button>
          </Stack>
        </Stack>
        <Verdict report={report} uploadHref={props.uploadHref} />
        <Counts report={report} />
        {report.summary.some((g) => g.code === 'ref.unchecked') ? (
          <Alert severity="info" role="note" sx={{ mt: 2 }}>
            <AlertTitle>{t('uncheckedTitle')}</AlertTitle>
            {t('uncheckedBody')}
          </Alert>
        ) : null}
        <RowsPerFile rows={report.rows} />
      </Paper>
      <Paper component="section" aria-labelledby="precheck-issues" sx={{ p: { xs: 2, md: 3 } }}>
        <Typography id="precheck-issues" variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('issuesTitle')}
        </Typography>
        <IssueTable issues={issues} summary={report.summary} />
      </Paper>
    </Stack>
  );
}

/** The CSV writer comes with the issue code table: loaded only when someone saves a report. */
async function saveCsv(issues: readonly Issue[], fileName: string): Promise<void> {
  const { downloadReportCsv } = await import('./report-download');
  downloadReportCsv(issues, fileName);
}

function Verdict({ report, uploadHref }: { report: PrecheckReport; uploadHref: string | null }) {
  const { t } = useTranslation('precheck');
  if (report.errorCount > 0)
    return (
      <Alert severity="error" role="status" data-testid="precheck-verdict">
        <AlertTitle>{t('errorsTitle', { n: formatNumber(report.errorCount) })}</AlertTitle>
        {report.manifest ? t('errorsBody') : t('manifestOnlyBody')}
      </Alert>
    );
  return (
    <Alert
      severity="success"
      role="status"
      data-testid="precheck-verdict"
      action={
        uploadHref ? (
          <Button component={RouterLink} to={uploadHref} color="inherit" variant="outlined" size="small">
            {t('goUpload')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{t('okTitle')}</AlertTitle>
      {report.warningCount ? t('okBodyWarnings') : t('okBody')}
      {uploadHref ? null : <Box sx={{ mt: 1 }}>{t('okCannotUpload')}</Box>}
    </Alert>
  );
}

function Counts({ report }: { report: PrecheckReport }) {
  const { t } = useTranslation('precheck');
  const items = [
    {
      label: t('errorsLabel'),
      n: report.errorCount,
      color: report.errorCount ? 'error.main' : 'text.primary',
    },
    {
      label: t('warningsLabel'),
      n: report.warningCount,
      color: report.warningCount ? 'warning.dark' : 'text.primary',
    },
  ];
  return (
    <Grid container spacing={2} sx={{ mt: 1 }}>
      {items.map((item) => (
        <Grid key={item.label} size={{ xs: 6, md: 3 }}>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Typography color="text.secondary" variant="body2">
              {item.label}
            </Typography>
            <Typography variant="h4" component="p" sx={{ color: item.color, fontWeight: 600 }}>
              {t('countItems', { n: formatNumber(item.n) })}
            </Typography>
          </Paper>
        </Grid>
      ))}
    </Grid>
  );
}

function RowsPerFile({ rows }: { rows: Record<string, number> }) {
  const { t } = useTranslation('precheck');
  const entries = Object.entries(rows);
  return (
    <Box sx={{ mt: 3 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
        {t('rowsTitle')}
      </Typography>
      {entries.length === 0 ? (
        <Typography color="text.secondary">{t('noRows')}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined" sx={{ maxWidth: 480 }}>
          <Table size="small" aria-label={t('rowsTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('colFile')}</TableCell>
                <TableCell align="right">{t('colRows')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {entries.map(([file, n]) => (
                <TableRow key={file}>
                  <TableCell>{`${file}.csv`}</TableCell>
                  <TableCell align="right">{formatNumber(n)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
