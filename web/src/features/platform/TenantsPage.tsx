import AddIcon from '@mui/icons-material/Add';
import {
  Alert,
  Button,
  Chip,
  Paper,
  Snackbar,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { api, call, type ResponseOf } from '../../api/client';
import { humanMessage } from '../../api/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorAlert, Loading } from '../../components/States';
import { formatJst } from '../../i18n/format';
import { useSignedIn } from '../../session/session';
import { CreateTenantDialog, type CreateTenantBody } from './CreateTenantDialog';

type Tenant = ResponseOf<'/api/v1/tenants', 'get'>['tenants'][number];
/** The key useTenants (the tenant menu) reads too: a change here updates the menu. */
const TENANTS_KEY = ['tenants'];

export default function TenantsPage() {
  const { t } = useTranslation('platform');
  const session = useSignedIn();
  const [params, setParams] = useSearchParams();
  const creating = params.get('create') === '1';
  const setCreating = (open: boolean) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (open) next.set('create', '1');
        else next.delete('create');
        return next;
      },
      { replace: true },
    );

  if (!session.user.isPlatformAdmin)
    return (
      <>
        <PageHeader title={t('title')} />
        <Paper sx={{ p: 2 }}>
          <EmptyState title={t('forbidden')} />
        </Paper>
      </>
    );
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button variant="contained" startIcon={<AddIcon aria-hidden />} onClick={() => setCreating(true)}>
            {t('create')}
          </Button>
        }
      />
      <TenantsList onCreate={() => setCreating(true)} />
      <CreateDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function CreateDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const create = async (body: CreateTenantBody) => {
    const r = await call(api.POST('/api/v1/tenants', { body }));
    await qc.invalidateQueries({ queryKey: TENANTS_KEY });
    return r.tenant;
  };
  return <CreateTenantDialog open={open} onClose={onClose} onCreate={create} />;
}

function TenantsList({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation('platform');
  const { t: tc } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: TENANTS_KEY, queryFn: () => call(api.GET('/api/v1/tenants')) });
  const [changing, setChanging] = useState<Tenant | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = useMutation({
    mutationFn: (tenant: Tenant) =>
      call(
        api.PATCH('/api/v1/tenants/{slug}', {
          params: { path: { slug: tenant.slug } },
          body: { disabled: !tenant.disabledAt },
        }),
      ),
    onSuccess: ({ tenant }) => {
      setChanging(null);
      setNotice(t(tenant.disabledAt ? 'disabledNotice' : 'enabledNotice', { name: tenant.name }));
      return qc.invalidateQueries({ queryKey: TENANTS_KEY });
    },
  });

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (q.data.tenants.length === 0)
    return (
      <Paper sx={{ p: 2 }}>
        <EmptyState
          title={t('emptyTitle')}
          body={t('emptyBody')}
          action={
            <Button variant="contained" onClick={onCreate}>
              {t('create')}
            </Button>
          }
        />
      </Paper>
    );
  const disabling = changing !== null && !changing.disabledAt;
  return (
    <>
      <TableContainer component={Paper}>
        <Table size="small" aria-label={t('title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('colSlug')}</TableCell>
              <TableCell>{t('colName')}</TableCell>
              <TableCell>{t('colCreated')}</TableCell>
              <TableCell>{tc('status')}</TableCell>
              <TableCell>{tc('actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {q.data.tenants.map((tenant) => (
              <TableRow key={tenant.id}>
                <TableCell>
                  <Typography component="code" sx={{ fontFamily: 'monospace' }}>
                    {tenant.slug}
                  </Typography>
                </TableCell>
                <TableCell>{tenant.name}</TableCell>
                <TableCell>
                  <DateTime value={tenant.createdAt} />
                </TableCell>
                <TableCell>
                  {tenant.disabledAt ? (
                    <Tooltip title={t('disabledSince', { time: formatJst(tenant.disabledAt) })}>
                      <Chip size="small" color="warning" label={t('disabled')} />
                    </Tooltip>
                  ) : (
                    <Chip size="small" color="success" label={t('enabled')} />
                  )}
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1}>
                    <Button size="small" component={RouterLink} to={`/t/${tenant.slug}`}>
                      {t('open')}
                    </Button>
                    <Button
                      size="small"
                      color={tenant.disabledAt ? 'primary' : 'error'}
                      onClick={() => setChanging(tenant)}
                    >
                      {tenant.disabledAt ? t('enable') : t('disable')}
                    </Button>
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <ConfirmDialog
        open={changing !== null}
        title={disabling ? t('disableTitle') : t('enableTitle')}
        confirmLabel={disabling ? t('disableConfirm') : t('enableConfirm')}
        danger={disabling}
        busy={toggle.isPending}
        onConfirm={() => changing && toggle.mutate(changing)}
        onClose={() => {
          setChanging(null);
          toggle.reset();
        }}
      >
        <Typography>{t(disabling ? 'disableBody' : 'enableBody', { name: changing?.name ?? '' })}</Typography>
        {toggle.isError ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {humanMessage(toggle.error)}
          </Alert>
        ) : null}
      </ConfirmDialog>
      <Snackbar
        open={notice !== null}
        autoHideDuration={6000}
        onClose={() => setNotice(null)}
        message={notice}
      />
    </>
  );
}
