import { Button, Paper, Stack } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorAlert, Loading } from '../../components/States';
import { useTenantSlug } from '../../app/TenantScope';
import { can, roleIn, useSignedIn } from '../../session/session';
import { HistoryTable } from './HistoryTable';
import { StatusFilter } from './StatusFilter';
import { isActive, STATUSES, uploadKeys, type UploadStatus } from './upload-model';

const PAGE_SIZE = 50;

/** The statuses chosen in the address (`?status=failed,completed`), so a filtered view can be shared. */
function useStatusParam(): [UploadStatus[], (s: UploadStatus[]) => void] {
  const [params, setParams] = useSearchParams();
  const chosen = (params.get('status') ?? '')
    .split(',')
    .filter((s): s is UploadStatus => (STATUSES as readonly string[]).includes(s));
  const set = (s: UploadStatus[]) => setParams(s.length ? { status: s.join(',') } : {}, { replace: true });
  return [chosen, set];
}

export default function UploadHistoryPage() {
  const { t } = useTranslation('uploads');
  const slug = useTenantSlug();
  const mayUpload = can(roleIn(useSignedIn(), slug), 'upload');
  const [statuses, setStatuses] = useStatusParam();
  // The cursors of the pages seen so far: "previous" goes back without the API knowing how.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const list = useQuery({
    queryKey: uploadKeys.list(slug, statuses, cursor),
    queryFn: () =>
      call(
        api.GET('/api/v1/uploads', {
          params: {
            query: {
              tenant: slug,
              limit: PAGE_SIZE,
              ...(statuses.length ? { status: statuses.join(',') } : {}),
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.uploads.some((u) => isActive(u.status)) ? 3000 : false),
  });
  const filter = (s: UploadStatus[]) => {
    setStatuses(s);
    setCursors([null]);
  };
  const uploadButton = mayUpload ? (
    <Button component={RouterLink} to={`/t/${slug}/upload`} variant="contained">
      {t('newUpload')}
    </Button>
  ) : null;
  const rows = list.data?.uploads ?? [];
  return (
    <>
      <PageHeader title={t('historyTitle')} subtitle={t('historySubtitle')} actions={uploadButton} />
      <Paper sx={{ p: { xs: 2, md: 3 } }}>
        <StatusFilter value={statuses} onChange={filter} />
        {list.isPending ? <Loading /> : null}
        {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && rows.length === 0 ? (
          statuses.length ? (
            <EmptyState
              title={t('historyNoMatchTitle')}
              body={t('historyNoMatchBody')}
              action={<Button onClick={() => filter([])}>{t('clearFilters')}</Button>}
            />
          ) : (
            <EmptyState title={t('historyEmptyTitle')} body={t('historyEmptyBody')} action={uploadButton} />
          )
        ) : null}
        {rows.length ? <HistoryTable slug={slug} uploads={rows} /> : null}
        {cursors.length > 1 || list.data?.nextCursor ? (
          <Stack direction="row" spacing={1} sx={{ mt: 2, justifyContent: 'flex-end' }}>
            <Button disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
              {t('newerPage')}
            </Button>
            <Button
              variant="outlined"
              disabled={!list.data?.nextCursor || list.isPlaceholderData}
              onClick={() => setCursors((c) => [...c, list.data!.nextCursor!])}
            >
              {t('olderPage')}
            </Button>
          </Stack>
        ) : null}
      </Paper>
    </>
  );
}
