import {
  Chip,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { RecordStatusChip } from './RecordStatusChip';
import { recordPath, rowKana, rowTitle, type Entity, type RecordRow } from './record-model';
import { useVocabulary } from './vocabulary';

interface Column {
  label: string;
  cell: (row: RecordRow) => ReactNode;
}

const dash = (v: string | null | undefined) => (v && v.trim() ? v : '—');
const Code = ({ value }: { value: string | null | undefined }) => (
  <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
    {dash(value)}
  </Typography>
);

/** The columns of each tab after the name: what tells records apart at a glance. */
function useColumns(entity: Entity): Column[] {
  const { t } = useTranslation('records');
  const vocab = useVocabulary();
  switch (entity) {
    case 'users':
      return [
        {
          label: t('colRoles'),
          cell: (r) => (
            <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
              {(r.roles ?? []).map((role) => (
                <Chip key={role} size="small" variant="outlined" label={vocab.role(role)} />
              ))}
            </Stack>
          ),
        },
      ];
    case 'orgs':
      return [
        { label: t('colType'), cell: (r) => (r.type ? vocab.type(r.type) : '—') },
        { label: t('colIdentifier'), cell: (r) => <Code value={r.identifier} /> },
        { label: t('colParent'), cell: (r) => dash(r.parentName ?? r.parentSourcedId) },
      ];
    case 'classes':
      return [
        { label: t('colClassCode'), cell: (r) => <Code value={r.classCode} /> },
        { label: t('colType'), cell: (r) => (r.classType ? vocab.type(r.classType) : '—') },
        { label: t('colSchool'), cell: (r) => dash(r.schoolName ?? r.schoolSourcedId) },
      ];
    case 'courses':
      return [
        { label: t('colCourseCode'), cell: (r) => <Code value={r.courseCode} /> },
        { label: t('colOrg'), cell: (r) => dash(r.orgName ?? r.orgSourcedId) },
      ];
    case 'academicSessions':
      return [
        { label: t('colType'), cell: (r) => (r.type ? vocab.type(r.type) : '—') },
        {
          label: t('colPeriod'),
          cell: (r) => (
            <span style={{ whiteSpace: 'nowrap' }}>
              {t('period', { start: dash(r.startDate), end: dash(r.endDate) })}
            </span>
          ),
        },
        { label: t('colSchoolYear'), cell: (r) => dash(r.schoolYear) },
      ];
    case 'enrollments':
      return [
        { label: t('colClass'), cell: (r) => dash(r.classTitle ?? r.classSourcedId) },
        {
          label: t('colRole'),
          cell: (r) => (
            <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
              {r.role ? <Chip size="small" variant="outlined" label={vocab.role(r.role)} /> : '—'}
              {r.primary ? <Chip size="small" color="primary" label={t('primaryMark')} /> : null}
            </Stack>
          ),
        },
      ];
  }
}

/** One page of records; the name links to the record, and the whole row opens it. */
export function RecordTable({
  slug,
  entity,
  rows,
}: {
  slug: string;
  entity: Entity;
  rows: readonly RecordRow[];
}) {
  const { t } = useTranslation('records');
  const navigate = useNavigate();
  const columns = useColumns(entity);
  const nameLabel =
    entity === 'users' ? t('colName') : entity === 'enrollments' ? t('colUser') : t('colTitle');
  return (
    <TableContainer>
      <Table size="small" aria-label={t('tableLabel', { kind: t(`entity_${entity}`) })}>
        <TableHead>
          <TableRow>
            <TableCell>{nameLabel}</TableCell>
            {columns.map((c) => (
              <TableCell key={c.label}>{c.label}</TableCell>
            ))}
            <TableCell>{t('colSourcedId')}</TableCell>
            <TableCell>{t('colStatus')}</TableCell>
            <TableCell>{t('colUpdated')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const href = recordPath(slug, entity, row.sourcedId);
            const kana = entity === 'users' ? rowKana(row) : (row.userKana ?? '');
            return (
              <TableRow
                key={row.sourcedId}
                hover
                onClick={(e) => {
                  // The link inside handles its own clicks (and middle-clicks, new tabs).
                  if ((e.target as HTMLElement).closest('a')) return;
                  void navigate(href);
                }}
                sx={{ cursor: 'pointer' }}
              >
                <TableCell>
                  <Link component={RouterLink} to={href} sx={{ fontWeight: 500 }}>
                    {rowTitle(entity, row)}
                  </Link>
                  {kana ? (
                    <Typography variant="body2" color="text.secondary">
                      {kana}
                    </Typography>
                  ) : null}
                </TableCell>
                {columns.map((c) => (
                  <TableCell key={c.label}>{c.cell(row)}</TableCell>
                ))}
                <TableCell>
                  <Code value={row.sourcedId} />
                </TableCell>
                <TableCell>
                  <RecordStatusChip status={row.status} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <DateTime value={row.dateLastModified} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
