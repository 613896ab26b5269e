import { useTheme } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatJst, formatNumber } from '../../i18n/format';
import type { SeriesPoint } from './stats-model';

/** "11/26 16:05" in Japan time: the axis has no room for the year. */
function shortJst(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

/**
 * The chart itself: its own chunk (recharts is large), loaded after the dashboard's first paint.
 * Screen readers get the table beside it instead (see ChangesSection).
 */
export default function ChangesChart({ series }: { series: readonly SeriesPoint[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const { palette } = useTheme();
  const data = series.map((p) => ({ ...p, label: shortJst(p.finishedAt, i18n.language) }));
  const number = (v: unknown) => formatNumber(Number(v));
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart
        accessibilityLayer={false}
        tabIndex={-1}
        data={data}
        margin={{ top: 8, right: 8, left: 0, bottom: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={12} />
        <YAxis allowDecimals={false} tickFormatter={number} width={64} tick={{ fontSize: 12 }} />
        <Tooltip
          formatter={number}
          labelFormatter={(_label, items) => {
            const p = items?.[0]?.payload as SeriesPoint | undefined;
            return p ? formatJst(p.finishedAt) : '';
          }}
        />
        <Legend itemSorter={null} />
        <Bar dataKey="created" name={t('created')} fill={palette.success.main} />
        <Bar dataKey="updated" name={t('updated')} fill={palette.primary.main} />
        <Bar dataKey="deleted" name={t('deleted')} fill={palette.error.main} />
      </BarChart>
    </ResponsiveContainer>
  );
}
