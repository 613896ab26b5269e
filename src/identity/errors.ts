/** An admin-API error with its HTTP status; rendered as `{ error: { code, message, messageJa } }`. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly messageJa: string,
    /** Seconds, sent as Retry-After (lockout). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const unauthenticated = (): HttpError =>
  new HttpError(401, 'unauthenticated', 'Sign in first', 'サインインしてください');

export const forbidden = (): HttpError =>
  new HttpError(
    403,
    'forbidden',
    'You do not have permission for this action',
    'この操作を行う権限がありません',
  );

export const invalidCredentials = (): HttpError =>
  new HttpError(
    401,
    'invalid_credentials',
    'Wrong email address or password',
    'メールアドレスまたはパスワードが正しくありません',
  );
