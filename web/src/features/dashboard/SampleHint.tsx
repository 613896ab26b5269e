import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/CopyButton';

export const SAMPLE_COMMAND = 'npx rosterhub generate --out sample.zip --schools 2 --students 200';

/** How to make a sample bundle to try the upload with. */
export function SampleHint() {
  const { t } = useTranslation('dashboard');
  return (
    <Box sx={{ mt: 2, textAlign: 'left' }}>
      <Typography variant="body2" color="text.secondary">
        {t('sampleHint')}
      </Typography>
      <Box
        sx={{
          mt: 0.5,
          display: 'flex',
          alignItems: 'center',
          gap: 1,
          bgcolor: 'grey.100',
          borderRadius: 1,
          px: 1.5,
          py: 0.5,
        }}
      >
        <Box component="code" sx={{ flex: 1, fontSize: '0.85rem', overflowWrap: 'anywhere' }}>
          {SAMPLE_COMMAND}
        </Box>
        <CopyButton value={SAMPLE_COMMAND} />
      </Box>
    </Box>
  );
}
