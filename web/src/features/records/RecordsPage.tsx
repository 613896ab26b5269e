import { Box, Button, LinearProgress, Paper, Tab, TablePagination, Tabs } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { useTenantSlug } from '../../app/TenantScope';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorAlert, Loading } from '../../components/States';
import { formatNumber } from '../../i18n/format';
import { can, roleIn, useSignedIn } from '../../session/session';
import { RecordFilters } from './RecordFilters';
import { RecordTable } from './RecordTable';
import {
  apiQueryOf,
  DEFAULT_ENTITY,
  DEFAULT_PAGE_SIZE,
  ENTITIES,
  isEntity,
  listStateOf,
  PAGE_SIZES,
  paramsOf,
  recordKeys,
  type Entity,
  type ListState,
  type RecordPage,
} from './record-model';

/** `/t/:slug/records[/:entity]`: a tenant's records, one kind per tab, searched and filtered. */
export default function RecordsPage() {
  const { t } = useTranslation('records');
  const slug = useTenantSlug();
  const { entity: param } = useParams();
  if (param !== undefined && !isEntity(param))
    return (
      <>
        <PageHeader title={t('title')} />
        <Paper>
          <EmptyState
            title={t('unknownKindTitle')}
            action={
              <Button component={RouterLink} to={`/t/${slug}/records`} variant="contained">
                {t('backToList')}
              </Button>
            }
          />
        </Paper>
      </>
    );
  return <RecordList slug={slug} entity={param ?? DEFAULT_ENTITY} />;
}

function RecordList({ slug, entity }: { slug: string; entity: Entity }) {
  const { t } = useTranslation('records');
  const tc = useTranslation().t;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = listStateOf(params);
  const query = apiQueryOf(entity, state);
  const list = useQuery({
    queryKey: recordKeys.list(slug, entity, query),
    queryFn: () =>
      call(
        api.GET('/api/v1/tenants/{slug}/records/{entity}', {
          params: { path: { slug, entity }, query },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  // Search words replace the entry (no history step per pause in typing); filters and pages add one.
  const update = (patch: Partial<ListState>) =>
    setParams(paramsOf({ ...state, page: 0, ...patch }), { replace: 'q' in patch });
  // A page past the end (an old link, fewer records since): go to the last page there is.
  const lastPage = list.data ? Math.max(0, Math.ceil(list.data.total / state.size) - 1) : 0;
  const pastEnd = !!list.data && !list.isPlaceholderData && state.page > lastPage;
  useEffect(() => {
    if (pastEnd) setParams(paramsOf({ ...state, page: lastPage }), { replace: true });
  });
  const filtered = !!(state.q.trim() || state.status || query.role || query.type);
  const clearFilters = () => setParams(state.size === DEFAULT_PAGE_SIZE ? {} : { size: String(state.size) });
  const changeTab = (next: Entity) => {
    // Search words and status carry over to the other tab; its own filter and the page do not.
    const carried = paramsOf({ ...state, kind: '', page: 0 });
    void navigate({
      pathname: `/t/${slug}/records/${next}`,
      search: new URLSearchParams(carried).toString(),
    });
  };

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Paper sx={{ p: { xs: 2, md: 3 } }}>
        <Tabs
          value={entity}
          onChange={(_e, v: Entity) => changeTab(v)}
          variant="scrollable"
          allowScrollButtonsMobile
          aria-label={t('entitiesLabel')}
          sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
        >
          {ENTITIES.map((e) => (
            <Tab key={e} value={e} label={t(`entity_${e}`)} />
          ))}
        </Tabs>
        <RecordFilters key={entity} entity={entity} state={state} onChange={update} />
        <Box sx={{ height: 4 }}>
          {list.isFetching && list.data ? <LinearProgress aria-label={t('refreshing')} /> : null}
        </Box>
        {list.isPending ? <Loading /> : null}
        {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data ? (
          list.data.total === 0 ? (
            <NoRows slug={slug} entity={entity} page={list.data} filtered={filtered} onClear={clearFilters} />
          ) : (
            <>
              <RecordTable slug={slug} entity={entity} rows={list.data.rows} />
              <TablePagination
                component="div"
                count={list.data.total}
                page={Math.min(state.page, lastPage)}
                rowsPerPage={state.size}
                rowsPerPageOptions={[...PAGE_SIZES]}
                onPageChange={(_e, page) => update({ page })}
                onRowsPerPageChange={(e) => update({ size: Number(e.target.value) })}
                labelRowsPerPage={tc('rowsPerPage')}
                labelDisplayedRows={({ from, to, count }) =>
                  tc('pageOf', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(count) })
                }
              />
            </>
          )
        ) : null}
      </Paper>
    </>
  );
}

/** An empty list says why: no data at all (go upload), nothing matching (clear), or none of this kind. */
function NoRows(props: {
  slug: string;
  entity: Entity;
  page: RecordPage;
  filtered: boolean;
  onClear: () => void;
}) {
  const { t } = useTranslation('records');
  const mayUpload = can(roleIn(useSignedIn(), props.slug), 'upload');
  if (!props.page.tenantHasData)
    return (
      <EmptyState
        title={t('noDataTitle')}
        body={t('noDataBody')}
        action={
          mayUpload ? (
            <Button component={RouterLink} to={`/t/${props.slug}/upload`} variant="contained">
              {t('goUpload')}
            </Button>
          ) : undefined
        }
      />
    );
  if (props.filtered)
    return (
      <EmptyState
        title={t('noMatchTitle')}
        body={t('noMatchBody')}
        action={<Button onClick={props.onClear}>{t('clearFilters')}</Button>}
      />
    );
  return (
    <EmptyState
      title={t('noneOfKindTitle', { kind: t(`entity_${props.entity}`) })}
      body={t('noneOfKindBody')}
    />
  );
}
