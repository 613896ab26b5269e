import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { humanMessage } from '../../api/errors';
import { Loading } from '../../components/States';
import { useSession } from '../../session/session';
import { AuthFrame } from './AuthFrame';

export default function ChangePasswordPage() {
  const { t } = useTranslation('auth');
  const { session, refresh } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (session === undefined) return <Loading />;
  if (session === null) return <Navigate to="/signin" replace />;
  const mismatch = again.length > 0 && next !== again;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/api/v1/session/password', { body: { currentPassword: current, newPassword: next } }),
      );
      await refresh();
      const target = params.get('next');
      await navigate(target && target.startsWith('/') && !target.startsWith('//') ? target : '/', {
        replace: true,
      });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <AuthFrame title={t('changeTitle')}>
      <Stack component="form" spacing={2} onSubmit={(e) => void submit(e)} noValidate>
        <Typography color="text.secondary">
          {session.user.mustChangePassword ? t('changeIntro') : t('changeIntroVoluntary')}
        </Typography>
        {error ? (
          <Alert severity="error" role="alert">
            {humanMessage(error)}
          </Alert>
        ) : null}
        <input type="email" autoComplete="username" value={session.user.email} readOnly hidden />
        <TextField
          label={t('currentPassword')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          required
          autoFocus
          fullWidth
        />
        <TextField
          label={t('newPassword')}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          helperText={t('newPasswordHelp')}
          required
          fullWidth
        />
        <TextField
          label={t('confirmPassword')}
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
          error={mismatch}
          helperText={mismatch ? t('mismatch') : ' '}
          required
          fullWidth
        />
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={busy || !current || !next || mismatch || !again}
        >
          {t('changeSubmit')}
        </Button>
      </Stack>
    </AuthFrame>
  );
}
