import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { HttpError } from '../identity/errors.js';
import { IdentityService } from '../identity/identity.service.js';
import { DomainError } from '../services/errors.js';
import { EXIT, type Outcome } from './output.js';

const NOTICE =
  'The one-time password is shown only now; it must be changed at first sign-in. / ワンタイムパスワードは今回のみ表示されます。初回サインイン時に変更してください。';

/** `rosterhub admin create --email … [--platform]`: an admin user with a one-time password. */
export async function adminCreateCommand(
  db: Database,
  config: Config,
  o: { email: string; platform?: boolean },
): Promise<Outcome> {
  const identities = new IdentityService(db, { sessionTtlHours: config.sessions.ttlHours });
  const { user, oneTimePassword } = await identities
    .createUser({ email: o.email, isPlatformAdmin: !!o.platform })
    .catch((err: unknown) => {
      // The CLI reports domain errors; the service speaks HTTP.
      if (!(err instanceof HttpError)) throw err;
      throw new DomainError(
        err.statusCode === 409 ? 'conflict' : 'invalid_input',
        err.message,
        err.messageJa,
      );
    });
  return {
    exitCode: EXIT.ok,
    json: {
      user: {
        id: user.id,
        email: user.email,
        isPlatformAdmin: user.isPlatformAdmin,
        mustChangePassword: true,
      },
      oneTimePassword,
      notice: NOTICE,
    },
    text: [
      `Created ${user.isPlatformAdmin ? 'platform administrator' : 'admin user'} ${user.email} (${user.id})`,
      `one-time password: ${oneTimePassword}`,
      NOTICE,
    ].join('\n'),
  };
}
