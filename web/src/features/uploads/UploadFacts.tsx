import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { DateTime } from '../../components/DateTime';
import { formatBytes, formatDuration, formatNumber } from '../../i18n/format';
import { can, roleIn, useSignedIn } from '../../session/session';
import { StatusChip, UploadMarkers } from './StatusChip';
import { sourceName, type UploadView } from './upload-model';

type Actor = UploadView['createdBy'];

/** Who did it, in words: "you", a colleague's address (for administrators), or an API client. */
function useActorLabel(slug: string): (a: Actor | null) => string {
  const { t } = useTranslation('uploads');
  const session = useSignedIn();
  const manager = can(roleIn(session, slug), 'manage');
  const users = useQuery({
    queryKey: ['tenant-users', slug],
    queryFn: () => call(api.GET('/api/v1/tenants/{slug}/users', { params: { path: { slug } } })),
    enabled: manager,
    retry: false,
  });
  return (a) => {
    if (!a) return '—';
    if (a.type === 'client') return t('actorClient', { id: a.id?.slice(0, 8) ?? '—' });
    if (a.id === session.user.id) return t('actorYou', { email: session.user.email });
    const email = users.data?.users.find((u) => u.id === a.id)?.email;
    return email ?? t('actorUser');
  };
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" color="text.secondary" sx={{ fontWeight: 500 }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, wordBreak: 'break-word' }}>
        {children}
      </Typography>
    </>
  );
}

/** The facts of an upload as a description list: status, who and when, source, options, timings. */
export function UploadFacts({ slug, upload }: { slug: string; upload: UploadView }) {
  const { t } = useTranslation('uploads');
  const actor = useActorLabel(slug);
  const { timings, revert } = upload;
  const took = (k: string) => (typeof timings[k] === 'number' ? formatDuration(timings[k]) : null);
  const durations = [
    took('validateMs') && t('timingValidate', { d: took('validateMs') }),
    took('applyMs') && t('timingApply', { d: took('applyMs') }),
    took('totalMs') && t('timingTotal', { d: took('totalMs') }),
  ].filter(Boolean);
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, max-content) 1fr' },
        columnGap: 3,
        rowGap: { xs: 0.5, sm: 1.5 },
        m: 0,
        '& dd': { mb: { xs: 1.5, sm: 0 } },
      }}
    >
      <Fact label={t('colStatus')}>
        <Stack component="span" direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }} aria-live="polite">
          <StatusChip status={upload.status} />
          <UploadMarkers dryRun={upload.dryRun} noop={upload.noop} />
        </Stack>
      </Fact>
      <Fact label={t('factBy')}>{actor(upload.createdBy)}</Fact>
      <Fact label={t('factCreatedAt')}>
        <DateTime value={upload.createdAt} seconds />
      </Fact>
      <Fact label={t('factStartedAt')}>
        <DateTime value={upload.startedAt} seconds />
      </Fact>
      <Fact label={t('factFinishedAt')}>
        <DateTime value={upload.finishedAt} seconds />
      </Fact>
      <Fact label={t('colSource')}>
        {sourceName(upload.source, t)} ({t(`kind_${upload.source.kind}`)} · {formatBytes(upload.source.bytes)}
        )
        {upload.source.filesDeleted ? (
          <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
            {t('filesDeletedNote')}
          </Typography>
        ) : null}
      </Fact>
      <Fact label={t('profileLabel')}>
        {upload.profile
          ? t(`profile_${upload.profile}`, { defaultValue: upload.profile })
          : t('profileTenantDefault')}
      </Fact>
      <Fact label={t('factMode')}>{upload.dryRun ? t('modeDryRun') : t('modeApply')}</Fact>
      <Fact label={t('factDurations')}>{durations.length ? durations.join(' / ') : '—'}</Fact>
      {upload.attempts > 1 ? <Fact label={t('factAttempts')}>{formatNumber(upload.attempts)}</Fact> : null}
      {revert.revertedAt ? (
        <Fact label={t('factRevertedAt')}>
          <DateTime value={revert.revertedAt} /> ({actor(revert.revertedBy)})
        </Fact>
      ) : revert.availableUntil ? (
        <Fact label={t('factRevertUntil')}>
          <DateTime value={revert.availableUntil} />
        </Fact>
      ) : null}
    </Box>
  );
}
