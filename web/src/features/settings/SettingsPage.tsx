import {
  Alert,
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  Grid,
  Paper,
  Radio,
  RadioGroup,
  Snackbar,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { humanMessage } from '../../api/errors';
import { useTenantSlug } from '../../app/TenantScope';
import { DateTime } from '../../components/DateTime';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert, Loading } from '../../components/States';
import { formatNumber } from '../../i18n/format';
import { can, roleIn, useSignedIn } from '../../session/session';
import {
  effectiveOf,
  formOf,
  NUMBER_FIELDS,
  platformDefault,
  PROFILES,
  settingsBody,
  type NumberField,
  type Profile,
  type Settings,
  type SettingsForm,
} from './settings-form';
import { WebhookSection } from './WebhookSection';

const LABEL: Record<NumberField, 'retentionLabel' | 'readsLabel' | 'uploadsLabel'> = {
  auditRetentionDays: 'retentionLabel',
  readsPerHour: 'readsLabel',
  uploadsPerHour: 'uploadsLabel',
};

export default function SettingsPage() {
  const { t } = useTranslation('settings');
  const slug = useTenantSlug();
  const session = useSignedIn();
  const canManage = can(roleIn(session, slug), 'manage');
  const qc = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const q = useQuery({
    queryKey: ['settings', slug],
    queryFn: () => call(api.GET('/api/v1/tenants/{slug}/settings', { params: { path: { slug } } })),
  });
  const refresh = async (message?: string) => {
    await qc.invalidateQueries({ queryKey: ['settings', slug] });
    if (message) setNotice(message);
  };

  let content;
  if (q.isPending) content = <Loading />;
  else if (q.isError) content = <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  else
    content = (
      <>
        {canManage ? null : (
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('readOnly')}
          </Alert>
        )}
        {/* Keyed by the stored version: a save or another tab's change resets the form to it. */}
        <SettingsFormView
          key={q.data.updatedAt ?? 'default'}
          slug={slug}
          settings={q.data}
          canManage={canManage}
          onSaved={() => refresh(t('saved'))}
        />
        <WebhookSection slug={slug} url={q.data.webhookUrl} canManage={canManage} onChanged={refresh} />
      </>
    );
  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {content}
      <Snackbar
        open={notice !== null}
        autoHideDuration={6000}
        onClose={() => setNotice(null)}
        message={notice}
      />
    </>
  );
}

function SettingsFormView(props: {
  slug: string;
  settings: Settings;
  canManage: boolean;
  onSaved: () => Promise<unknown>;
}) {
  const { slug, settings, canManage } = props;
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const [form, setForm] = useState<SettingsForm>(() => formOf(settings));
  const [invalid, setInvalid] = useState<NumberField[]>([]);
  const save = useMutation({
    mutationFn: (body: Extract<ReturnType<typeof settingsBody>, { body: unknown }>['body']) =>
      call(api.PUT('/api/v1/tenants/{slug}/settings', { params: { path: { slug } }, body })),
    onSuccess: () => props.onSaved(),
  });
  const submit = () => {
    const r = settingsBody(form);
    if ('invalid' in r) {
      setInvalid(r.invalid);
      return;
    }
    setInvalid([]);
    save.mutate(r.body);
  };

  return (
    <Paper
      component="form"
      noValidate
      sx={{ p: 2 }}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <FormControl component="fieldset" disabled={!canManage}>
        <FormLabel component="legend">
          <Typography variant="h6" component="span" color="text.primary">
            {t('profileTitle')}
          </Typography>
        </FormLabel>
        <Typography color="text.secondary">{t('profileHelp')}</Typography>
        <RadioGroup
          value={form.profile}
          onChange={(e) => setForm((f) => ({ ...f, profile: e.target.value as Profile }))}
        >
          {PROFILES.map((p) => (
            <FormControlLabel
              key={p.value}
              value={p.value}
              control={<Radio />}
              sx={{ alignItems: 'flex-start', mt: 1 }}
              label={
                <Box sx={{ mt: 1 }}>
                  <Typography component="span" sx={{ display: 'block', fontWeight: 500 }}>
                    {t(p.label)}
                  </Typography>
                  <Typography component="span" variant="body2" color="text.secondary">
                    {t(p.body)}
                  </Typography>
                </Box>
              }
            />
          ))}
        </RadioGroup>
      </FormControl>

      <Typography variant="h6" component="h2" sx={{ mt: 4, mb: 2 }}>
        {t('limitsTitle')}
      </Typography>
      <Grid container spacing={2}>
        {NUMBER_FIELDS.map((f) => {
          const fallback = platformDefault(settings, f);
          const bad = invalid.includes(f);
          return (
            <Grid key={f} size={{ xs: 12, md: 4 }}>
              <TextField
                label={t(LABEL[f])}
                value={form[f]}
                onChange={(e) => setForm((x) => ({ ...x, [f]: e.target.value }))}
                disabled={!canManage}
                error={bad}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                helperText={
                  <>
                    {bad
                      ? t('invalidNumber')
                      : fallback === null
                        ? t('blankDefaultUnknown')
                        : t('blankDefault', { value: formatNumber(fallback) })}
                    <br />
                    {t('effective', { value: formatNumber(effectiveOf(settings, f)) })}
                  </>
                }
                fullWidth
              />
            </Grid>
          );
        })}
      </Grid>

      {save.isError ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {humanMessage(save.error)}
        </Alert>
      ) : null}
      <Stack direction="row" spacing={2} sx={{ mt: 3, alignItems: 'center' }}>
        {canManage ? (
          <Button type="submit" variant="contained" disabled={save.isPending}>
            {tc('save')}
          </Button>
        ) : null}
        <Typography variant="body2" color="text.secondary">
          {settings.updatedAt ? (
            <>
              {t('savedAt')}: <DateTime value={settings.updatedAt} />
            </>
          ) : (
            t('neverSaved')
          )}
        </Typography>
      </Stack>
    </Paper>
  );
}
