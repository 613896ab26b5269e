import { Button, Paper } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '../components/States';
import { PageHeader } from '../components/PageHeader';

export default function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFoundTitle')} />
      <Paper sx={{ p: 2 }}>
        <EmptyState
          title={t('notFoundTitle')}
          body={t('notFoundBody')}
          action={
            <Button variant="contained" component={RouterLink} to="/">
              {t('goHome')}
            </Button>
          }
        />
      </Paper>
    </>
  );
}
