import {
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyOf } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';
import { ROLES } from './roles';

export type AddUserBody = BodyOf<'/api/v1/tenants/{slug}/users', 'post'>;
type Role = AddUserBody['role'];

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Email and role of a person to add; the role choices say in words what each may do. */
export function AddUserDialog(props: {
  open: boolean;
  onClose: () => void;
  onAdd: (body: AddUserBody) => Promise<unknown>;
}) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('reader');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const invalid = !EMAIL.test(email.trim());

  const submit = async () => {
    setTouched(true);
    if (invalid) return;
    setBusy(true);
    setError(null);
    try {
      await props.onAdd({ email: email.trim(), role });
      setEmail('');
      setRole('reader');
      setTouched(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open={props.open}
      title={t('addTitle')}
      error={error}
      busy={busy}
      submitLabel={t('add')}
      onClose={props.onClose}
      onSubmit={submit}
    >
      <TextField
        type="email"
        label={t('emailLabel')}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        onBlur={() => setTouched(true)}
        error={touched && invalid}
        helperText={touched && invalid ? t('emailInvalid') : t('emailHelp')}
        autoComplete="off"
        required
        autoFocus
        fullWidth
      />
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('roleLabel')}</FormLabel>
        <RadioGroup value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <FormControlLabel
              key={r.role}
              value={r.role}
              control={<Radio />}
              sx={{ alignItems: 'flex-start', mt: 1 }}
              label={
                <>
                  <Typography component="span" sx={{ display: 'block', fontWeight: 500, mt: 1 }}>
                    {tc(r.label)}
                  </Typography>
                  <Typography component="span" variant="body2" color="text.secondary">
                    {t(r.body)}
                  </Typography>
                </>
              }
            />
          ))}
        </RadioGroup>
      </FormControl>
    </FormDialog>
  );
}
