import { useEffect } from 'react';
import { Outlet, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paper } from '@mui/material';
import { EmptyState } from '../components/States';
import { roleIn, useSignedIn } from '../session/session';
import { rememberTenant } from './HomeRedirect';

/** `/t/:slug/*`: pages of one tenant, for its members (and platform administrators). */
export function TenantScope() {
  const { slug } = useParams();
  const { t } = useTranslation();
  const session = useSignedIn();
  const role = slug ? roleIn(session, slug) : null;
  useEffect(() => {
    if (slug && role) rememberTenant(slug);
  }, [slug, role]);
  if (!role)
    return (
      <Paper sx={{ p: 2 }}>
        <EmptyState title={t('errorForbidden')} />
      </Paper>
    );
  return <Outlet />;
}

/** The current tenant's slug (pages under TenantScope only). */
export function useTenantSlug(): string {
  const { slug } = useParams();
  if (!slug) throw new Error('useTenantSlug outside /t/:slug');
  return slug;
}
