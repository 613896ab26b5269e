import {
  Box,
  LinearProgress,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatNumber } from '../../i18n/format';
import type { ProgressFileRow, UploadStatus } from './upload-model';

export type ProgressPhase = 'sending' | UploadStatus;

export interface UploadProgressProps {
  phase: ProgressPhase;
  /** 0–100; null while the share done is unknown (waiting in the queue). */
  percent: number | null;
  etaSeconds?: number | null;
  files?: readonly ProgressFileRow[];
  /** Bytes of the transfer, while sending. */
  transfer?: { sent: number; total: number };
  /** A dry run stops after validation: its steps have no apply. */
  dryRun?: boolean;
}

const STEPS = ['sending', 'validating', 'applying', 'completed'] as const;
/** Ended without completing: the steps would tell a wrong story (where it stopped is not known). */
const ENDED: ReadonlySet<ProgressPhase> = new Set(['failed', 'cancelled', 'reverted']);
const STEP_OF: Record<ProgressPhase, number> = {
  sending: 0,
  queued: 1,
  validating: 1,
  applying: 2,
  completed: 4,
  failed: 4,
  cancelled: 4,
  reverted: 4,
};

/** "About 3 min left": seconds under a minute, minutes under an hour, then hours and minutes. */
export function etaText(seconds: number, t: TFunction<'uploads'>): string {
  const s = Math.max(1, Math.round(seconds));
  if (s < 60) return t('etaSeconds', { n: formatNumber(s) });
  if (s < 3600) return t('etaMinutes', { n: formatNumber(Math.ceil(s / 60)) });
  const h = Math.floor(s / 3600);
  return t('etaHours', { h: formatNumber(h), m: formatNumber(Math.ceil((s - h * 3600) / 60)) });
}

/** Where an upload is: its step, a bar with the share done, time left and rows per file. */
export function UploadProgress(props: UploadProgressProps) {
  const { t } = useTranslation('uploads');
  const labelId = useId();
  const { phase, percent, etaSeconds, files = [], transfer, dryRun = false } = props;
  const steps = dryRun ? STEPS.filter((s) => s !== 'applying') : STEPS;
  const active = Math.min(STEP_OF[phase] - (dryRun && STEP_OF[phase] >= 2 ? 1 : 0), steps.length);
  const rounded = percent === null ? null : Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <Box>
      {ENDED.has(phase) ? null : (
        <Stepper activeStep={active} alternativeLabel sx={{ mb: 3 }}>
          {steps.map((s) => (
            <Step key={s}>
              <StepLabel>{t(`step_${s}`)}</StepLabel>
            </Step>
          ))}
        </Stepper>
      )}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'baseline' }, mb: 1 }}
      >
        <Typography id={labelId} variant="h6" component="p" aria-live="polite">
          {t(`phase_${phase}`)}
        </Typography>
        <Typography color="text.secondary" data-testid="progress-numbers">
          {rounded === null ? null : t('percent', { n: formatNumber(rounded) })}
          {etaSeconds ? ` · ${etaText(etaSeconds, t)}` : null}
        </Typography>
      </Stack>
      <LinearProgress
        variant={rounded === null ? 'indeterminate' : 'determinate'}
        value={rounded ?? undefined}
        aria-labelledby={labelId}
        aria-valuetext={rounded === null ? t(`phase_${phase}`) : t('percent', { n: rounded })}
        sx={{ height: 10, borderRadius: 5 }}
      />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {transfer
          ? t('transferBytes', { sent: formatBytes(transfer.sent), total: formatBytes(transfer.total) })
          : t(`phaseHint_${phase}`)}
      </Typography>
      {files.length ? <FileRows files={files} /> : null}
    </Box>
  );
}

function FileRows({ files }: { files: readonly ProgressFileRow[] }) {
  const { t } = useTranslation('uploads');
  return (
    <Table size="small" sx={{ mt: 2 }} aria-label={t('filesProgressLabel')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('colFile')}</TableCell>
          <TableCell align="right">{t('colRowsRead')}</TableCell>
          <TableCell sx={{ width: '35%' }}>
            <Box component="span" sx={visuallyHidden}>
              {t('colFileProgress')}
            </Box>
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {files.map((f) => {
          const share = f.totalRows ? Math.min(100, (f.rows / f.totalRows) * 100) : 0;
          return (
            <TableRow key={f.name}>
              <TableCell>{`${f.name}.csv`}</TableCell>
              <TableCell align="right">
                {t('rowsOf', { rows: formatNumber(f.rows), total: formatNumber(f.totalRows) })}
              </TableCell>
              <TableCell>
                <LinearProgress
                  variant="determinate"
                  value={share}
                  aria-label={t('fileProgressLabel', { file: `${f.name}.csv` })}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
