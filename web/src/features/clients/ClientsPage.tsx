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
import { api, call, type ResponseOf } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorAlert, Loading } from '../../components/States';
import { useTenantSlug } from '../../app/TenantScope';
import { humanMessage } from '../../api/errors';
import { formatJst } from '../../i18n/format';
import { can, roleIn, useSignedIn } from '../../session/session';
import { CreateClientDialog, type CreateClientBody } from './CreateClientDialog';
import { OneTimeSecretDialog } from './OneTimeSecretDialog';
import { shortScope } from './scopes';
import { TokenHelp } from './TokenHelp';

type Client = ResponseOf<'/api/v1/tenants/{slug}/clients', 'get'>['clients'][number];
type WithSecret = ResponseOf<'/api/v1/tenants/{slug}/clients/{id}/rotate', 'post'>;

const ROLE_KEY = { admin: 'roleAdmin', uploader: 'roleUploader', reader: 'roleReader' } as const;

export default function ClientsPage() {
  const { t } = useTranslation('clients');
  const slug = useTenantSlug();
  const session = useSignedIn();
  const allowed = can(roleIn(session, slug), 'manage');
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          allowed ? (
            <Button variant="contained" startIcon={<AddIcon aria-hidden />} onClick={() => setCreating(true)}>
              {t('create')}
            </Button>
          ) : undefined
        }
      />
      {allowed ? (
        <ClientsList slug={slug} creating={creating} setCreating={setCreating} />
      ) : (
        <Paper sx={{ p: 2 }}>
          <EmptyState title={t('forbidden')} />
        </Paper>
      )}
    </>
  );
}

function ClientsList({
  slug,
  creating,
  setCreating,
}: {
  slug: string;
  creating: boolean;
  setCreating: (open: boolean) => void;
}) {
  const { t } = useTranslation('clients');
  const { t: tc } = useTranslation();
  const qc = useQueryClient();
  const key = ['clients', slug];
  const q = useQuery({
    queryKey: key,
    queryFn: () => call(api.GET('/api/v1/tenants/{slug}/clients', { params: { path: { slug } } })),
  });
  const [shown, setShown] = useState<{ result: WithSecret; rotated: boolean } | null>(null);
  const [confirm, setConfirm] = useState<{ client: Client; action: 'rotate' | 'revoke' } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = () => qc.invalidateQueries({ queryKey: key });
  const create = async (body: CreateClientBody) => {
    const result = await call(
      api.POST('/api/v1/tenants/{slug}/clients', { params: { path: { slug } }, body }),
    );
    setCreating(false);
    setShown({ result, rotated: false });
    await refresh();
  };
  const act = useMutation({
    mutationFn: async ({ client, action }: { client: Client; action: 'rotate' | 'revoke' }) => {
      const path = { slug, id: client.id };
      if (action === 'rotate')
        setShown({
          result: await call(api.POST('/api/v1/tenants/{slug}/clients/{id}/rotate', { params: { path } })),
          rotated: true,
        });
      else {
        await call(api.DELETE('/api/v1/tenants/{slug}/clients/{id}', { params: { path } }));
        setNotice(t('revoked', { name: client.name }));
      }
    },
    onSuccess: () => {
      setConfirm(null);
      return refresh();
    },
  });

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const clients = q.data.clients;

  return (
    <>
      {clients.length === 0 ? (
        <Paper sx={{ p: 2 }}>
          <EmptyState
            title={t('emptyTitle')}
            body={t('emptyBody')}
            action={
              <Button variant="contained" onClick={() => setCreating(true)}>
                {t('create')}
              </Button>
            }
          />
        </Paper>
      ) : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label={t('title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('colName')}</TableCell>
                <TableCell>{t('colClientId')}</TableCell>
                <TableCell>{t('colScopes')}</TableCell>
                <TableCell>{t('colRoles')}</TableCell>
                <TableCell>{t('colCreated')}</TableCell>
                <TableCell>{t('colLastUsed')}</TableCell>
                <TableCell>{tc('status')}</TableCell>
                <TableCell>{tc('actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {clients.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>{c.name}</TableCell>
                  <TableCell>
                    <Typography component="code" sx={{ fontFamily: 'monospace', fontSize: 13 }}>
                      {c.id}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Stack spacing={0.5}>
                      {c.scopes.map((s) => (
                        <Typography key={s} variant="body2" component="span">
                          {shortScope(s)}
                        </Typography>
                      ))}
                    </Stack>
                  </TableCell>
                  <TableCell>
                    {c.roles.length ? c.roles.map((r) => tc(ROLE_KEY[r])).join('、') : t('noRoles')}
                  </TableCell>
                  <TableCell>
                    <DateTime value={c.createdAt} />
                  </TableCell>
                  <TableCell>{c.lastUsedAt ? <DateTime value={c.lastUsedAt} /> : t('neverUsed')}</TableCell>
                  <TableCell>
                    {c.revokedAt ? (
                      <Tooltip title={t('revokedAt', { time: formatJst(c.revokedAt) })}>
                        <Chip size="small" label={t('statusRevoked')} />
                      </Tooltip>
                    ) : (
                      <Chip size="small" color="success" label={t('statusActive')} />
                    )}
                  </TableCell>
                  <TableCell>
                    {c.revokedAt ? null : (
                      <Stack direction="row" spacing={1}>
                        <Button size="small" onClick={() => setConfirm({ client: c, action: 'rotate' })}>
                          {t('rotate')}
                        </Button>
                        <Button
                          size="small"
                          color="error"
                          onClick={() => setConfirm({ client: c, action: 'revoke' })}
                        >
                          {t('revoke')}
                        </Button>
                      </Stack>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <TokenHelp />

      <CreateClientDialog open={creating} onClose={() => setCreating(false)} onCreate={create} />
      <OneTimeSecretDialog
        open={shown !== null}
        title={shown?.rotated ? t('rotatedTitle') : t('createdTitle')}
        warning={shown?.rotated ? t('rotatedWarning') : t('secretWarning')}
        confirmLabel={t('storedConfirm')}
        items={
          shown
            ? [
                { label: t('clientIdLabel'), value: shown.result.client.id },
                { label: t('secretLabel'), value: shown.result.clientSecret, secret: true },
              ]
            : []
        }
        onClose={() => setShown(null)}
      />
      <ConfirmDialog
        open={confirm !== null}
        title={confirm?.action === 'rotate' ? t('rotateTitle') : t('revokeTitle')}
        confirmLabel={confirm?.action === 'rotate' ? t('rotateConfirm') : t('revokeConfirm')}
        danger
        busy={act.isPending}
        onConfirm={() => confirm && act.mutate(confirm)}
        onClose={() => {
          setConfirm(null);
          act.reset();
        }}
      >
        <Typography>
          {confirm?.action === 'rotate'
            ? t('rotateBody', { name: confirm.client.name })
            : t('revokeBody', { name: confirm?.client.name ?? '' })}
        </Typography>
        {act.isError ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {humanMessage(act.error)}
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
