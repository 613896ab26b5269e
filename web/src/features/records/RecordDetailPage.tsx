import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Button, Grid, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useTenantSlug } from '../../app/TenantScope';
import { CopyButton } from '../../components/CopyButton';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorAlert, Loading } from '../../components/States';
import { ChangeHistory } from './ChangeHistory';
import { RecordFieldsTable } from './RecordFieldsTable';
import { RecordStatusChip } from './RecordStatusChip';
import { RelationsPanel } from './RelationsPanel';
import { isEntity, recordKeys, recordTitle, type Entity, type RecordDetail } from './record-model';

/** `/t/:slug/records/:entity/:sourcedId`: one record, what relates to it, and how imports changed it. */
export default function RecordDetailPage() {
  const { t } = useTranslation('records');
  const slug = useTenantSlug();
  const { entity = '', sourcedId = '' } = useParams();
  const record = useQuery({
    queryKey: recordKeys.one(slug, entity, sourcedId),
    queryFn: () =>
      call(
        api.GET('/api/v1/tenants/{slug}/records/{entity}/{sourcedId}', {
          params: { path: { slug, entity, sourcedId } },
        }),
      ),
    retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
  });
  const listPath = `/t/${slug}/records${isEntity(entity) ? `/${entity}` : ''}`;
  const back = (
    <Button component={RouterLink} to={listPath} startIcon={<ArrowBackIcon aria-hidden />}>
      {t('backToList')}
    </Button>
  );

  if (record.isPending)
    return (
      <>
        <PageHeader title={t('title')} actions={back} />
        <Loading />
      </>
    );
  if (record.error) {
    const missing = record.error instanceof ApiError && record.error.status === 404;
    return (
      <>
        <PageHeader title={t('title')} actions={back} />
        <Paper sx={{ p: { xs: 2, md: 3 } }}>
          {missing ? (
            <EmptyState title={t('notFoundTitle')} body={t('notFoundBody')} action={back} />
          ) : (
            <ErrorAlert error={record.error} onRetry={() => void record.refetch()} />
          )}
        </Paper>
      </>
    );
  }
  return <Detail slug={slug} detail={record.data} back={back} />;
}

function Detail({ slug, detail, back }: { slug: string; detail: RecordDetail; back: ReactNode }) {
  const { t } = useTranslation('records');
  const entity: Entity = detail.entity;
  const { name, kana } = recordTitle(entity, detail.record);
  const status = typeof detail.record.status === 'string' ? detail.record.status : null;
  const subtitle = (
    <Stack component="span" direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      {kana ? <span>{kana}</span> : null}
      <span>{t(`entity_${entity}`)}</span>
      <RecordStatusChip status={status} />
      <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
        {detail.sourcedId}
      </Typography>
      <CopyButton value={detail.sourcedId} />
    </Stack>
  );
  return (
    <>
      <PageHeader title={name} subtitle={subtitle} actions={back} />
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Section title={t('sectionFields')}>
            <RecordFieldsTable slug={slug} record={detail.record} isUser={entity === 'users'} />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Section title={t('sectionRelations')}>
            <RelationsPanel slug={slug} relations={detail.relations} />
          </Section>
        </Grid>
        <Grid size={12}>
          <Section title={t('sectionHistory')} hint={t('historyHint')}>
            <ChangeHistory slug={slug} history={detail.history} truncated={detail.historyTruncated} />
          </Section>
        </Grid>
      </Grid>
    </>
  );
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper component="section" sx={{ p: { xs: 2, md: 3 }, height: '100%' }}>
      <Typography variant="h6" component="h2" sx={{ mb: hint ? 0.5 : 2 }}>
        {title}
      </Typography>
      {hint ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {hint}
        </Typography>
      ) : null}
      {children}
    </Paper>
  );
}
