import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOR, type UploadStatus } from './upload-model';

/** An upload's status in words, coloured so a failure stands out in a long history. */
export function StatusChip({ status }: { status: UploadStatus }) {
  const { t } = useTranslation('uploads');
  return (
    <Chip
      size="small"
      label={t(`status_${status}`)}
      color={STATUS_COLOR[status]}
      variant={status === 'cancelled' ? 'outlined' : 'filled'}
    />
  );
}

/** "Validate only" and "no change" markers beside the status. */
export function UploadMarkers({ dryRun, noop }: { dryRun: boolean; noop: boolean }) {
  const { t } = useTranslation('uploads');
  return (
    <>
      {dryRun ? <Chip size="small" variant="outlined" color="info" label={t('dryRunMarker')} /> : null}
      {noop ? <Chip size="small" variant="outlined" label={t('noopMarker')} /> : null}
    </>
  );
}
