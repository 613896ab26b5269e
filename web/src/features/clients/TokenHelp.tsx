import { Box, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/CopyButton';

const ROSTERING_PATH = '/ims/oneroster/rostering/v1p2';

/** The token request as a connected system makes it: placeholders, never a real secret. */
export function curlExample(origin: string): string {
  return [
    `curl -X POST ${origin}/oauth/token \\`,
    `  -u '<client_id>:<client_secret>' \\`,
    `  -d grant_type=client_credentials \\`,
    `  -d scope=https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly`,
  ].join('\n');
}

function Line({ label, value, multiline }: { label: string; value: string; multiline?: boolean }) {
  return (
    <Box>
      <Typography variant="subtitle2" component="p">
        {label}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', mt: 0.5 }}>
        <Box
          component={multiline ? 'pre' : 'code'}
          sx={{
            flex: 1,
            m: 0,
            p: 1,
            borderRadius: 1,
            bgcolor: 'action.hover',
            fontFamily: 'monospace',
            fontSize: 13,
            overflowX: 'auto',
            wordBreak: multiline ? 'normal' : 'break-all',
          }}
        >
          {value}
        </Box>
        <CopyButton value={value} />
      </Stack>
    </Box>
  );
}

/** Where a connected system gets its token and calls the API, for whoever sets it up. */
export function TokenHelp({ origin = window.location.origin }: { origin?: string }) {
  const { t } = useTranslation('clients');
  return (
    <Paper sx={{ p: 2, mt: 3 }} component="section" aria-labelledby="token-help-title">
      <Typography variant="h6" component="h2" id="token-help-title">
        {t('tokenHelpTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5, mb: 2 }}>
        {t('tokenHelpBody')}
      </Typography>
      <Stack spacing={2}>
        <Line label={t('tokenUrlLabel')} value={`${origin}/oauth/token`} />
        <Line label={t('apiBaseLabel')} value={`${origin}${ROSTERING_PATH}`} />
        <Line label={t('curlLabel')} value={curlExample(origin)} multiline />
      </Stack>
    </Paper>
  );
}
