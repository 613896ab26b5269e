import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** A record's status in words: deleted records stand out, active ones stay quiet. */
export function RecordStatusChip({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation('records');
  if (!status) return null;
  const deleted = status === 'tobedeleted';
  return (
    <Chip
      component="span"
      size="small"
      label={t(`status_${status}`, { defaultValue: status })}
      color={deleted ? 'warning' : 'success'}
      variant={deleted ? 'filled' : 'outlined'}
    />
  );
}
