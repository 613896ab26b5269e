import { Link, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { RecordStatusChip } from './RecordStatusChip';
import { ENTITY_OF_REF, fieldsOf, profileParts, type Field, type Ref } from './record-fields';
import { recordPath } from './record-model';
import { useVocabulary } from './vocabulary';

/** A reference as a link to the record's page (a resource, outside the roster, as plain text). */
function RefLink({ slug, value }: { slug: string; value: Ref }) {
  const entity = ENTITY_OF_REF[value.type];
  if (!entity) return <span>{value.sourcedId}</span>;
  return (
    <Link
      component={RouterLink}
      to={recordPath(slug, entity, value.sourcedId)}
      sx={{ wordBreak: 'break-all' }}
    >
      {value.sourcedId}
    </Link>
  );
}

const VOCABULARY_FIELDS = new Set(['type', 'classType', 'role']);

function FieldValue({ slug, field }: { slug: string; field: Field }) {
  const { t } = useTranslation('records');
  const vocab = useVocabulary();
  const v = field.value;
  switch (v.kind) {
    case 'status':
      return <RecordStatusChip status={v.status} />;
    case 'datetime':
      return <DateTime value={v.iso} seconds />;
    case 'bool':
      return <>{v.value ? t('yes') : t('no')}</>;
    case 'refs':
      return (
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          {v.refs.map((r) => (
            <RefLink key={r.sourcedId} slug={slug} value={r} />
          ))}
        </Stack>
      );
    case 'roles':
      return (
        <Stack spacing={0.5}>
          {v.roles.map((r, i) => (
            <span key={i}>
              {vocab.role(r.role)}
              {r.org ? (
                <>
                  {' · '}
                  <RefLink slug={slug} value={r.org} />
                </>
              ) : null}
            </span>
          ))}
        </Stack>
      );
    case 'lines':
      return (
        <Stack spacing={0.5}>
          {v.lines.map((line, i) => (
            <span key={i}>{line}</span>
          ))}
        </Stack>
      );
    case 'text':
      if (field.name === 'role') return <>{vocab.role(v.text)}</>;
      if (VOCABULARY_FIELDS.has(field.name)) return <>{vocab.type(v.text)}</>;
      return <span style={{ wordBreak: 'break-word' }}>{v.text}</span>;
  }
}

/** The record's fields with labels in the UI language; Japan Profile fields among them. */
export function RecordFieldsTable({
  slug,
  record,
  isUser,
}: {
  slug: string;
  record: Record<string, unknown>;
  isUser: boolean;
}) {
  const { t } = useTranslation('records');
  const fields = fieldsOf(record);
  const profiles = profileParts(record);
  return (
    <>
      <Table size="small" aria-label={t('sectionFields')}>
        <TableBody>
          {fields.map((f) => (
            <TableRow key={f.name}>
              <TableCell component="th" scope="row" sx={{ width: '38%', color: 'text.secondary' }}>
                {t(`field_${f.name}`, { defaultValue: f.name })}
              </TableCell>
              <TableCell>
                <FieldValue slug={slug} field={f} />
              </TableCell>
            </TableRow>
          ))}
          {profiles.length ? (
            <TableRow>
              <TableCell component="th" scope="row" sx={{ color: 'text.secondary' }}>
                {t('field_userProfiles')}
              </TableCell>
              <TableCell>
                <Stack spacing={0.5}>
                  {profiles.map((p, i) => (
                    <span key={i}>{t('profileLine', p)}</span>
                  ))}
                </Stack>
              </TableCell>
            </TableRow>
          ) : null}
        </TableBody>
      </Table>
      {isUser ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('passwordsHidden')}
        </Typography>
      ) : null}
    </>
  );
}
