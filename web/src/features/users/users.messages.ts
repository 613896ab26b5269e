import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: 'ユーザーと権限',
    subtitle: 'このテナントの管理画面を使える人と、それぞれができることを管理します。',
    add: 'ユーザーを追加',
    colEmail: 'メールアドレス',
    colRole: '権限',
    colAdded: '追加日時',
    you: '(あなた)',
    remove: '削除',
    emptyTitle: 'ユーザーはまだいません',
    emptyBody: '一緒に作業する人をメールアドレスで追加してください。',
    forbidden: 'ユーザーの管理は、このテナントの管理者のみが行えます。',
    rolesTitle: '権限の種類',
    roleAdminBody:
      'すべての操作ができます。名簿のアップロードと閲覧に加え、API クライアント、ユーザー、設定、監査ログを管理できます。',
    roleUploaderBody:
      '名簿ファイルのアップロードと取り消し、データの閲覧ができます。管理の設定は変更できません。',
    roleReaderBody: 'ダッシュボード、アップロード履歴、名簿データを閲覧できます。変更はできません。',
    addTitle: 'ユーザーを追加',
    emailLabel: 'メールアドレス',
    emailHelp: 'サインインに使うメールアドレスです。',
    emailInvalid: 'メールアドレスの形式が正しくありません。',
    roleLabel: '権限',
    addedExisting:
      '{{email}} を追加しました。すでにアカウントがあるため、今お使いのパスワードでサインインできます。',
    passwordTitle: 'ユーザーを追加しました',
    passwordWarning:
      'ワンタイムパスワードはこの画面でのみ表示されます。本人に安全な方法で伝えてください。初回のサインイン時にパスワードの変更が求められます。',
    passwordLabel: 'ワンタイムパスワード',
    passwordConfirm: 'ワンタイムパスワードをコピーして、本人に伝える準備ができました',
    removeTitle: 'ユーザーを削除しますか?',
    removeBody:
      '{{email}} はこのテナントの管理画面を使えなくなります。アカウント自体や、ほかのテナントでの権限はそのまま残ります。',
    removeConfirm: '削除する',
    removed: '{{email}} を削除しました。',
    cannotRemoveSelf: '自分自身は削除できません',
  },
  {
    title: 'Users and roles',
    subtitle: 'Who can use the administration screens of this tenant, and what each person may do.',
    add: 'Add a person',
    colEmail: 'Email address',
    colRole: 'Role',
    colAdded: 'Added',
    you: '(you)',
    remove: 'Remove',
    emptyTitle: 'No users yet',
    emptyBody: 'Add the people you work with by their email address.',
    forbidden: 'Only administrators of this tenant can manage users.',
    rolesTitle: 'What each role may do',
    roleAdminBody:
      'Everything: uploading and browsing the roster, plus managing API clients, users, settings and the audit log.',
    roleUploaderBody:
      'Upload roster files, undo uploads and browse the data. Cannot change administration settings.',
    roleReaderBody: 'View the dashboard, upload history and roster data. Cannot change anything.',
    addTitle: 'Add a person',
    emailLabel: 'Email address',
    emailHelp: 'The address the person signs in with.',
    emailInvalid: 'This does not look like an email address.',
    roleLabel: 'Role',
    addedExisting:
      '{{email}} has been added. They already have an account and sign in with their current password.',
    passwordTitle: 'Person added',
    passwordWarning:
      'The one-time password is shown only on this screen. Pass it on to the person in a safe way. They must change it when they first sign in.',
    passwordLabel: 'One-time password',
    passwordConfirm: 'I have copied the one-time password and am ready to pass it on',
    removeTitle: 'Remove this person?',
    removeBody:
      '{{email}} will no longer be able to use this tenant’s administration screens. Their account and their roles in other tenants are kept.',
    removeConfirm: 'Remove',
    removed: '{{email}} has been removed.',
    cannotRemoveSelf: 'You cannot remove yourself',
  },
);
