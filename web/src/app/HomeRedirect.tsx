import { Button, Paper } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorAlert, Loading } from '../components/States';
import { useSignedIn } from '../session/session';
import { useTenants } from './useTenants';

const LAST_TENANT = 'rh.tenant';

export function rememberTenant(slug: string): void {
  try {
    localStorage.setItem(LAST_TENANT, slug);
  } catch {
    // Private mode: nothing to remember.
  }
}

function lastTenant(): string | null {
  try {
    return localStorage.getItem(LAST_TENANT);
  } catch {
    return null;
  }
}

/** `/`: the last tenant opened, else the first; with none, the next step to take. */
export default function HomeRedirect() {
  const { t } = useTranslation();
  const session = useSignedIn();
  const { slugs, loading, error } = useTenants();
  if (loading) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  const last = lastTenant();
  const target = last && slugs.includes(last) ? last : slugs[0];
  if (target) return <Navigate to={`/t/${target}`} replace />;
  return (
    <>
      <PageHeader title={t('noTenantTitle')} />
      <Paper sx={{ p: 2 }}>
        <EmptyState
          title={t('noTenantTitle')}
          body={session.user.isPlatformAdmin ? t('noTenantBody') : t('noTenantMember')}
          action={
            session.user.isPlatformAdmin ? (
              <Button variant="contained" component={RouterLink} to="/platform/tenants?create=1">
                {t('createTenant')}
              </Button>
            ) : undefined
          }
        />
      </Paper>
    </>
  );
}
