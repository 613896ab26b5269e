import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { humanMessage } from '../../api/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { OneTimeSecretDialog } from '../clients/OneTimeSecretDialog';

const HTTPS = /^https:\/\/\S+$/i;

/** The upload webhook: its URL, setting it (a signing secret shown once) and removing it. */
export function WebhookSection(props: {
  slug: string;
  url: string | null;
  canManage: boolean;
  onChanged: (message?: string) => Promise<unknown>;
}) {
  const { slug } = props;
  const { t } = useTranslation('settings');
  const [url, setUrl] = useState('');
  const [touched, setTouched] = useState(false);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [removing, setRemoving] = useState(false);
  const invalid = !HTTPS.test(url.trim());

  const set = useMutation({
    mutationFn: (target: string) =>
      call(
        api.PUT('/api/v1/tenants/{slug}/settings/webhook', {
          params: { path: { slug } },
          body: { url: target },
        }),
      ),
    onSuccess: (r) => {
      setSecret(r);
      setUrl('');
      setTouched(false);
      return props.onChanged();
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      call(api.DELETE('/api/v1/tenants/{slug}/settings/webhook', { params: { path: { slug } } })),
    onSuccess: () => {
      setRemoving(false);
      return props.onChanged(t('webhookRemoved'));
    },
  });

  return (
    <Paper sx={{ p: 2, mt: 3 }} component="section" aria-labelledby="webhook-title">
      <Typography variant="h6" component="h2" id="webhook-title">
        {t('webhookTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5 }}>
        {t('webhookHelp')}
      </Typography>
      <Box sx={{ mt: 2 }}>
        <Typography variant="subtitle2" component="p">
          {t('webhookCurrent')}
        </Typography>
        {props.url ? (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 0.5 }}>
            <Typography component="code" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
              {props.url}
            </Typography>
            {props.canManage ? (
              <Button color="error" size="small" onClick={() => setRemoving(true)}>
                {t('webhookRemove')}
              </Button>
            ) : null}
          </Stack>
        ) : (
          <Typography color="text.secondary">{t('webhookNone')}</Typography>
        )}
      </Box>
      {props.canManage ? (
        <Stack
          component="form"
          noValidate
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ mt: 3, alignItems: 'flex-start' }}
          onSubmit={(e) => {
            e.preventDefault();
            setTouched(true);
            if (!invalid) set.mutate(url.trim());
          }}
        >
          <TextField
            type="url"
            label={t('webhookUrlLabel')}
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            onBlur={() => setTouched(url !== '')}
            error={touched && invalid}
            helperText={touched && invalid ? t('webhookUrlInvalid') : t('webhookUrlHelp')}
            placeholder="https://"
            slotProps={{ htmlInput: { maxLength: 2048 } }}
            sx={{ flex: 1 }}
            fullWidth
          />
          <Button type="submit" variant="contained" disabled={set.isPending} sx={{ mt: { sm: 1 } }}>
            {props.url ? t('webhookChange') : t('webhookSet')}
          </Button>
        </Stack>
      ) : null}
      {set.isError ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {humanMessage(set.error)}
        </Alert>
      ) : null}

      <OneTimeSecretDialog
        open={secret !== null}
        title={t('webhookSecretTitle')}
        warning={t('webhookSecretWarning')}
        confirmLabel={t('webhookSecretConfirm')}
        items={
          secret
            ? [
                { label: t('webhookUrl'), value: secret.url },
                { label: t('webhookSecret'), value: secret.secret, secret: true },
              ]
            : []
        }
        onClose={() => setSecret(null)}
      />
      <ConfirmDialog
        open={removing}
        title={t('webhookRemoveTitle')}
        confirmLabel={t('webhookRemove')}
        danger
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
        onClose={() => {
          setRemoving(false);
          remove.reset();
        }}
      >
        <Typography>{t('webhookRemoveBody')}</Typography>
        {remove.isError ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {humanMessage(remove.error)}
          </Alert>
        ) : null}
      </ConfirmDialog>
    </Paper>
  );
}
