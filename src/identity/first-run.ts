import type { Database } from '../db/database.js';
import { IdentityService } from './identity.service.js';

export const DEFAULT_ADMIN_EMAIL = 'admin@localhost';

/** The operator's notice for a one-time password: printed once, on the terminal, never logged. */
export function oneTimePasswordNotice(email: string, password: string, signInUrl?: string): string {
  return [
    '',
    '================================================================================',
    ' RosterHub: first run — a platform administrator was created',
    ' RosterHub 初回起動: プラットフォーム管理者を作成しました',
    '',
    ...(signInUrl
      ? [
          ` Open ${signInUrl} in a browser and sign in with:`,
          ` ブラウザで ${signInUrl} を開き、次の内容でサインインしてください:`,
          '',
        ]
      : []),
    `   email / メールアドレス:            ${email}`,
    `   one-time password / ワンタイムパスワード: ${password}`,
    '',
    ' It is shown only now and must be changed at first sign-in.',
    ' このパスワードは今回のみ表示されます。初回サインイン時に変更してください。',
    '================================================================================',
    '',
  ].join('\n');
}

/**
 * On an empty database (no platform administrator), creates one with a one-time password and
 * writes it once to `out` (stdout by default: the operator's terminal, not the log stream).
 * Returns whether an administrator was created.
 */
export async function ensureFirstRunAdmin(
  db: Database,
  opts: {
    email?: string;
    sessionTtlHours?: number;
    out?: (text: string) => void;
    /** The admin UI's address, printed with the password. */
    signInUrl?: string;
  } = {},
): Promise<boolean> {
  const identities = new IdentityService(db, { sessionTtlHours: opts.sessionTtlHours ?? 12 });
  const created = await identities.ensurePlatformAdmin(opts.email ?? DEFAULT_ADMIN_EMAIL);
  if (!created) return false;
  (opts.out ?? ((t) => process.stdout.write(t)))(
    oneTimePasswordNotice(created.email, created.password, opts.signInUrl),
  );
  return true;
}
