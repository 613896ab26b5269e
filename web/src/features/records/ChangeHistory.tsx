import {
  Chip,
  Link,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { fieldName } from './record-fields';
import type { Change } from './record-model';

const CHANGE_COLOR: Record<string, 'success' | 'info' | 'warning'> = {
  created: 'success',
  updated: 'info',
  deleted: 'warning',
};

/** The changed fields in words ("名、姓(カナ)"); the audit log holds their names, never values. */
export function useChangedFields(): (fields: readonly string[] | null) => string {
  const { t } = useTranslation('records');
  return (fields) => {
    if (!fields?.length) return t('fieldsUnknown');
    const labels = fields.map((f) => {
      const name = fieldName(f);
      return t(`field_${name}`, { defaultValue: f });
    });
    return labels.join(t('listSeparator'));
  };
}

/** Which imports created, updated or deleted the record, newest first, each linking to its upload. */
export function ChangeHistory({
  slug,
  history,
  truncated,
}: {
  slug: string;
  history: readonly Change[];
  truncated: boolean;
}) {
  const { t } = useTranslation('records');
  const changed = useChangedFields();
  if (history.length === 0) return <Typography color="text.secondary">{t('historyEmpty')}</Typography>;
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label={t('sectionHistory')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('colWhen')}</TableCell>
              <TableCell>{t('colChange')}</TableCell>
              <TableCell>{t('colFields')}</TableCell>
              <TableCell>{t('colImport')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {history.map((h, i) => (
              <TableRow key={`${h.at}-${h.change}-${i}`}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <DateTime value={h.at} seconds />
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={CHANGE_COLOR[h.change] ?? 'default'}
                    variant="outlined"
                    label={t(`change_${h.change}`, { defaultValue: h.change })}
                  />
                </TableCell>
                <TableCell>{h.change === 'updated' ? changed(h.fields) : '—'}</TableCell>
                <TableCell>
                  {h.importId && h.isUpload ? (
                    <Link component={RouterLink} to={`/t/${slug}/uploads/${h.importId}`}>
                      {t('openUpload')}
                    </Link>
                  ) : (
                    <Typography variant="body2" color="text.secondary" component="span">
                      {t('importOther')}
                    </Typography>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {truncated ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('historyTruncated', { count: history.length })}
        </Typography>
      ) : null}
    </>
  );
}
