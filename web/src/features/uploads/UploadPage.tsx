import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorAlert } from '../../components/States';
import { useTenantSlug } from '../../app/TenantScope';
import { can, roleIn, useSignedIn } from '../../session/session';
import { addFiles, checkSelection } from './bundle-selection';
import { ChosenFiles } from './ChosenFiles';
import { DropZone } from './DropZone';
import { SampleBundleLink } from './SampleBundleLink';
import { UploadOptions, useDefaultProfile } from './UploadOptions';
import { UploadProgress } from './UploadProgress';
import { UploadRun } from './UploadRun';
import { SendAborted, sendUpload, type Sending } from './send-upload';
import { uploadKeys, type Profile, type UploadAccepted } from './upload-model';

type Stage =
  | { kind: 'choose' }
  | { kind: 'sending'; sent: number; total: number }
  | { kind: 'running'; accepted: UploadAccepted };

export default function UploadPage() {
  const { t } = useTranslation('uploads');
  const slug = useTenantSlug();
  const session = useSignedIn();
  const allowed = can(roleIn(session, slug), 'upload');
  return (
    <>
      <PageHeader
        title={t('uploadTitle')}
        subtitle={t('uploadSubtitle')}
        actions={
          <Button component={RouterLink} to={`/t/${slug}/uploads`} sx={{ whiteSpace: 'nowrap' }}>
            {t('historyLink')}
          </Button>
        }
      />
      {allowed ? (
        <UploadFlow slug={slug} />
      ) : (
        <Paper sx={{ p: 2 }}>
          <EmptyState
            title={t('notAllowedTitle')}
            body={t('notAllowedBody')}
            action={
              <Button component={RouterLink} to={`/t/${slug}/uploads`} variant="outlined">
                {t('historyLink')}
              </Button>
            }
          />
        </Paper>
      )}
    </>
  );
}

/** Choose → send (bytes) → follow the server's phases → the result. */
function UploadFlow({ slug }: { slug: string }) {
  const { t } = useTranslation('uploads');
  const qc = useQueryClient();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [files, setFiles] = useState<File[]>([]);
  const [dryRun, setDryRun] = useState(false);
  const [chosenProfile, setProfile] = useState<Profile | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [aborted, setAborted] = useState(false);
  const sending = useRef<Sending | null>(null);
  const defaultProfile = useDefaultProfile(slug);
  const profile = chosenProfile ?? defaultProfile;
  const selection = checkSelection(files);
  const ready = selection.files.length > 0 && selection.problems.length === 0;

  const start = async () => {
    setError(null);
    setAborted(false);
    const total = selection.files.reduce((n, f) => n + f.file.size, 0);
    setStage({ kind: 'sending', sent: 0, total });
    const s = sendUpload({
      slug,
      files: selection.files,
      dryRun,
      profile,
      onProgress: (sent, all) => setStage({ kind: 'sending', sent, total: all }),
    });
    sending.current = s;
    try {
      const accepted = await s.done;
      qc.setQueryData(uploadKeys.one(slug, accepted.uploadId), accepted.upload);
      void qc.invalidateQueries({ queryKey: [...uploadKeys.all(slug), 'list'] });
      setStage({ kind: 'running', accepted });
    } catch (err) {
      if (err instanceof SendAborted) setAborted(true);
      else setError(err);
      setStage({ kind: 'choose' });
    } finally {
      sending.current = null;
    }
  };
  const again = () => {
    setFiles([]);
    setStage({ kind: 'choose' });
  };

  if (stage.kind === 'sending')
    return (
      <Paper sx={{ p: { xs: 2, md: 3 } }}>
        <UploadProgress
          phase="sending"
          percent={stage.total ? (stage.sent / stage.total) * 100 : 0}
          transfer={stage}
          dryRun={dryRun}
        />
        <Button sx={{ mt: 2 }} onClick={() => sending.current?.abort()}>
          {t('abortSend')}
        </Button>
      </Paper>
    );
  if (stage.kind === 'running') return <UploadRun slug={slug} accepted={stage.accepted} onAgain={again} />;
  return (
    <Stack spacing={3}>
      {error ? <ErrorAlert error={error} title={t('sendFailedTitle')} /> : null}
      {aborted ? (
        <Alert severity="info" role="status">
          {t('sendAborted')}
        </Alert>
      ) : null}
      <Paper component="section" aria-labelledby="upload-step-files" sx={{ p: { xs: 2, md: 3 } }}>
        <Typography id="upload-step-files" variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('stepFilesTitle')}
        </Typography>
        <DropZone onFiles={(added) => setFiles((f) => addFiles(f, added))} />
        <SampleBundleLink />
        <ChosenFiles
          files={files}
          selection={selection}
          onRemove={(file) => setFiles((f) => f.filter((x) => x !== file))}
          onClear={() => setFiles([])}
        />
      </Paper>
      <Paper component="section" aria-labelledby="upload-step-options" sx={{ p: { xs: 2, md: 3 } }}>
        <Typography id="upload-step-options" variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('stepOptionsTitle')}
        </Typography>
        <UploadOptions
          profile={profile}
          defaultProfile={defaultProfile}
          onProfile={setProfile}
          dryRun={dryRun}
          onDryRun={setDryRun}
        />
      </Paper>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Button variant="contained" size="large" disabled={!ready} onClick={() => void start()}>
          {dryRun ? t('startDryRun') : t('startUpload')}
        </Button>
        <Typography color="text.secondary">
          {ready
            ? dryRun
              ? t('readyDryRunHint')
              : t('readyHint')
            : selection.problems.length
              ? t('fixProblemsHint')
              : t('notReadyHint')}
        </Typography>
      </Stack>
    </Stack>
  );
}
