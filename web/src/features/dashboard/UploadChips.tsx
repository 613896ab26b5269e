import { Chip, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOR, type RecentUpload } from './stats-model';

/** An upload's status in words (coloured so a failure stands out), with its dry-run / no-change markers. */
export function UploadChips({ upload }: { upload: Pick<RecentUpload, 'status' | 'dryRun' | 'noop'> }) {
  const { t } = useTranslation('dashboard');
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <Chip
        size="small"
        label={t(`status_${upload.status}`)}
        color={STATUS_COLOR[upload.status]}
        variant={upload.status === 'cancelled' ? 'outlined' : 'filled'}
      />
      {upload.dryRun ? <Chip size="small" variant="outlined" color="info" label={t('dryRun')} /> : null}
      {upload.noop ? <Chip size="small" variant="outlined" label={t('noop')} /> : null}
    </Stack>
  );
}
