import { Box, Button, LinearProgress, Paper, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatNumber } from '../../i18n/format';

/**
 * While the worker reads: which file and how many of its rows so far. The validator does not know a
 * file's row count ahead, so the bar only shows that work is going on.
 */
export function PrecheckProgress(props: {
  file: string | null;
  rows: number;
  startedAt: number;
  onStop: () => void;
}) {
  const { t } = useTranslation('precheck');
  const elapsed = useElapsed(props.startedAt);
  return (
    <Paper sx={{ p: { xs: 2, md: 3 } }}>
      <Typography variant="h6" component="h2">
        {t('checkingTitle')}
      </Typography>
      <LinearProgress sx={{ my: 2 }} aria-label={t('checkingTitle')} />
      <Box role="status" aria-live="polite">
        <Typography>
          {props.file
            ? t('checkingFile', { file: `${props.file}.csv`, rows: formatNumber(props.rows) })
            : t('checkingOpening')}
        </Typography>
      </Box>
      <Typography color="text.secondary" variant="body2" sx={{ mt: 0.5 }}>
        {t('checkingElapsed', { duration: formatDuration(elapsed) })}
      </Typography>
      <Button sx={{ mt: 2 }} onClick={props.onStop}>
        {t('stop')}
      </Button>
    </Paper>
  );
}

function useElapsed(since: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, now - since);
}
