import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { BodyOf, ResponseOf } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';

export type CreateTenantBody = BodyOf<'/api/v1/tenants', 'post'>;
type Created = ResponseOf<'/api/v1/tenants', 'post', 201>['tenant'];

/** The server's slug rule (src/routes/admin/schemas.ts). */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Slug and name of a new tenant; once created, the next steps (open it, upload data). */
export function CreateTenantDialog(props: {
  open: boolean;
  onClose: () => void;
  onCreate: (body: CreateTenantBody) => Promise<Created>;
}) {
  const { t } = useTranslation('platform');
  const { t: tc } = useTranslation();
  const id = useId();
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const invalid = !SLUG.test(slug);

  const close = () => {
    setSlug('');
    setName('');
    setTouched(false);
    setError(null);
    setCreated(null);
    props.onClose();
  };
  const submit = async () => {
    setTouched(true);
    if (invalid) return;
    setBusy(true);
    setError(null);
    try {
      setCreated(await props.onCreate({ slug, ...(name.trim() ? { name: name.trim() } : {}) }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (created)
    return (
      <Dialog open={props.open} onClose={close} aria-labelledby={`${id}-done`} maxWidth="sm" fullWidth>
        <DialogTitle id={`${id}-done`}>{t('createdTitle')}</DialogTitle>
        <DialogContent>
          <Typography>{t('createdBody', { name: created.name })}</Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{tc('close')}</Button>
          <Button component={RouterLink} to={`/t/${created.slug}`}>
            {t('openTenant')}
          </Button>
          <Button variant="contained" component={RouterLink} to={`/t/${created.slug}/upload`}>
            {t('uploadData')}
          </Button>
        </DialogActions>
      </Dialog>
    );

  return (
    <FormDialog
      open={props.open}
      title={t('createTitle')}
      error={error}
      busy={busy}
      submitLabel={tc('create')}
      onClose={close}
      onSubmit={submit}
    >
      <TextField
        label={t('slugLabel')}
        value={slug}
        onChange={(e) => setSlug(e.target.value)}
        onBlur={() => setTouched(slug !== '')}
        error={touched && invalid}
        helperText={touched && invalid ? t('slugInvalid') : t('slugHelp')}
        slotProps={{ htmlInput: { maxLength: 63, autoCapitalize: 'none', spellCheck: false } }}
        required
        autoFocus
        fullWidth
      />
      <TextField
        label={t('nameLabel')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        helperText={t('nameHelp')}
        slotProps={{ htmlInput: { maxLength: 200 } }}
        fullWidth
      />
    </FormDialog>
  );
}
