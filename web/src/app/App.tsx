import { CssBaseline, ThemeProvider } from '@mui/material';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { ApiError } from '../api/errors';
import type { Language } from '../i18n/resources';
import { SessionProvider } from '../session/session';
import { RequireSession } from './guards';
import { Layout } from './Layout';
import { Loading } from '../components/States';
import { TenantScope } from './TenantScope';
import { themeFor } from './theme';
import { fetchStats, statsKey } from '../features/dashboard/stats-model';

function retry(failures: number, error: unknown): boolean {
  // A 4xx answer will not change by asking again; network failures and 5xx get two more tries.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry, staleTime: 10_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

/** Pages load on demand: the dashboard's first load fetches only its own code. */
const page = (load: () => Promise<{ default: React.ComponentType }>) => ({
  lazy: async () => ({ Component: (await load()).default }),
  HydrateFallback: Loading,
});

export const routes: RouteObject[] = [
  { path: '/signin', ...page(() => import('../features/auth/SignInPage')) },
  { path: '/password', ...page(() => import('../features/auth/ChangePasswordPage')) },
  {
    element: <RequireSession />,
    HydrateFallback: Loading,
    children: [
      {
        element: <Layout />,
        children: [
          { index: true, ...page(() => import('./HomeRedirect')) },
          { path: 'platform/tenants', ...page(() => import('../features/platform/TenantsPage')) },
          {
            path: 't/:slug',
            element: <TenantScope />,
            children: [
              {
                index: true,
                // The counts are fetched while the page's code loads, not after (first load ≤ 2 s).
                loader: ({ params }) => {
                  const slug = params.slug!;
                  void queryClient.prefetchQuery({
                    queryKey: statsKey(slug),
                    queryFn: () => fetchStats(slug),
                  });
                  return null;
                },
                ...page(() => import('../features/dashboard/DashboardPage')),
              },
              { path: 'upload', ...page(() => import('../features/uploads/UploadPage')) },
              { path: 'precheck', ...page(() => import('../features/precheck/PrecheckPage')) },
              { path: 'uploads', ...page(() => import('../features/uploads/UploadHistoryPage')) },
              { path: 'uploads/:id', ...page(() => import('../features/uploads/UploadDetailPage')) },
              { path: 'records', ...page(() => import('../features/records/RecordsPage')) },
              { path: 'records/:entity', ...page(() => import('../features/records/RecordsPage')) },
              {
                path: 'records/:entity/:sourcedId',
                ...page(() => import('../features/records/RecordDetailPage')),
              },
              { path: 'clients', ...page(() => import('../features/clients/ClientsPage')) },
              { path: 'users', ...page(() => import('../features/users/UsersPage')) },
              { path: 'settings', ...page(() => import('../features/settings/SettingsPage')) },
              { path: 'audit', ...page(() => import('../features/audit/AuditPage')) },
            ],
          },
          { path: '*', ...page(() => import('./NotFound')) },
        ],
      },
    ],
  },
];

const router = createBrowserRouter(routes);

export function App() {
  const { i18n } = useTranslation();
  const theme = useMemo(() => themeFor(i18n.language as Language), [i18n.language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
