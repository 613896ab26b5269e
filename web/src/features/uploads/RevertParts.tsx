import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/States';
import { formatNumber } from '../../i18n/format';
import { fileCountsOf, revertConflictsOf, totalsOf, type UploadView } from './upload-model';

/** Exactly what a revert will change, from the upload's own counts, and until when it is possible. */
export function RevertConfirmBody({ upload }: { upload: UploadView }) {
  const { t } = useTranslation('uploads');
  const files = fileCountsOf(upload).filter((f) => f.created || f.updated || f.deleted);
  const totals = totalsOf(files);
  const n = (v: number) => ({ n: formatNumber(v) });
  return (
    <Box sx={{ '& p': { mb: 1.5 } }}>
      <Typography>{t('revertIntro')}</Typography>
      <Box component="ul" sx={{ pl: 3, mt: 0, mb: 2 }}>
        {totals.created ? <li>{t('revertCreated', n(totals.created))}</li> : null}
        {totals.updated ? <li>{t('revertUpdated', n(totals.updated))}</li> : null}
        {totals.deleted ? <li>{t('revertDeleted', n(totals.deleted))}</li> : null}
        {files.length === 0 ? <li>{t('revertNothingCounted')}</li> : null}
      </Box>
      {files.length > 1 ? (
        <>
          <Typography variant="body2" color="text.secondary">
            {t('revertByFile')}
          </Typography>
          <Box component="ul" sx={{ pl: 3, mt: 0.5, mb: 2 }}>
            {files.map((f) => (
              <Typography component="li" variant="body2" key={f.name}>
                {t('revertFileLine', {
                  file: `${f.name}.csv`,
                  created: formatNumber(f.created ?? 0),
                  updated: formatNumber(f.updated ?? 0),
                  deleted: formatNumber(f.deleted ?? 0),
                })}
              </Typography>
            ))}
          </Box>
        </>
      ) : null}
      <Typography>{t('revertDelta')}</Typography>
      <Typography>
        {t('revertDeadline')} <DateTime value={upload.revert.availableUntil} />
      </Typography>
    </Box>
  );
}

/**
 * A refused revert. When later changes depend on this upload, the records are named per file so
 * staff know which later upload to undo first; other refusals are the server's sentence.
 */
export function RevertError({ error }: { error: unknown }) {
  const { t } = useTranslation('uploads');
  const conflicts = error instanceof ApiError ? revertConflictsOf(error.details) : null;
  if (!conflicts) return <ErrorAlert error={error} title={t('revertFailedTitle')} />;
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{t('revertBlockedTitle')}</AlertTitle>
      <Typography variant="body2">{t('revertBlockedBody')}</Typography>
      <Box component="ul" sx={{ pl: 3, my: 1 }}>
        {conflicts.map((c) => (
          <Typography component="li" variant="body2" key={c.file}>
            {t('revertBlockedLine', {
              file: `${c.file}.csv`,
              n: formatNumber(c.count),
              ids: c.sample.join(', ') + (c.count > c.sample.length ? ', …' : ''),
            })}
          </Typography>
        ))}
      </Box>
      <Typography variant="body2">{t('revertBlockedAdvice')}</Typography>
    </Alert>
  );
}

/** After a revert: what it restored and marked for deletion, per file. */
export function RevertedCounts({ counts }: { counts: Record<string, unknown> | null }) {
  const { t } = useTranslation('uploads');
  const rows = Object.entries(counts ?? {}).map(([file, c]) => {
    const r = (c ?? {}) as { restored?: number; deleted?: number };
    return { file, restored: r.restored ?? 0, deleted: r.deleted ?? 0 };
  });
  if (rows.length === 0) return null;
  return (
    <Box component="ul" sx={{ pl: 3, my: 0 }}>
      {rows.map((r) => (
        <Typography component="li" key={r.file}>
          {t('revertedLine', {
            file: `${r.file}.csv`,
            restored: formatNumber(r.restored),
            deleted: formatNumber(r.deleted),
          })}
        </Typography>
      ))}
    </Box>
  );
}
