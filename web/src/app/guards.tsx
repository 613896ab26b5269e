import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading, ErrorAlert } from '../components/States';
import { useSession } from '../session/session';
import { useQueryClient } from '@tanstack/react-query';

/** Pages behind sign-in: loading, then sign-in (remembering where to return), then password change. */
export function RequireSession() {
  const { session } = useSession();
  const location = useLocation();
  const qc = useQueryClient();
  const state = qc.getQueryState(['session']);
  if (session === undefined) {
    if (state?.status === 'error')
      return (
        <ErrorAlert
          error={state.error}
          onRetry={() => void qc.invalidateQueries({ queryKey: ['session'] })}
        />
      );
    return <Loading />;
  }
  if (session === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
  }
  if (session.user.mustChangePassword) return <Navigate to="/password" replace />;
  return <Outlet />;
}
