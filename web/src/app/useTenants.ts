import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { useSignedIn } from '../session/session';

/** The tenants the signed-in person can open: all of them for platform administrators. */
export function useTenants(): { slugs: string[]; loading: boolean; error: unknown } {
  const session = useSignedIn();
  const platform = session.user.isPlatformAdmin;
  const q = useQuery({
    queryKey: ['tenants'],
    queryFn: () => call(api.GET('/api/v1/tenants')),
    enabled: platform,
  });
  if (!platform) return { slugs: session.tenants.map((t) => t.slug), loading: false, error: null };
  return { slugs: q.data?.tenants.map((t) => t.slug) ?? [], loading: q.isPending, error: q.error };
}
