import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyOf } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';
import { CLIENT_ROLES, SCOPES, type ClientRole, type ScopeName } from './scopes';

export type CreateClientBody = BodyOf<'/api/v1/tenants/{slug}/clients', 'post'>;

/**
 * The request body for the choices made, in a stable order. No roles means none is sent: the
 * server then makes a rostering-only client (it refuses an empty list).
 */
export function createClientBody(name: string, scopes: ScopeName[], roles: ClientRole[]): CreateClientBody {
  const chosenScopes = SCOPES.map((s) => s.name).filter((s) => scopes.includes(s));
  const chosenRoles = CLIENT_ROLES.map((r) => r.role).filter((r) => roles.includes(r));
  return {
    ...(name.trim() ? { name: name.trim() } : {}),
    scopes: chosenScopes,
    ...(chosenRoles.length ? { roles: chosenRoles } : {}),
  };
}

const toggle = <T,>(list: T[], value: T, on: boolean): T[] =>
  on ? [...list.filter((x) => x !== value), value] : list.filter((x) => x !== value);

/** Name, scopes (with what each lets a system read) and optional admin roles of a new client. */
export function CreateClientDialog(props: {
  open: boolean;
  onClose: () => void;
  onCreate: (body: CreateClientBody) => Promise<unknown>;
}) {
  const { t } = useTranslation('clients');
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ScopeName[]>(['roster-core.readonly']);
  const [roles, setRoles] = useState<ClientRole[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const noScope = scopes.length === 0;

  const reset = () => {
    setName('');
    setScopes(['roster-core.readonly']);
    setRoles([]);
    setError(null);
  };
  const submit = async () => {
    if (noScope) return;
    setBusy(true);
    setError(null);
    try {
      await props.onCreate(createClientBody(name, scopes, roles));
      reset();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open={props.open}
      title={t('createTitle')}
      error={error}
      busy={busy}
      submitLabel={t('create')}
      submitDisabled={noScope}
      onClose={props.onClose}
      onSubmit={submit}
    >
      <TextField
        label={t('nameLabel')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        helperText={t('nameHelp')}
        slotProps={{ htmlInput: { maxLength: 200 } }}
        autoFocus
        fullWidth
      />
      <FormControl component="fieldset" error={noScope}>
        <FormLabel component="legend">{t('scopesLabel')}</FormLabel>
        <FormHelperText sx={{ mx: 0 }}>{noScope ? t('scopesRequired') : t('scopesHelp')}</FormHelperText>
        <FormGroup>
          {SCOPES.map((s) => (
            <FormControlLabel
              key={s.name}
              sx={{ alignItems: 'flex-start', mt: 1 }}
              control={
                <Checkbox
                  checked={scopes.includes(s.name)}
                  onChange={(e) => setScopes((l) => toggle(l, s.name, e.target.checked))}
                  sx={{ mt: -0.5 }}
                />
              }
              label={
                <>
                  <Typography component="span" sx={{ display: 'block', fontWeight: 500 }}>
                    {t(s.title)}
                  </Typography>
                  <Typography component="span" variant="body2" color="text.secondary">
                    {t(s.body)}
                  </Typography>
                </>
              }
            />
          ))}
        </FormGroup>
      </FormControl>
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('rolesLabel')}</FormLabel>
        <FormHelperText sx={{ mx: 0 }}>{t('rolesHelp')}</FormHelperText>
        <FormGroup>
          {CLIENT_ROLES.map((r) => (
            <FormControlLabel
              key={r.role}
              control={
                <Checkbox
                  checked={roles.includes(r.role)}
                  onChange={(e) => setRoles((l) => toggle(l, r.role, e.target.checked))}
                />
              }
              label={t(r.body)}
            />
          ))}
        </FormGroup>
      </FormControl>
    </FormDialog>
  );
}
