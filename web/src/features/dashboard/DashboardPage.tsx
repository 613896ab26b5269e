import { Box, Button, Grid, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useTenantSlug } from '../../app/TenantScope';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/States';
import { can, roleIn, useSignedIn } from '../../session/session';
import { ChangesSection } from './ChangesSection';
import { EntityCountCards, EntityCountSkeletons } from './EntityCountCards';
import { GettingStarted } from './GettingStarted';
import { LastUploadCard } from './LastUploadCard';
import { RecentUploadsList } from './RecentUploadsList';
import { fetchStats, hasRunningUpload, isBrandNew, statsKey, type TenantStats } from './stats-model';

/** How many applied uploads the server's series covers (the chart's hint says so). */
const SERIES_LIMIT = 30;

function Loaded({ slug, stats, mayUpload }: { slug: string; stats: TenantStats; mayUpload: boolean }) {
  const { t } = useTranslation('dashboard');
  if (isBrandNew(stats)) return <GettingStarted slug={slug} mayUpload={mayUpload} />;
  return (
    <Stack spacing={3}>
      <section aria-labelledby="dashboard-counts">
        <Typography id="dashboard-counts" component="h2" variant="h6">
          {t('countsHeading')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('countsHint')}
        </Typography>
        <EntityCountCards slug={slug} counts={stats.counts} />
      </section>
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 5 }}>
          <LastUploadCard
            slug={slug}
            last={stats.lastUpload}
            mayUpload={mayUpload}
            hasData={stats.counts.some((c) => c.active + c.tobedeleted > 0)}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <RecentUploadsList slug={slug} uploads={stats.recentUploads} />
        </Grid>
      </Grid>
      <ChangesSection series={stats.series} limit={SERIES_LIMIT} />
    </Stack>
  );
}

function LoadingShape() {
  return (
    <Stack spacing={3}>
      <Skeleton width={200} height={32} />
      <EntityCountSkeletons />
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 5 }}>
          <Skeleton variant="rounded" height={220} />
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Skeleton variant="rounded" height={220} />
        </Grid>
      </Grid>
    </Stack>
  );
}

/** `/t/:slug`: the tenant at a glance — how much data it holds, when it was last refreshed, what changed. */
export default function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const slug = useTenantSlug();
  const mayUpload = can(roleIn(useSignedIn(), slug), 'upload');
  const stats = useQuery({
    queryKey: statsKey(slug),
    queryFn: () => fetchStats(slug),
    // While an upload runs, its outcome shows up here without a reload.
    refetchInterval: (q) => (hasRunningUpload(q.state.data) ? 3000 : false),
  });
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle', { slug })}
        actions={
          mayUpload ? (
            <Button component={RouterLink} to={`/t/${encodeURIComponent(slug)}/upload`} variant="contained">
              {t('upload')}
            </Button>
          ) : null
        }
      />
      {stats.error ? (
        <Box sx={{ mb: 2 }}>
          <ErrorAlert error={stats.error} title={t('loadError')} onRetry={() => void stats.refetch()} />
        </Box>
      ) : null}
      {stats.data ? (
        <Loaded slug={slug} stats={stats.data} mayUpload={mayUpload} />
      ) : stats.error ? null : (
        <LoadingShape />
      )}
    </>
  );
}
