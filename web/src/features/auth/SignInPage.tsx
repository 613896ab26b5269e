import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { humanMessage } from '../../api/errors';
import { useSession } from '../../session/session';
import { AuthFrame } from './AuthFrame';

/** Only paths inside this app are followed after sign-in (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignInPage() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const { session, expired, signIn } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (session) return <Navigate to={session.user.mustChangePassword ? '/password' : next} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const s = await signIn(email.trim(), password);
      await navigate(s.user.mustChangePassword ? `/password?next=${encodeURIComponent(next)}` : next, {
        replace: true,
      });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <AuthFrame title={t('title')}>
      <Stack component="form" spacing={2} onSubmit={(e) => void submit(e)} noValidate>
        <Typography color="text.secondary">{t('intro')}</Typography>
        {expired ? <Alert severity="info">{tc('sessionExpired')}</Alert> : null}
        {error ? (
          <Alert severity="error" role="alert">
            {humanMessage(error)}
          </Alert>
        ) : null}
        <TextField
          label={t('email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
          autoFocus
          fullWidth
        />
        <TextField
          label={t('password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
          fullWidth
        />
        <Button type="submit" variant="contained" size="large" disabled={busy || !email || !password}>
          {t('submit')}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {t('firstRunHint')}
        </Typography>
      </Stack>
    </AuthFrame>
  );
}
