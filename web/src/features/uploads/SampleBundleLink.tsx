import DownloadIcon from '@mui/icons-material/Download';
import { Link, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** For a first try: a generated bundle of fictional people (GET /api/v1/sample-bundle.zip). */
export function SampleBundleLink() {
  const { t } = useTranslation('uploads');
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 2, alignItems: 'center' }}>
      <DownloadIcon fontSize="small" color="primary" aria-hidden />
      <Typography variant="body2">
        {t('sampleIntro')}{' '}
        <Link href="/api/v1/sample-bundle.zip" download="rosterhub-sample.zip">
          {t('sampleLink')}
        </Link>
      </Typography>
    </Stack>
  );
}
