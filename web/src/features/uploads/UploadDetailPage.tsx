import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Button, Grid, Paper, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { useTenantSlug } from '../../app/TenantScope';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert, Loading } from '../../components/States';
import { can, roleIn, useSignedIn } from '../../session/session';
import { FileCountsTable } from './FileCountsTable';
import { IssueTable } from './IssueTable';
import { RevertConfirmBody, RevertedCounts, RevertError } from './RevertParts';
import { UploadFacts } from './UploadFacts';
import { UploadOutcome } from './UploadOutcome';
import { UploadProgress } from './UploadProgress';
import {
  asIssues,
  asSummary,
  canCancel,
  canRevert,
  fileCountsOf,
  isActive,
  progressOf,
  reportCsvUrl,
  sourceName,
  uploadKeys,
  type UploadView,
} from './upload-model';
import { useUpload, useUploadReport } from './use-upload';

export default function UploadDetailPage() {
  const { t } = useTranslation('uploads');
  const slug = useTenantSlug();
  const id = useParams().id ?? '';
  const upload = useUpload(slug, id);
  const back = (
    <Button component={RouterLink} to={`/t/${slug}/uploads`} startIcon={<ArrowBackIcon aria-hidden />}>
      {t('historyLink')}
    </Button>
  );
  if (upload.isPending)
    return (
      <>
        <PageHeader title={t('detailTitle')} actions={back} />
        <Loading />
      </>
    );
  if (!upload.data)
    return (
      <>
        <PageHeader title={t('detailTitle')} actions={back} />
        <ErrorAlert error={upload.error} onRetry={() => void upload.refetch()} />
      </>
    );
  return <UploadDetail slug={slug} upload={upload.data} polling={upload.polling} back={back} />;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography id={id} variant="h6" component="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function UploadDetail(props: { slug: string; upload: UploadView; polling: boolean; back: ReactNode }) {
  const { t } = useTranslation('uploads');
  const { slug, upload } = props;
  const id = upload.uploadId;
  const running = isActive(upload.status);
  const report = useUploadReport(slug, id, !running);
  const mayAct = can(roleIn(useSignedIn(), slug), 'upload');
  const csv = reportCsvUrl(slug, id);
  const actions = useUploadActions(slug, id);
  const [asking, setAsking] = useState<'cancel' | 'revert' | null>(null);
  const confirm = (what: 'cancel' | 'revert') => {
    actions.reset();
    setAsking(what);
  };
  const act = async () => {
    const what = asking!;
    try {
      await (what === 'cancel' ? actions.cancel : actions.revert).mutateAsync();
    } catch {
      // Shown above the page's sections from the mutation's own error.
    } finally {
      setAsking(null);
    }
  };
  const retrying = running && upload.failure?.code === 'upload.retrying';
  return (
    <>
      <PageHeader
        title={t('detailTitle')}
        subtitle={sourceName(upload.source, t)}
        actions={
          <>
            {props.back}
            {running ? null : (
              <Button href={csv} download variant="outlined" startIcon={<DownloadIcon aria-hidden />}>
                {t('downloadCsv')}
              </Button>
            )}
            {mayAct && canCancel(upload) ? (
              <Button color="warning" variant="outlined" onClick={() => confirm('cancel')}>
                {t('cancelUpload')}
              </Button>
            ) : null}
            {mayAct && canRevert(upload) ? (
              <Button color="error" variant="contained" onClick={() => confirm('revert')}>
                {t('revertUpload')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack spacing={3}>
        {actions.cancel.error ? (
          <ErrorAlert error={actions.cancel.error} title={t('cancelFailedTitle')} />
        ) : null}
        {actions.revert.error ? <RevertError error={actions.revert.error} /> : null}
        {actions.revert.isSuccess ? (
          <Alert severity="success" role="status">
            {t('revertDone')}
          </Alert>
        ) : null}
        {running ? (
          <Section id="detail-progress" title={t('progressTitle')}>
            <UploadProgress phase={upload.status} {...progressOf(upload)} dryRun={upload.dryRun} />
            {upload.cancelRequested ? (
              <Alert severity="info" sx={{ mt: 2 }}>
                {t('cancelRequested')}
              </Alert>
            ) : null}
            {retrying ? (
              <Alert severity="info" sx={{ mt: 2 }}>
                {t('retryingNote')}
              </Alert>
            ) : null}
            {props.polling ? (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {t('pollingNote')}
              </Typography>
            ) : null}
          </Section>
        ) : (
          <UploadOutcome upload={upload} />
        )}
        <Grid container spacing={3}>
          <Grid size={{ xs: 12, xl: 5 }}>
            <Section id="detail-facts" title={t('factsTitle')}>
              <UploadFacts slug={slug} upload={upload} />
            </Section>
          </Grid>
          <Grid size={{ xs: 12, xl: 7 }}>
            <Section id="detail-counts" title={t('fileCountsTitle')}>
              <FileCountsTable files={fileCountsOf(upload)} />
              {upload.status === 'reverted' ? (
                <>
                  <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 3, mb: 1 }}>
                    {t('revertedCountsTitle')}
                  </Typography>
                  <RevertedCounts counts={upload.revert.counts} />
                </>
              ) : null}
            </Section>
          </Grid>
        </Grid>
        <Section id="detail-issues" title={t('issuesTitle')}>
          {running ? (
            <Typography color="text.secondary">{t('issuesAfterRun')}</Typography>
          ) : report.error ? (
            <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
          ) : report.data ? (
            <IssueTable
              issues={[...asIssues(report.data.errors), ...asIssues(report.data.warnings)]}
              summary={asSummary(report.data.summary)}
              reportCsvHref={csv}
            />
          ) : (
            <Loading />
          )}
        </Section>
      </Stack>
      <ConfirmDialog
        open={asking === 'cancel'}
        title={t('cancelConfirmTitle')}
        confirmLabel={t('cancelUpload')}
        busy={actions.cancel.isPending}
        onConfirm={() => void act()}
        onClose={() => setAsking(null)}
      >
        <Typography>{t('cancelConfirmBody')}</Typography>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'revert'}
        title={t('revertConfirmTitle')}
        confirmLabel={t('revertUpload')}
        danger
        busy={actions.revert.isPending}
        onConfirm={() => void act()}
        onClose={() => setAsking(null)}
      >
        <RevertConfirmBody upload={upload} />
      </ConfirmDialog>
    </>
  );
}

/** Cancel and revert: each answers the upload's new state, which replaces the cached one. */
function useUploadActions(slug: string, id: string) {
  const qc = useQueryClient();
  const settle = (view: UploadView) => {
    qc.setQueryData(uploadKeys.one(slug, id), view);
    void qc.invalidateQueries({ queryKey: [...uploadKeys.all(slug), 'list'] });
  };
  const params = { params: { path: { id }, query: { tenant: slug } } };
  const cancel = useMutation({
    mutationFn: () => call(api.POST('/api/v1/uploads/{id}/cancel', params)),
    onSuccess: settle,
  });
  const revert = useMutation({
    mutationFn: () => call(api.POST('/api/v1/uploads/{id}/revert', params)),
    onSuccess: settle,
  });
  return {
    cancel,
    revert,
    reset: () => {
      cancel.reset();
      revert.reset();
    },
  };
}
