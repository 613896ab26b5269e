import { Card, CardActionArea, CardContent, Grid, Skeleton, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatNumber } from '../../i18n/format';
import { BROWSABLE, visibleCounts, type EntityCount } from './stats-model';

const CELL = { xs: 12, sm: 6, md: 4, lg: 3 } as const;

function CountBody({ count }: { count: EntityCount }) {
  const { t } = useTranslation('dashboard');
  return (
    <CardContent>
      <Typography component="h3" variant="subtitle1" color="text.secondary">
        {t(`entity_${count.entity}`)}
      </Typography>
      <Typography component="p" sx={{ fontSize: '2rem', fontWeight: 600, lineHeight: 1.3 }}>
        {formatNumber(count.active)}
        <Typography component="span" color="text.secondary" sx={{ ml: 0.75, fontSize: '0.9rem' }}>
          {t('activeUnit')}
        </Typography>
      </Typography>
      <Typography variant="body2" color={count.tobedeleted ? 'text.secondary' : 'text.disabled'}>
        {t('tobedeleted', { n: formatNumber(count.tobedeleted) })}
      </Typography>
    </CardContent>
  );
}

/** One card per kind of record: active records big, deleted ones small; linked to the data browser. */
export function EntityCountCards({ slug, counts }: { slug: string; counts: readonly EntityCount[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <Grid container spacing={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {visibleCounts(counts).map((c) => {
        const label = t('cardLabel', {
          entity: t(`entity_${c.entity}`),
          active: formatNumber(c.active),
          tobedeleted: formatNumber(c.tobedeleted),
        });
        return (
          <Grid key={c.entity} size={CELL} component="li">
            <Card variant="outlined" sx={{ height: '100%' }}>
              {BROWSABLE.has(c.entity) ? (
                <CardActionArea
                  component={RouterLink}
                  to={`/t/${encodeURIComponent(slug)}/records/${c.entity}`}
                  aria-label={label}
                  sx={{ height: '100%' }}
                >
                  <CountBody count={c} />
                </CardActionArea>
              ) : (
                <CountBody count={c} />
              )}
            </Card>
          </Grid>
        );
      })}
    </Grid>
  );
}

/** The cards' shape while the counts load (no spinner: the page does not jump when they arrive). */
export function EntityCountSkeletons({ n = 8 }: { n?: number }) {
  const { t } = useTranslation('dashboard');
  return (
    <Grid container spacing={2} role="status" aria-label={t('countsLoading')}>
      {Array.from({ length: n }, (_, i) => (
        <Grid key={i} size={CELL}>
          <Card variant="outlined">
            <CardContent>
              <Skeleton width="40%" />
              <Skeleton width="60%" height={44} />
              <Skeleton width="35%" />
            </CardContent>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}
