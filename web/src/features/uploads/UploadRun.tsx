import { Button, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ErrorAlert, Loading } from '../../components/States';
import { FileCountsTable } from './FileCountsTable';
import { IssueTable } from './IssueTable';
import { UploadOutcome } from './UploadOutcome';
import { UploadProgress } from './UploadProgress';
import {
  asIssues,
  asSummary,
  fileCountsOf,
  isActive,
  progressOf,
  reportCsvUrl,
  type UploadAccepted,
} from './upload-model';
import { useUpload, useUploadReport } from './use-upload';

/** An upload just sent: its server phases live, then what it did and what the validation found. */
export function UploadRun(props: { slug: string; accepted: UploadAccepted; onAgain: () => void }) {
  const { t } = useTranslation('uploads');
  const { slug, accepted } = props;
  const id = accepted.uploadId;
  const upload = useUpload(slug, id, accepted.upload);
  const view = upload.data ?? accepted.upload;
  const running = isActive(view.status);
  const report = useUploadReport(slug, id, !running);
  const detail = `/t/${slug}/uploads/${id}`;
  return (
    <Stack spacing={3}>
      <Paper sx={{ p: { xs: 2, md: 3 } }}>
        {running ? (
          <UploadProgress phase={view.status} {...progressOf(view)} dryRun={view.dryRun} />
        ) : (
          <UploadOutcome upload={view} />
        )}
        {upload.error && running ? <ErrorAlert error={upload.error} /> : null}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 3 }}>
          <Button component={RouterLink} to={detail} variant={running ? 'text' : 'outlined'}>
            {t('openDetail')}
          </Button>
          {running ? null : (
            <Button variant="contained" onClick={props.onAgain}>
              {t('uploadAnother')}
            </Button>
          )}
        </Stack>
        {running ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {t('runningLeaveHint')}
          </Typography>
        ) : null}
      </Paper>
      {running ? null : (
        <>
          <Paper component="section" aria-labelledby="run-counts" sx={{ p: { xs: 2, md: 3 } }}>
            <Typography id="run-counts" variant="h6" component="h2" sx={{ mb: 2 }}>
              {t('fileCountsTitle')}
            </Typography>
            <FileCountsTable files={fileCountsOf(view)} />
          </Paper>
          <Paper component="section" aria-labelledby="run-issues" sx={{ p: { xs: 2, md: 3 } }}>
            <Typography id="run-issues" variant="h6" component="h2" sx={{ mb: 2 }}>
              {t('issuesTitle')}
            </Typography>
            {report.isPending ? <Loading /> : null}
            {report.error ? <ErrorAlert error={report.error} onRetry={() => void report.refetch()} /> : null}
            {report.data ? (
              <IssueTable
                issues={[...asIssues(report.data.errors), ...asIssues(report.data.warnings)]}
                summary={asSummary(report.data.summary)}
                reportCsvHref={reportCsvUrl(slug, id)}
              />
            ) : null}
          </Paper>
        </>
      )}
    </Stack>
  );
}
