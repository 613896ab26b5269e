import { dictionary } from '@zxcvbn-ts/language-common';
import { HttpError } from './errors.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

let common: Set<string> | undefined;
/** The ~49k most common passwords (zxcvbn's list), lower-cased, loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/** Null when acceptable, else the reason (English and Japanese). */
export function passwordProblem(
  password: string,
  context: { email?: string } = {},
): { code: string; message: string; messageJa: string } | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return {
      code: 'password_too_short',
      message: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long`,
      messageJa: `パスワードは ${MIN_PASSWORD_LENGTH} 文字以上にしてください`,
    };
  if (length > MAX_PASSWORD_LENGTH)
    return {
      code: 'password_too_long',
      message: `The password must be at most ${MAX_PASSWORD_LENGTH} characters long`,
      messageJa: `パスワードは ${MAX_PASSWORD_LENGTH} 文字以内にしてください`,
    };
  const lower = password.toLowerCase();
  const email = context.email?.toLowerCase();
  if (commonPasswords().has(lower) || (email && (lower === email || lower === email.split('@')[0])))
    return {
      code: 'password_too_common',
      message: 'This password is too common or too easy to guess; choose another',
      messageJa:
        'このパスワードはよく使われているか推測されやすいため使用できません。別のパスワードを指定してください',
    };
  if (new Set(password).size < 4)
    return {
      code: 'password_too_common',
      message: 'This password repeats too few characters to be safe; choose another',
      messageJa: 'このパスワードは使われている文字の種類が少なすぎます。別のパスワードを指定してください',
    };
  return null;
}

export function assertPasswordAcceptable(password: string, context: { email?: string } = {}): void {
  const p = passwordProblem(password, context);
  if (p) throw new HttpError(400, p.code, p.message, p.messageJa);
}
