import { Type, type TSchema } from '@sinclair/typebox';

export const ErrorBody = Type.Object(
  {
    imsx_codeMajor: Type.Literal('failure'),
    imsx_severity: Type.Literal('error'),
    imsx_description: Type.String(),
    imsx_CodeMinor: Type.Object({
      imsx_codeMinorField: Type.Array(
        Type.Object({ imsx_codeMinorFieldName: Type.String(), imsx_codeMinorFieldValue: Type.String() }),
      ),
    }),
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      messageJa: Type.String(),
      details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    }),
  },
  {
    description:
      'Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese',
  },
);

/** The success responses given, plus the error statuses every admin route may answer. */
export function responses(ok: Record<number, TSchema>): Record<number, TSchema> {
  return {
    ...ok,
    400: ErrorBody,
    401: ErrorBody,
    403: ErrorBody,
    404: ErrorBody,
    409: ErrorBody,
    413: ErrorBody,
    429: ErrorBody,
  };
}

export const DateTime = Type.String({ format: 'date-time' });
export const NullableDateTime = Type.Union([DateTime, Type.Null()]);
export const Role = Type.Union([Type.Literal('admin'), Type.Literal('uploader'), Type.Literal('reader')]);
export const Slug = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$' });
export const SlugParams = Type.Object({ slug: Slug });
export const Email = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' });
export const Password = Type.String({ minLength: 1, maxLength: 1024 });

export const Tenant = Type.Object({
  id: Type.String({ format: 'uuid' }),
  slug: Type.String(),
  name: Type.String(),
  createdAt: DateTime,
});

export const SessionInfo = Type.Object({
  user: Type.Object({
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    isPlatformAdmin: Type.Boolean(),
    mustChangePassword: Type.Boolean(),
  }),
  tenants: Type.Array(Type.Object({ slug: Type.String(), role: Role })),
  csrfToken: Type.String({ description: 'Send as X-CSRF-Token on every POST, PUT, PATCH and DELETE' }),
  expiresAt: DateTime,
});

export const Client = Type.Object({
  id: Type.String(),
  name: Type.String(),
  scopes: Type.Array(Type.String()),
  roles: Type.Array(Role),
  createdAt: DateTime,
  revokedAt: NullableDateTime,
  lastUsedAt: NullableDateTime,
});

export const SECRET_NOTICE =
  'The secret is shown only now: store it safely. / シークレットは今回のみ表示されます。安全に保管してください。';
export const PASSWORD_NOTICE =
  'The one-time password is shown only now; it must be changed at first sign-in. / ワンタイムパスワードは今回のみ表示されます。初回サインイン時に変更が必要です。';
