import { Alert, AlertTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import type { UploadView } from './upload-model';

/** How a finished upload ended, in a sentence a school's staff can act on. */
export function UploadOutcome({ upload }: { upload: UploadView }) {
  const { t, i18n } = useTranslation('uploads');
  const failure =
    upload.failure && (i18n.language === 'en' ? upload.failure.message : upload.failure.messageJa);
  const warnings =
    upload.warningCount > 0 ? t('outcomeWarnings', { n: formatNumber(upload.warningCount) }) : null;
  switch (upload.status) {
    case 'completed':
      if (upload.noop)
        return (
          <Alert severity="info" role="status">
            <AlertTitle>{t('outcomeNoopTitle')}</AlertTitle>
            {t('outcomeNoopBody')}
          </Alert>
        );
      return (
        <Alert severity="success" role="status">
          <AlertTitle>{upload.dryRun ? t('outcomeDryRunTitle') : t('outcomeCompletedTitle')}</AlertTitle>
          {upload.dryRun ? t('outcomeDryRunBody') : t('outcomeCompletedBody')} {warnings}
        </Alert>
      );
    case 'failed':
      return (
        <Alert severity="error" role="alert">
          <AlertTitle>{t('outcomeFailedTitle')}</AlertTitle>
          {failure ? `${failure} ` : null}
          {t('outcomeFailedBody')}
        </Alert>
      );
    case 'cancelled':
      return (
        <Alert severity="warning" role="status">
          <AlertTitle>{t('outcomeCancelledTitle')}</AlertTitle>
          {t('outcomeCancelledBody')}
        </Alert>
      );
    case 'reverted':
      return (
        <Alert severity="info" role="status">
          <AlertTitle>{t('outcomeRevertedTitle')}</AlertTitle>
          {t('outcomeRevertedBody')}
        </Alert>
      );
    default:
      return null;
  }
}
