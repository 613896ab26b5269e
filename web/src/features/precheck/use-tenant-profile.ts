import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { ProfileName } from '../../../../src/import/profiles/profile';

/**
 * The tenant's validation profile, which its uploads use by default; `japan` until known, and when
 * the settings cannot be read (a reader may not see them): it is only a starting choice.
 */
export function useTenantProfile(slug: string): ProfileName {
  const settings = useQuery({
    queryKey: ['tenant-settings', slug],
    queryFn: () => call(api.GET('/api/v1/tenants/{slug}/settings', { params: { path: { slug } } })),
    retry: false,
  });
  return settings.data?.profile ?? 'japan';
}
