import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: 'サインイン',
    intro: 'RosterHub 管理画面にサインインします。',
    email: 'メールアドレス',
    password: 'パスワード',
    submit: 'サインイン',
    firstRunHint:
      '初めて起動したときは、サーバーを起動したターミナルに表示された管理者のメールアドレスとワンタイムパスワードでサインインしてください。',
    changeTitle: 'パスワードの変更',
    changeIntro: 'ワンタイムパスワードでサインインしました。続けるには新しいパスワードを設定してください。',
    changeIntroVoluntary: '新しいパスワードを設定します。',
    currentPassword: '現在のパスワード',
    newPassword: '新しいパスワード',
    newPasswordHelp: '12 文字以上で、よく使われるパスワードは使えません。',
    confirmPassword: '新しいパスワード(確認)',
    mismatch: '確認用のパスワードが一致しません。',
    changeSubmit: 'パスワードを変更',
    changed: 'パスワードを変更しました。',
  },
  {
    title: 'Sign in',
    intro: 'Sign in to the RosterHub administration.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    firstRunHint:
      'On first start, sign in with the administrator email and one-time password printed in the terminal where the server was started.',
    changeTitle: 'Change password',
    changeIntro: 'You signed in with a one-time password. Set a new password to continue.',
    changeIntroVoluntary: 'Set a new password.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHelp: 'At least 12 characters; common passwords are refused.',
    confirmPassword: 'New password (again)',
    mismatch: 'The passwords do not match.',
    changeSubmit: 'Change password',
    changed: 'Your password was changed.',
  },
);
