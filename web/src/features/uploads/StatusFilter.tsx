import { Chip, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOR, STATUSES, type UploadStatus } from './upload-model';

/** Toggle chips, several at once; none chosen means every status. */
export function StatusFilter(props: {
  value: readonly UploadStatus[];
  onChange: (s: UploadStatus[]) => void;
}) {
  const { t } = useTranslation('uploads');
  const labelId = useId();
  const toggle = (s: UploadStatus) =>
    props.onChange(
      props.value.includes(s)
        ? props.value.filter((x) => x !== s)
        : STATUSES.filter((x) => x === s || props.value.includes(x)),
    );
  return (
    <Stack
      direction="row"
      role="group"
      aria-labelledby={labelId}
      sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 2 }}
    >
      <Typography id={labelId} variant="body2" color="text.secondary" sx={{ mr: 1 }}>
        {t('filterStatus')}
      </Typography>
      <Chip
        label={t('allStatuses')}
        onClick={() => props.onChange([])}
        color={props.value.length === 0 ? 'primary' : 'default'}
        variant={props.value.length === 0 ? 'filled' : 'outlined'}
        aria-pressed={props.value.length === 0}
      />
      {STATUSES.map((s) => {
        const on = props.value.includes(s);
        return (
          <Chip
            key={s}
            label={t(`status_${s}`)}
            onClick={() => toggle(s)}
            color={on ? STATUS_COLOR[s] : 'default'}
            variant={on ? 'filled' : 'outlined'}
            aria-pressed={on}
          />
        );
      })}
    </Stack>
  );
}
