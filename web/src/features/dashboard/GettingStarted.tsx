import { Avatar, Box, Button, Grid, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { SampleHint } from './SampleHint';

const STEPS = ['step1', 'step2', 'step3'] as const;

/** A brand-new tenant: what to do first, in three steps, instead of a page of zeros. */
export function GettingStarted({ slug, mayUpload }: { slug: string; mayUpload: boolean }) {
  const { t } = useTranslation('dashboard');
  const base = `/t/${encodeURIComponent(slug)}`;
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 4 } }} component="section">
      <Typography component="h2" variant="h5">
        {t('welcomeTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1 }}>
        {t('welcomeBody')}
      </Typography>
      <Grid container spacing={2} component="ol" sx={{ listStyle: 'none', p: 0, mt: 3, mb: 0 }}>
        {STEPS.map((step, i) => (
          <Grid key={step} size={{ xs: 12, md: 4 }} component="li">
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <Avatar sx={{ bgcolor: 'primary.main', width: 36, height: 36 }} aria-hidden>
                {i + 1}
              </Avatar>
              <Box>
                <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
                  {t(`${step}Title`)}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                  {t(`${step}Body`)}
                </Typography>
              </Box>
            </Stack>
          </Grid>
        ))}
      </Grid>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 3 }}>
        {mayUpload ? (
          <Button component={RouterLink} to={`${base}/upload`} variant="contained">
            {t('upload')}
          </Button>
        ) : null}
        <Button component={RouterLink} to={`${base}/precheck`} variant="outlined">
          {t('precheck')}
        </Button>
      </Stack>
      {mayUpload ? null : (
        <Typography variant="body2" sx={{ mt: 2 }}>
          {t('noUploadAskUploader')}
        </Typography>
      )}
      <Box sx={{ maxWidth: 640 }}>
        <SampleHint />
      </Box>
    </Paper>
  );
}
