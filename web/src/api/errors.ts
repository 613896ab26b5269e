import i18next from 'i18next';

/** An admin API error body: the imsx status fields plus a specific code and both languages. */
export interface ApiErrorBody {
  error?: { code?: string; message?: string; messageJa?: string; details?: Record<string, unknown> };
  imsx_description?: string;
}

/** Every failed call becomes one of these; `message` is always fit to show a person. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageEn: string | null,
    readonly messageJa: string | null,
    readonly details: Record<string, unknown> | undefined = undefined,
  ) {
    super(messageEn ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  static fromBody(status: number, body: unknown): ApiError {
    const b = (body ?? {}) as ApiErrorBody;
    const e = b.error;
    return new ApiError(
      status,
      e?.code ?? (status === 0 ? 'network' : `http_${status}`),
      e?.message ?? b.imsx_description ?? null,
      e?.messageJa ?? null,
      e?.details,
    );
  }

  static network(): ApiError {
    return new ApiError(0, 'network', null, null);
  }
}

/**
 * The message for a person, in the UI language: the server's own message when it gave one in that
 * language, else a plain sentence for the status. Never a JSON blob.
 */
export function humanMessage(err: unknown): string {
  const t = (key: string, opts?: Record<string, unknown>) => i18next.t(key, { ns: 'common', ...opts });
  if (!(err instanceof ApiError)) return t('errorUnknown', { status: '—' });
  if (err.status === 0) return t('errorNetwork');
  const server = i18next.language === 'en' ? err.messageEn : (err.messageJa ?? err.messageEn);
  if (server && !server.trimStart().startsWith('{')) return server;
  if (err.status === 403) return t('errorForbidden');
  if (err.status === 404) return t('errorNotFound');
  if (err.status === 429) return t('errorRateLimited');
  return t('errorUnknown', { status: err.status });
}
