import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: 'API クライアント',
    subtitle:
      '校務支援システムや学習アプリなど、名簿データを読み取る外部システムごとに API クライアントを作成します。',
    create: 'クライアントを作成',
    colName: '名前',
    colClientId: 'クライアント ID',
    colScopes: 'スコープ',
    colRoles: '管理 API の権限',
    colCreated: '作成日時',
    colLastUsed: '最終利用',
    neverUsed: '未使用',
    noRoles: 'なし(名簿の読み取りのみ)',
    statusActive: '有効',
    statusRevoked: '失効',
    revokedAt: '{{time}} に失効',
    rotate: 'シークレットを再発行',
    revoke: '失効させる',
    emptyTitle: 'API クライアントはまだありません',
    emptyBody:
      '外部システムが名簿データを取得するには、API クライアント(ID とシークレット)が必要です。連携するシステムごとに作成してください。',
    forbidden: 'API クライアントの管理は、このテナントの管理者のみが行えます。',
    // Create dialog
    createTitle: 'API クライアントを作成',
    nameLabel: '名前',
    nameHelp: 'どのシステムが使うか分かる名前にしてください(例: 校務支援システム)。',
    scopesLabel: '読み取れるデータ(スコープ)',
    scopesHelp: '連携先に必要なものだけを選んでください。少なくとも 1 つ必要です。',
    scopeCoreTitle: '基本名簿(roster-core.readonly)',
    scopeCoreBody:
      '学校・クラス・科目・学期・在籍・教職員・児童生徒の一覧と個々のデータを読み取れます。多くの連携ではこれで足ります。',
    scopeRosterTitle: '名簿全体(roster.readonly)',
    scopeRosterBody:
      '基本名簿の内容に加え、「クラスの児童生徒」「学校のクラス」のように関係をたどる取得方法も使えます。',
    scopeDemographicsTitle: '属性情報(roster-demographics.readonly)',
    scopeDemographicsBody:
      '生年月日や性別などの個人の属性情報(demographics)を読み取れます。本当に必要な場合のみ選んでください。',
    scopesRequired: 'スコープを 1 つ以上選んでください。',
    rolesLabel: '管理 API の権限(任意)',
    rolesHelp: '通常は不要です。スクリプトから名簿ファイルをアップロードする場合などにだけ選んでください。',
    roleReaderBody: '閲覧者: アップロード履歴や設定を読み取れます。',
    roleUploaderBody: 'アップロード担当: 名簿ファイルをアップロードできます。',
    roleAdminBody: '管理者: クライアントやユーザーの管理を含むすべての操作ができます。',
    // Secret dialog
    createdTitle: 'API クライアントを作成しました',
    rotatedTitle: '新しいシークレットを発行しました',
    secretWarning:
      'シークレットはこの画面でのみ表示されます。閉じると二度と表示できません。今すぐコピーして、連携先のシステムに安全に設定してください。',
    rotatedWarning:
      '以前のシークレットは使えなくなりました。連携先のシステムに新しいシークレットを設定してください。この画面を閉じると二度と表示できません。',
    clientIdLabel: 'クライアント ID',
    secretLabel: 'クライアントシークレット',
    storedConfirm: 'シークレットをコピーして安全な場所に保管しました',
    done: '閉じる',
    // Rotate / revoke
    rotateTitle: 'シークレットを再発行しますか?',
    rotateBody:
      '「{{name}}」の新しいシークレットを発行します。今のシークレットはすぐに使えなくなるため、連携先のシステムの設定を新しいシークレットに更新する必要があります。',
    rotateConfirm: '再発行する',
    revokeTitle: 'クライアントを失効させますか?',
    revokeBody:
      '「{{name}}」を失効させると、このクライアントを使っているシステムは名簿データを取得できなくなります。発行済みのトークンも使えなくなります。元に戻すことはできません。',
    revokeConfirm: '失効させる',
    revoked: '「{{name}}」を失効させました。',
    // Token help
    tokenHelpTitle: 'アクセストークンの取得方法',
    tokenHelpBody:
      '連携先のシステムは、クライアント ID とシークレットを使って次の URL からアクセストークンを取得し、OneRoster API を呼び出します。',
    tokenUrlLabel: 'トークン URL',
    apiBaseLabel: 'OneRoster API のベース URL',
    curlLabel: 'コマンド例(<client_id> と <client_secret> を実際の値に置き換えてください)',
  },
  {
    title: 'API clients',
    subtitle:
      'Create one API client for each outside system (school affairs system, learning app…) that reads the roster data.',
    create: 'Create a client',
    colName: 'Name',
    colClientId: 'Client ID',
    colScopes: 'Scopes',
    colRoles: 'Admin API roles',
    colCreated: 'Created',
    colLastUsed: 'Last used',
    neverUsed: 'Never used',
    noRoles: 'None (roster reads only)',
    statusActive: 'Active',
    statusRevoked: 'Revoked',
    revokedAt: 'Revoked {{time}}',
    rotate: 'Issue a new secret',
    revoke: 'Revoke',
    emptyTitle: 'No API clients yet',
    emptyBody:
      'An outside system needs an API client (an ID and a secret) to read the roster data. Create one for each system you connect.',
    forbidden: 'Only administrators of this tenant can manage API clients.',
    createTitle: 'Create an API client',
    nameLabel: 'Name',
    nameHelp: 'A name that says which system uses it (e.g. School affairs system).',
    scopesLabel: 'Data it can read (scopes)',
    scopesHelp: 'Choose only what the connected system needs. At least one is required.',
    scopeCoreTitle: 'Core roster (roster-core.readonly)',
    scopeCoreBody:
      'Lists and single records of schools, classes, courses, terms, enrolments, staff and students. Enough for most connections.',
    scopeRosterTitle: 'Full roster (roster.readonly)',
    scopeRosterBody:
      'The core roster plus the ways of following relationships, such as “students of a class” or “classes of a school”.',
    scopeDemographicsTitle: 'Demographics (roster-demographics.readonly)',
    scopeDemographicsBody:
      'Personal attributes (demographics) such as date of birth and sex. Choose it only when it is truly needed.',
    scopesRequired: 'Choose at least one scope.',
    rolesLabel: 'Admin API roles (optional)',
    rolesHelp: 'Usually not needed. Choose one only for scripts that, for example, upload roster files.',
    roleReaderBody: 'Reader: can read upload history and settings.',
    roleUploaderBody: 'Uploader: can upload roster files.',
    roleAdminBody: 'Administrator: can do everything, including managing clients and users.',
    createdTitle: 'API client created',
    rotatedTitle: 'New secret issued',
    secretWarning:
      'The secret is shown only on this screen. Once you close it, it cannot be shown again. Copy it now and set it up safely in the connected system.',
    rotatedWarning:
      'The previous secret no longer works. Set the new secret in the connected system. Once you close this screen, it cannot be shown again.',
    clientIdLabel: 'Client ID',
    secretLabel: 'Client secret',
    storedConfirm: 'I have copied the secret and stored it safely',
    done: 'Close',
    rotateTitle: 'Issue a new secret?',
    rotateBody:
      'A new secret will be issued for “{{name}}”. The current secret stops working at once, so the connected system must be updated with the new one.',
    rotateConfirm: 'Issue a new secret',
    revokeTitle: 'Revoke this client?',
    revokeBody:
      'Once “{{name}}” is revoked, systems using it can no longer read the roster data, and the tokens it holds stop working. This cannot be undone.',
    revokeConfirm: 'Revoke',
    revoked: '“{{name}}” has been revoked.',
    tokenHelpTitle: 'How to get an access token',
    tokenHelpBody:
      'The connected system gets an access token from this URL with the client ID and secret, then calls the OneRoster API.',
    tokenUrlLabel: 'Token URL',
    apiBaseLabel: 'OneRoster API base URL',
    curlLabel: 'Example command (replace <client_id> and <client_secret> with the real values)',
  },
);
