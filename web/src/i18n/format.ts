import { currentLanguage } from './index';

const TOKYO = 'Asia/Tokyo';

function locale(): string {
  return currentLanguage() === 'ja' ? 'ja-JP' : 'en-GB';
}

/** A date-time in Japan Standard Time, as staff read it ("2026/11/26 16:05"). */
export function formatJst(iso: string | Date, withSeconds = false): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return new Intl.DateTimeFormat(locale(), {
    timeZone: TOKYO,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hour12: false,
  }).format(d);
}

export function formatUtc(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return d
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale()).format(n);
}

/** "3 minutes ago" / "3 分前", for ages of uploads. */
export function formatAge(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86400), 'day');
}

/** Durations of imports: "1.2 秒" / "1.2 s", minutes past a minute. */
export function formatDuration(ms: number): string {
  const unit = (value: number, u: 'second' | 'minute') =>
    new Intl.NumberFormat(locale(), {
      style: 'unit',
      unit: u,
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    }).format(value);
  return ms < 60_000 ? unit(ms / 1000, 'second') : unit(ms / 60_000, 'minute');
}

/** Sizes as files show them in both languages: "893 B", "1.2 MB" (Intl's "byte" reads badly in Japanese). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const n = new Intl.NumberFormat(locale(), { maximumFractionDigits: i === 0 ? 0 : 1 }).format(v);
  return `${n} ${units[i]}`;
}
