import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { Alert, AlertTitle, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ProfileName } from '../../../../src/import/profiles/profile';
import { useTenantSlug } from '../../app/TenantScope';
import { PageHeader } from '../../components/PageHeader';
import { formatBytes, formatNumber } from '../../i18n/format';
import { can, roleIn, useSignedIn } from '../../session/session';
import { addChosen } from './file-selection';
import type { ProblemParams } from './precheck-input-error';
import { PrecheckDropZone, PrecheckFileList } from './PrecheckFiles';
import { PrecheckProgress } from './PrecheckProgress';
import { PrecheckResult } from './PrecheckResult';
import { usePrecheck, type PrecheckState } from './use-precheck';
import { useTenantProfile } from './use-tenant-profile';

/** Japan first: the profile most tenants use. Listed here, not imported, to keep the validator off this page. */
const PROFILE_ORDER: readonly ProfileName[] = ['japan', 'oneroster', 'eportal'];

/** Any member may check files here; nothing is sent to the server. */
export default function PrecheckPage() {
  const { t } = useTranslation('precheck');
  const slug = useTenantSlug();
  const session = useSignedIn();
  const uploadHref = can(roleIn(session, slug), 'upload') ? `/t/${slug}/upload` : null;
  const { state, start, stop, reset } = usePrecheck();
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          uploadHref ? (
            <Button component={RouterLink} to={uploadHref}>
              {t('goUploadPage')}
            </Button>
          ) : undefined
        }
      />
      <Alert severity="info" role="note" icon={<LockOutlinedIcon />} sx={{ mb: 3 }}>
        <AlertTitle>{t('privacyTitle')}</AlertTitle>
        {t('privacyBody')}
      </Alert>
      {state.kind === 'running' ? (
        <PrecheckProgress file={state.file} rows={state.rows} startedAt={state.startedAt} onStop={stop} />
      ) : state.kind === 'done' ? (
        <PrecheckResult
          report={state.report}
          profile={state.profile}
          uploadHref={uploadHref}
          onCheckOther={reset}
        />
      ) : (
        <PrecheckForm slug={slug} state={state} onStart={start} />
      )}
    </>
  );
}

/** Choose the files and the profile, then start; a failed or stopped check says why above the form. */
function PrecheckForm(props: {
  slug: string;
  state: PrecheckState;
  onStart: (files: File[], profile: ProfileName) => void;
}) {
  const { t } = useTranslation('precheck');
  const [files, setFiles] = useState<File[]>([]);
  const [replaced, setReplaced] = useState(false);
  const [chosenProfile, setProfile] = useState<ProfileName | null>(null);
  const defaultProfile = useTenantProfile(props.slug);
  const profile = chosenProfile ?? defaultProfile;
  const add = (added: File[]) => {
    const next = addChosen(files, added);
    setFiles(next.files);
    setReplaced(next.replaced);
  };
  return (
    <Stack spacing={3}>
      <Outcome state={props.state} />
      <Paper component="section" aria-labelledby="precheck-step-files" sx={{ p: { xs: 2, md: 3 } }}>
        <Typography id="precheck-step-files" variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('stepFilesTitle')}
        </Typography>
        <PrecheckDropZone onFiles={add} />
        {replaced ? (
          <Alert severity="info" role="status" sx={{ mt: 2 }}>
            {t('zipReplaces')}
          </Alert>
        ) : null}
        <PrecheckFileList
          files={files}
          onRemove={(file) => setFiles((f) => f.filter((x) => x !== file))}
          onClear={() => setFiles([])}
        />
      </Paper>
      <Paper component="section" aria-labelledby="precheck-step-profile" sx={{ p: { xs: 2, md: 3 } }}>
        <Typography id="precheck-step-profile" variant="h6" component="h2" sx={{ mb: 2 }}>
          {t('stepProfileTitle')}
        </Typography>
        <TextField
          select
          label={t('profileLabel')}
          value={profile}
          onChange={(e) => setProfile(e.target.value as ProfileName)}
          helperText={t('profileHelp', { profile: t(`profile_${defaultProfile}`) })}
          sx={{ maxWidth: 640, width: '100%' }}
        >
          {PROFILE_ORDER.map((p) => (
            <MenuItem key={p} value={p}>
              {t(`profile_${p}`)}
            </MenuItem>
          ))}
        </TextField>
      </Paper>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Button
          variant="contained"
          size="large"
          disabled={files.length === 0}
          onClick={() => props.onStart(files, profile)}
        >
          {t('start')}
        </Button>
        <Typography color="text.secondary">{files.length ? t('startHint') : t('chooseFirstHint')}</Typography>
      </Stack>
      <Typography color="text.secondary" variant="body2">
        {t('sameAsServer')}
      </Typography>
    </Stack>
  );
}

/** Why the last check did not give a report, in words for the reader. */
function Outcome({ state }: { state: PrecheckState }) {
  const { t } = useTranslation('precheck');
  if (state.kind === 'stopped')
    return (
      <Alert severity="info" role="status">
        {t('stopped')}
      </Alert>
    );
  if (state.kind === 'noWorker')
    return (
      <Alert severity="error" role="alert">
        {t('noWorker')}
      </Alert>
    );
  if (state.kind === 'crashed')
    return (
      <Alert severity="error" role="alert">
        <AlertTitle>{t('crashedTitle')}</AlertTitle>
        {t('crashedBody', { message: state.message })}
      </Alert>
    );
  if (state.kind === 'failed')
    return (
      <Alert severity="error" role="alert">
        <AlertTitle>{t('failedTitle')}</AlertTitle>
        {t(`problem_${state.problem}`, readable(state.params))}
      </Alert>
    );
  return null;
}

/** Sizes and counts as people read them ("50 MB", "1,234"). */
function readable(params: ProblemParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(params)) {
    if (typeof v === 'string') out[key] = v;
    else out[key] = key === 'size' || key === 'limit' ? formatBytes(v) : formatNumber(v);
  }
  return out;
}
