import { Box, Link, List, ListItem, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { formatNumber } from '../../i18n/format';
import type { RecentUpload } from './stats-model';
import { UploadChips } from './UploadChips';
import { storedSourceName } from '../uploads/upload-model';

function Item({ slug, upload }: { slug: string; upload: RecentUpload }) {
  const { t } = useTranslation('dashboard');
  const { t: tu } = useTranslation('uploads');
  const problems = [
    upload.errorCount ? t('recentErrors', { n: formatNumber(upload.errorCount) }) : null,
    upload.warningCount ? t('recentWarnings', { n: formatNumber(upload.warningCount) }) : null,
  ].filter((x): x is string => x !== null);
  return (
    <ListItem divider disableGutters sx={{ gap: 2, flexWrap: 'wrap' }}>
      <Box sx={{ flex: '1 1 12rem', minWidth: 0 }}>
        {/* The name is the link: the time beside it has its own focus (its UTC tooltip). */}
        <Link
          component={RouterLink}
          to={`/t/${encodeURIComponent(slug)}/uploads/${upload.uploadId}`}
          sx={{ overflowWrap: 'anywhere' }}
        >
          {storedSourceName(upload.sourceName, tu)}
        </Link>
        <Typography variant="body2" color="text.secondary">
          <DateTime value={upload.createdAt} />
          {problems.map((text) => (
            <Box
              key={text}
              component="span"
              sx={{ ml: 1, color: upload.errorCount ? 'error.main' : 'warning.main' }}
            >
              {text}
            </Box>
          ))}
        </Typography>
      </Box>
      <UploadChips upload={upload} />
    </ListItem>
  );
}

/** The newest uploads with their status; each opens its detail page. */
export function RecentUploadsList({ slug, uploads }: { slug: string; uploads: readonly RecentUpload[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 }, height: '100%' }} component="section">
      <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between', mb: 1 }}>
        <Typography component="h2" variant="h6">
          {t('recentHeading')}
        </Typography>
        {uploads.length ? (
          <Link component={RouterLink} to={`/t/${encodeURIComponent(slug)}/uploads`}>
            {t('recentAll')}
          </Link>
        ) : null}
      </Stack>
      {uploads.length ? (
        <List disablePadding>
          {uploads.map((u) => (
            <Item key={u.uploadId} slug={slug} upload={u} />
          ))}
        </List>
      ) : (
        <Typography color="text.secondary">{t('recentEmpty')}</Typography>
      )}
    </Paper>
  );
}
