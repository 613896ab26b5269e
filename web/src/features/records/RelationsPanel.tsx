import { Box, Chip, Link, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatNumber } from '../../i18n/format';
import { RecordStatusChip } from './RecordStatusChip';
import { recordPath, type Relation, type RelatedItem } from './record-model';
import { useVocabulary } from './vocabulary';

/** Lists worth a "none" line when empty; the others are left out then, to keep the page short. */
const SHOWN_WHEN_EMPTY: ReadonlySet<string> = new Set([
  'teachers',
  'students',
  'classes',
  'user',
  'class',
  'school',
  'course',
  'users',
]);

/** Lists whose title already says the role (a class's teachers and students). */
const ROLE_IN_TITLE: ReadonlySet<string> = new Set(['teachers', 'students']);

export function visibleRelations(relations: readonly Relation[]): Relation[] {
  return relations.filter((r) => r.total > 0 || SHOWN_WHEN_EMPTY.has(r.key));
}

function ItemLine({ slug, relation, item }: { slug: string; relation: Relation; item: RelatedItem }) {
  const { t } = useTranslation('records');
  const vocab = useVocabulary();
  const primary =
    item.name === null ? (
      <span>
        {item.sourcedId} {t('notFoundRef')}
      </span>
    ) : (
      <Link component={RouterLink} to={recordPath(slug, relation.entity, item.sourcedId)}>
        {item.name}
      </Link>
    );
  return (
    <ListItem disableGutters sx={{ py: 0.25 }}>
      <ListItemText primary={primary} secondary={item.kana ?? undefined} sx={{ my: 0 }} />
      <Stack direction="row" sx={{ gap: 0.5, flexShrink: 0, ml: 1 }}>
        {item.role && !ROLE_IN_TITLE.has(relation.key) ? (
          <Chip size="small" variant="outlined" label={vocab.role(item.role)} />
        ) : null}
        {item.status === 'tobedeleted' ? <RecordStatusChip status={item.status} /> : null}
      </Stack>
    </ListItem>
  );
}

/** What relates to the record, one titled list per relation, each linking to those records. */
export function RelationsPanel({ slug, relations }: { slug: string; relations: readonly Relation[] }) {
  const { t } = useTranslation('records');
  return (
    <Stack spacing={2.5}>
      {visibleRelations(relations).map((r) => (
        <Box key={r.key} component="section" aria-labelledby={`relation-${r.key}`}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
            <Typography id={`relation-${r.key}`} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
              {t(`relation_${r.key}`)}
            </Typography>
            {r.total > 1 ? (
              <Typography variant="body2" color="text.secondary">
                {t('relationCount', { count: formatNumber(r.total) })}
              </Typography>
            ) : null}
          </Stack>
          {r.items.length === 0 ? (
            <Typography color="text.secondary">{t('relationNone')}</Typography>
          ) : (
            <List dense disablePadding sx={{ maxHeight: 420, overflowY: 'auto' }}>
              {r.items.map((item, i) => (
                <ItemLine key={`${i}-${item.sourcedId}`} slug={slug} relation={r} item={item} />
              ))}
            </List>
          )}
          {r.truncated ? (
            <Typography variant="body2" color="text.secondary">
              {t('relationTruncated', {
                shown: formatNumber(r.items.length),
                total: formatNumber(r.total),
              })}
            </Typography>
          ) : null}
        </Box>
      ))}
    </Stack>
  );
}
