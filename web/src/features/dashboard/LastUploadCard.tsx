import { Box, Button, Link, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { formatAge, formatNumber } from '../../i18n/format';
import { SampleHint } from './SampleHint';
import type { TenantStats } from './stats-model';
import { UploadChips } from './UploadChips';
import { storedSourceName } from '../uploads/upload-model';

type Last = NonNullable<TenantStats['lastUpload']>;

function Applied({ slug, last }: { slug: string; last: Last }) {
  const { t } = useTranslation('dashboard');
  const { t: tu } = useTranslation('uploads');
  return (
    <>
      <Typography component="p" sx={{ fontSize: '1.75rem', fontWeight: 600 }}>
        {formatAge(last.finishedAt)}
      </Typography>
      <Typography color="text.secondary">
        <DateTime value={last.finishedAt} />
      </Typography>
      <Box sx={{ my: 1.5 }}>
        <UploadChips upload={{ status: 'completed', dryRun: false, noop: last.noop }} />
      </Box>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {t('lastUploadSource', { name: storedSourceName(last.sourceName, tu) })}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {last.noop
          ? t('lastUploadNoop')
          : t('lastUploadChanges', {
              created: formatNumber(last.totals.created),
              updated: formatNumber(last.totals.updated),
              deleted: formatNumber(last.totals.deleted),
            })}
      </Typography>
      <Link
        component={RouterLink}
        to={`/t/${encodeURIComponent(slug)}/uploads/${last.uploadId}`}
        sx={{ display: 'inline-block', mt: 1.5 }}
      >
        {t('lastUploadDetails')}
      </Link>
    </>
  );
}

function NoUpload({ slug, mayUpload, hasData }: { slug: string; mayUpload: boolean; hasData: boolean }) {
  const { t } = useTranslation('dashboard');
  return (
    <Box>
      <Typography sx={{ fontWeight: 600 }}>{t('noUploadTitle')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {t('noUploadBody')}
      </Typography>
      {mayUpload ? (
        <Button
          component={RouterLink}
          to={`/t/${encodeURIComponent(slug)}/upload`}
          variant="contained"
          sx={{ mt: 2 }}
        >
          {t('upload')}
        </Button>
      ) : (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t('noUploadAskUploader')}
        </Typography>
      )}
      {/* A tenant already holding data (imported another way) needs no sample. */}
      {hasData ? null : <SampleHint />}
    </Box>
  );
}

/** When the data was last refreshed (a successful, applied upload), or how to make the first one. */
export function LastUploadCard({
  slug,
  last,
  mayUpload,
  hasData = false,
}: {
  slug: string;
  last: TenantStats['lastUpload'];
  mayUpload: boolean;
  hasData?: boolean;
}) {
  const { t } = useTranslation('dashboard');
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 }, height: '100%' }} component="section">
      <Stack spacing={0.5}>
        <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
          {t('lastUploadHeading')}
        </Typography>
        {last ? (
          <Applied slug={slug} last={last} />
        ) : (
          <NoUpload slug={slug} mayUpload={mayUpload} hasData={hasData} />
        )}
      </Stack>
    </Paper>
  );
}
