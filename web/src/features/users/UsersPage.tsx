import PersonAddOutlinedIcon from '@mui/icons-material/PersonAddOutlined';
import {
  Alert,
  Box,
  Button,
  Paper,
  Snackbar,
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
import { humanMessage } from '../../api/errors';
import { useTenantSlug } from '../../app/TenantScope';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorAlert, Loading } from '../../components/States';
import { can, roleIn, useSignedIn } from '../../session/session';
import { OneTimeSecretDialog } from '../clients/OneTimeSecretDialog';
import { AddUserDialog, type AddUserBody } from './AddUserDialog';
import { ROLE_LABEL, ROLES } from './roles';

type Member = ResponseOf<'/api/v1/tenants/{slug}/users', 'get'>['users'][number];

export default function UsersPage() {
  const { t } = useTranslation('users');
  const slug = useTenantSlug();
  const session = useSignedIn();
  const allowed = can(roleIn(session, slug), 'manage');
  const [adding, setAdding] = useState(false);
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          allowed ? (
            <Button
              variant="contained"
              startIcon={<PersonAddOutlinedIcon aria-hidden />}
              onClick={() => setAdding(true)}
            >
              {t('add')}
            </Button>
          ) : undefined
        }
      />
      {allowed ? (
        <Members slug={slug} myId={session.user.id} adding={adding} setAdding={setAdding} />
      ) : (
        <Paper sx={{ p: 2 }}>
          <EmptyState title={t('forbidden')} />
        </Paper>
      )}
      <RolesExplained />
    </>
  );
}

function Members(props: { slug: string; myId: string; adding: boolean; setAdding: (open: boolean) => void }) {
  const { slug, setAdding } = props;
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const qc = useQueryClient();
  const key = ['users', slug];
  const q = useQuery({
    queryKey: key,
    queryFn: () => call(api.GET('/api/v1/tenants/{slug}/users', { params: { path: { slug } } })),
  });
  const [password, setPassword] = useState<{ email: string; value: string } | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: key });

  const add = async (body: AddUserBody) => {
    const r = await call(api.POST('/api/v1/tenants/{slug}/users', { params: { path: { slug } }, body }));
    setAdding(false);
    if (r.oneTimePassword) setPassword({ email: r.user.email, value: r.oneTimePassword });
    else setNotice(t('addedExisting', { email: r.user.email }));
    await refresh();
  };
  const remove = useMutation({
    mutationFn: (m: Member) =>
      call(api.DELETE('/api/v1/tenants/{slug}/users/{userId}', { params: { path: { slug, userId: m.id } } })),
    onSuccess: (_data, m) => {
      setRemoving(null);
      setNotice(t('removed', { email: m.email }));
      return refresh();
    },
  });

  let content;
  if (q.isPending) content = <Loading />;
  else if (q.isError) content = <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  else if (q.data.users.length === 0)
    content = (
      <Paper sx={{ p: 2 }}>
        <EmptyState title={t('emptyTitle')} body={t('emptyBody')} />
      </Paper>
    );
  else
    content = (
      <TableContainer component={Paper}>
        <Table size="small" aria-label={t('title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('colEmail')}</TableCell>
              <TableCell>{t('colRole')}</TableCell>
              <TableCell>{t('colAdded')}</TableCell>
              <TableCell>{tc('actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {q.data.users.map((m) => {
              const me = m.id === props.myId;
              return (
                <TableRow key={m.id}>
                  <TableCell>
                    {m.email} {me ? t('you') : null}
                  </TableCell>
                  <TableCell>{tc(ROLE_LABEL[m.role])}</TableCell>
                  <TableCell>
                    <DateTime value={m.addedAt} />
                  </TableCell>
                  <TableCell>
                    <Tooltip title={me ? t('cannotRemoveSelf') : ''}>
                      <span>
                        <Button size="small" color="error" disabled={me} onClick={() => setRemoving(m)}>
                          {t('remove')}
                        </Button>
                      </span>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    );

  return (
    <>
      {content}
      <AddUserDialog open={props.adding} onClose={() => setAdding(false)} onAdd={add} />
      <OneTimeSecretDialog
        open={password !== null}
        title={t('passwordTitle')}
        warning={t('passwordWarning')}
        confirmLabel={t('passwordConfirm')}
        items={
          password
            ? [
                { label: t('emailLabel'), value: password.email },
                { label: t('passwordLabel'), value: password.value, secret: true },
              ]
            : []
        }
        onClose={() => setPassword(null)}
      />
      <ConfirmDialog
        open={removing !== null}
        title={t('removeTitle')}
        confirmLabel={t('removeConfirm')}
        danger
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
      >
        <Typography>{t('removeBody', { email: removing?.email ?? '' })}</Typography>
        {remove.isError ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {humanMessage(remove.error)}
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

function RolesExplained() {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  return (
    <Paper sx={{ p: 2, mt: 3 }} component="section" aria-labelledby="roles-title">
      <Typography variant="h6" component="h2" id="roles-title">
        {t('rolesTitle')}
      </Typography>
      <Box component="dl" sx={{ m: 0, mt: 1 }}>
        {ROLES.map((r) => (
          <Box key={r.role} sx={{ mt: 1.5 }}>
            <Typography component="dt" sx={{ fontWeight: 500 }}>
              {tc(r.label)}
            </Typography>
            <Typography component="dd" color="text.secondary" sx={{ m: 0 }}>
              {t(r.body)}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
