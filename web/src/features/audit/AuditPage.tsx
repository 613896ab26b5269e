import DownloadIcon from '@mui/icons-material/Download';
import {
  Box,
  Button,
  Grid,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type ResponseOf } from '../../api/client';
import { useTenantSlug } from '../../app/TenantScope';
import { DateTime } from '../../components/DateTime';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorAlert, Loading } from '../../components/States';
import { can, roleIn, useSignedIn } from '../../session/session';
import {
  auditCsvUrl,
  auditQuery,
  compactDetails,
  isKnownKind,
  KNOWN_KINDS,
  NO_FILTERS,
  statusValid,
  type AuditFilters,
} from './audit-query';

type AuditEvent = ResponseOf<'/api/v1/tenants/{slug}/audit', 'get'>['events'][number];

const PAGE_SIZE = 50;
const ACTOR_KEY = {
  user: 'actorUser',
  client: 'actorClient',
  system: 'actorSystem',
  anonymous: 'actorAnonymous',
} as const;

export default function AuditPage() {
  const { t } = useTranslation('audit');
  const slug = useTenantSlug();
  const session = useSignedIn();
  const allowed = can(roleIn(session, slug), 'manage');
  const [draft, setDraft] = useState<AuditFilters>(NO_FILTERS);
  const [applied, setApplied] = useState<AuditFilters>(NO_FILTERS);
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          allowed ? (
            <Tooltip title={t('csvHint')}>
              <Button
                variant="outlined"
                startIcon={<DownloadIcon aria-hidden />}
                component="a"
                href={auditCsvUrl(slug, applied)}
                download
              >
                {t('csv')}
              </Button>
            </Tooltip>
          ) : undefined
        }
      />
      {allowed ? (
        <>
          <FiltersForm
            draft={draft}
            setDraft={setDraft}
            onApply={() => setApplied(draft)}
            onReset={() => {
              setDraft(NO_FILTERS);
              setApplied(NO_FILTERS);
            }}
          />
          {/* Keyed by the filters: new filters start again at the newest page. */}
          <EventsTable key={JSON.stringify(applied)} slug={slug} filters={applied} />
        </>
      ) : (
        <Paper sx={{ p: 2 }}>
          <EmptyState title={t('forbidden')} />
        </Paper>
      )}
    </>
  );
}

function FiltersForm(props: {
  draft: AuditFilters;
  setDraft: (f: AuditFilters) => void;
  onApply: () => void;
  onReset: () => void;
}) {
  const { t } = useTranslation('audit');
  const { draft, setDraft } = props;
  const badStatus = !statusValid(draft.status);
  const set = (k: keyof AuditFilters) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [k]: e.target.value });
  return (
    <Paper
      component="form"
      noValidate
      aria-label={t('filters')}
      sx={{ p: 2, mb: 2 }}
      onSubmit={(e) => {
        e.preventDefault();
        if (!badStatus) props.onApply();
      }}
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <TextField select label={t('kindLabel')} value={draft.kind} onChange={set('kind')} fullWidth>
            <MenuItem value="">{t('kindAll')}</MenuItem>
            {Object.entries(KNOWN_KINDS).map(([kind, key]) => (
              <MenuItem key={kind} value={kind}>
                {t(key)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <TextField label={t('actorLabel')} value={draft.actorId} onChange={set('actorId')} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 2 }}>
          <TextField
            type="datetime-local"
            label={t('sinceLabel')}
            value={draft.since}
            onChange={set('since')}
            slotProps={{ inputLabel: { shrink: true } }}
            fullWidth
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 2 }}>
          <TextField
            type="datetime-local"
            label={t('untilLabel')}
            value={draft.until}
            onChange={set('until')}
            slotProps={{ inputLabel: { shrink: true } }}
            fullWidth
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 2 }}>
          <TextField
            label={t('statusLabel')}
            value={draft.status}
            onChange={set('status')}
            error={badStatus}
            helperText={badStatus ? t('statusInvalid') : undefined}
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 3 } }}
            fullWidth
          />
        </Grid>
      </Grid>
      <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
        <Button type="submit" variant="contained" disabled={badStatus}>
          {t('apply')}
        </Button>
        <Button onClick={props.onReset}>{t('reset')}</Button>
      </Stack>
    </Paper>
  );
}

