import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, call, onSessionExpired, setCsrfToken, type ResponseOf } from '../api/client';
import { ApiError } from '../api/errors';

export type SessionBody = ResponseOf<'/api/v1/session', 'get'>;
export type TenantRole = SessionBody['tenants'][number]['role'];

interface SessionState {
  /** Undefined while loading, null when signed out. */
  session: SessionBody | null | undefined;
  /** Set when the last session ended by expiry (shown on the sign-in page). */
  expired: boolean;
  signIn: (email: string, password: string) => Promise<SessionBody>;
  signOut: () => Promise<void>;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);
export const SESSION_KEY = ['session'] as const;

export async function loadSession(): Promise<SessionBody | null> {
  try {
    const s = await call(api.GET('/api/v1/session'));
    setCsrfToken(s.csrfToken);
    return s;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const [expired, setExpired] = useState(false);
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: loadSession, staleTime: 60_000 });
  const session = query.data;

  useEffect(
    () =>
      onSessionExpired(() => {
        if (qc.getQueryData(SESSION_KEY)) setExpired(true);
        setCsrfToken(null);
        qc.setQueryData(SESSION_KEY, null);
        qc.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      }),
    [qc],
  );

  const value = useMemo<SessionState>(
    () => ({
      session,
      expired,
      async signIn(email, password) {
        const s = await call(api.POST('/api/v1/session', { body: { email, password } }));
        setCsrfToken(s.csrfToken);
        setExpired(false);
        qc.setQueryData(SESSION_KEY, s);
        return s;
      },
      async signOut() {
        await call(api.DELETE('/api/v1/session')).catch(() => undefined);
        setCsrfToken(null);
        qc.clear();
        qc.setQueryData(SESSION_KEY, null);
      },
      async refresh() {
        await qc.invalidateQueries({ queryKey: SESSION_KEY });
      },
    }),
    [session, expired, qc],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in session (components under the signed-in layout only). */
export function useSignedIn(): SessionBody {
  const { session } = useSession();
  if (!session) throw new Error('useSignedIn without a session');
  return session;
}

/** The caller's role in a tenant: platform administrators act as administrators everywhere. */
export function roleIn(session: SessionBody, slug: string): TenantRole | null {
  if (session.user.isPlatformAdmin) return 'admin';
  return session.tenants.find((t) => t.slug === slug)?.role ?? null;
}

const GRANTS: Record<string, readonly TenantRole[]> = {
  read: ['admin', 'uploader', 'reader'],
  upload: ['admin', 'uploader'],
  manage: ['admin'],
};

export function can(role: TenantRole | null, what: 'read' | 'upload' | 'manage'): boolean {
  return role !== null && GRANTS[what]!.includes(role);
}
