import { common } from './common.messages';
import { messages as auth } from '../features/auth/auth.messages';
import { messages as dashboard } from '../features/dashboard/dashboard.messages';
import { messages as uploads } from '../features/uploads/uploads.messages';
import { messages as precheck } from '../features/precheck/precheck.messages';
import { messages as records } from '../features/records/records.messages';
import { messages as clients } from '../features/clients/clients.messages';
import { messages as users } from '../features/users/users.messages';
import { messages as settings } from '../features/settings/settings.messages';
import { messages as audit } from '../features/audit/audit.messages';
import { messages as platform } from '../features/platform/platform.messages';
import type { Namespace } from './define';

/** Every namespace of UI strings; `useTranslation('<name>')` in a feature reads its own. */
export const NAMESPACES = {
  common,
  auth,
  dashboard,
  uploads,
  precheck,
  records,
  clients,
  users,
  settings,
  audit,
  platform,
} satisfies Record<string, Namespace>;

export type NamespaceName = keyof typeof NAMESPACES;
export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
