import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './errors';
import type { paths } from './schema';

export type { paths, components } from './schema';

let csrfToken: string | null = null;
const expiryListeners = new Set<() => void>();

/** The session's CSRF token, sent on every state-changing admin request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
}

/** Called when an admin request answers 401: the session expired or was revoked. */
export function onSessionExpired(listener: () => void): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}

/** Ends the session in the UI (a 401 seen outside this client, e.g. on an XMLHttpRequest upload). */
export function notifySessionExpired(): void {
  for (const l of expiryListeners) l();
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const session: Middleware = {
  onRequest({ request }) {
    if (UNSAFE.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    const signingIn = request.method === 'POST' && new URL(request.url).pathname === '/api/v1/session';
    if (response.status === 401 && !signingIn) notifySessionExpired();
    return response;
  },
};

/** The typed admin API client: paths, parameters and bodies come from the server's OpenAPI. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(session);

/**
 * Unwraps an openapi-fetch result: the data, or an ApiError with the server's messages. Network
 * failures (fetch rejecting) become ApiError status 0.
 */
export async function call<T>(
  promise: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await promise;
  } catch {
    throw ApiError.network();
  }
  if (!result.response.ok) throw ApiError.fromBody(result.response.status, result.error);
  return result.data as T;
}

/** For endpoints openapi-fetch cannot type (multipart upload with progress, downloads). */
export async function rawFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  if (UNSAFE.has(method) && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  let res: Response;
  try {
    res = await fetch(input, { ...init, headers, credentials: 'same-origin' });
  } catch {
    throw ApiError.network();
  }
  if (res.status === 401) notifySessionExpired();
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    throw ApiError.fromBody(res.status, body);
  }
  return res;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** The JSON body a path answers with: `ResponseOf<'/api/v1/session', 'get'>`. */
export type ResponseOf<
  P extends keyof paths,
  M extends Method & keyof paths[P],
  S extends number = 200,
> = paths[P][M] extends { responses: infer R }
  ? S extends keyof R
    ? R[S] extends { content: { 'application/json': infer J } }
      ? J
      : never
    : never
  : never;
/** The JSON request body of a path. */
export type BodyOf<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
