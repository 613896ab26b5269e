import { Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatJst, formatUtc } from '../i18n/format';

/** A time as staff read it (JST), with UTC on hover and in the machine-readable attribute. */
export function DateTime({
  value,
  seconds = false,
}: {
  value: string | null | undefined;
  seconds?: boolean;
}) {
  const { t } = useTranslation();
  if (!value) return <>—</>;
  return (
    <Tooltip title={t('utcHint', { utc: formatUtc(value) })}>
      <time dateTime={value} tabIndex={0}>
        {formatJst(value, seconds)} {t('jst')}
      </time>
    </Tooltip>
  );
}