function EventsTable({ slug, filters }: { slug: string; filters: AuditFilters }) {
  const { t } = useTranslation('audit');
  // The cursors of the pages seen so far: going back needs no cursor arithmetic.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const cursor = cursors[page] ?? null;
  const query = auditQuery(filters);
  const q = useQuery({
    queryKey: ['audit', slug, query, cursor],
    queryFn: () =>
      call(
        api.GET('/api/v1/tenants/{slug}/audit', {
          params: {
            path: { slug },
            query: {
              ...query,
              status: query.status ? Number(query.status) : undefined,
              limit: PAGE_SIZE,
              cursor: cursor ?? undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const filtered = Object.keys(query).length > 0;

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const { events, nextCursor } = q.data;
  if (events.length === 0 && page === 0)
    return (
      <Paper sx={{ p: 2 }}>
        <EmptyState title={t('emptyTitle')} body={filtered ? t('emptyBody') : t('emptyAllBody')} />
      </Paper>
    );
  return (
    <Paper>
      <TableContainer>
        <Table size="small" aria-label={t('title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('colTime')}</TableCell>
              <TableCell>{t('colKind')}</TableCell>
              <TableCell>{t('colActor')}</TableCell>
              <TableCell>{t('colRequest')}</TableCell>
              <TableCell>{t('colStatus')}</TableCell>
              <TableCell>{t('colDetails')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {events.map((e) => (
              <EventRow key={e.id} event={e} />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Stack direction="row" spacing={2} sx={{ p: 1.5, alignItems: 'center', justifyContent: 'flex-end' }}>
        <Typography variant="body2" color="text.secondary">
          {t('pageNumber', { page: page + 1 })}
        </Typography>
        <Button size="small" disabled={page === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {t('newer')}
        </Button>
        <Button
          size="small"
          disabled={!nextCursor || q.isFetching}
          onClick={() => nextCursor && setCursors((c) => [...c, nextCursor])}
        >
          {t('older')}
        </Button>
      </Stack>
    </Paper>
  );
}

function EventRow({ event: e }: { event: AuditEvent }) {
  const { t } = useTranslation('audit');
  const details = compactDetails(e.details);
  const actorType =
    e.actorType && e.actorType in ACTOR_KEY ? ACTOR_KEY[e.actorType as keyof typeof ACTOR_KEY] : null;
  return (
    <TableRow>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <DateTime value={e.at} seconds />
      </TableCell>
      <TableCell>
        {isKnownKind(e.kind) ? (
          <Tooltip title={e.kind}>
            <span>{t(KNOWN_KINDS[e.kind])}</span>
          </Tooltip>
        ) : (
          e.kind
        )}
      </TableCell>
      <TableCell>
        {actorType ? (
          <Typography variant="body2" component="span" sx={{ display: 'block' }}>
            {t(actorType)}
          </Typography>
        ) : null}
        {e.actorId ? (
          <Typography
            variant="caption"
            component="code"
            sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}
          >
            {e.actorId}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell>
        {e.method || e.route ? (
          <Box component="code" sx={{ fontFamily: 'monospace', fontSize: 13, wordBreak: 'break-all' }}>
            {[e.method, e.route].filter(Boolean).join(' ')}
          </Box>
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell>{e.status ?? '—'}</TableCell>
      <TableCell sx={{ maxWidth: 360 }}>
        {details ? (
          <Typography
            variant="body2"
            color="text.secondary"
            title={compactDetails(e.details, 2000)}
            sx={{ fontSize: 12, wordBreak: 'break-word' }}
          >
            {details}
          </Typography>
        ) : (
          '—'
        )}
      </TableCell>
    </TableRow>
  );
}
