import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import { Alert, AlertTitle, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { humanMessage } from '../api/errors';

/** A loading placeholder that screen readers announce. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Stack
      direction="row"
      spacing={2}
      sx={{ py: 4, justifyContent: 'center', alignItems: 'center' }}
      role="status"
    >
      <CircularProgress size={24} aria-hidden />
      <Typography color="text.secondary">{label ?? t('loading')}</Typography>
    </Stack>
  );
}

/** An API error as a sentence for a person, with a retry when one makes sense. */
export function ErrorAlert({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        ) : undefined
      }
    >
      {title ? <AlertTitle>{title}</AlertTitle> : null}
      {humanMessage(error)}
    </Alert>
  );
}

/** What an empty list looks like: what it would hold, and the next step. */
export function EmptyState({
  title,
  body,
  action,
}: {
  title?: string;
  body?: ReactNode;
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, color: 'text.secondary' }}>
      <InboxOutlinedIcon sx={{ fontSize: 48, mb: 1 }} aria-hidden />
      <Typography variant="h6" component="p" color="text.primary">
        {title ?? t('emptyTitle')}
      </Typography>
      {body ? <Typography sx={{ mt: 1, maxWidth: 560, mx: 'auto' }}>{body}</Typography> : null}
      {action ? <Box sx={{ mt: 3 }}>{action}</Box> : null}
    </Box>
  );
}
