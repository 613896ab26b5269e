import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: 'テナント管理',
    subtitle:
      'テナントは名簿データを管理する単位(教育委員会や学校など)です。データ、ユーザー、API クライアントはテナントごとに分かれています。',
    forbidden: 'テナントの管理は、プラットフォーム管理者のみが行えます。',
    create: 'テナントを作成',
    colSlug: 'スラッグ(URL 用の名前)',
    colName: '名前',
    colCreated: '作成日時',
    enabled: '有効',
    disabled: '無効',
    disabledSince: '{{time}} から無効',
    open: '開く',
    disable: '無効にする',
    enable: '有効にする',
    emptyTitle: 'テナントはまだありません',
    emptyBody: 'まずテナントを作成し、名簿データをアップロードしてください。',
    createTitle: 'テナントを作成',
    slugLabel: 'スラッグ(URL 用の名前)',
    slugHelp:
      '画面の URL や API で使う短い名前です。半角の小文字英字・数字・ハイフン(-)で 63 文字まで、先頭は英字か数字にしてください。後から変更できません。例: minato-city',
    slugInvalid:
      '使えない文字が含まれています。半角の小文字英字・数字・ハイフンのみで、先頭は英字か数字にしてください。',
    nameLabel: '名前',
    nameHelp: '画面に表示する名前です(例: 港区教育委員会)。空欄ならスラッグを使います。',
    createdTitle: 'テナントを作成しました',
    createdBody:
      '「{{name}}」を作成しました。次に、名簿データをアップロードするか、テナントの画面を開いてください。',
    openTenant: 'このテナントを開く',
    uploadData: '名簿データをアップロード',
    disableTitle: 'テナントを無効にしますか?',
    disableBody:
      '「{{name}}」を無効にすると、このテナントの API クライアントはトークンを取得できなくなり、発行済みのトークンも拒否されます(連携先のシステムは名簿データを取得できなくなります)。所属するユーザーは管理画面を使えなくなり、新しいアップロードもできなくなります。データは削除されず、有効に戻せば元どおり使えます。',
    disableConfirm: '無効にする',
    enableTitle: 'テナントを有効にしますか?',
    enableBody:
      '「{{name}}」を有効に戻すと、API クライアント、ユーザー、アップロードが再び使えるようになります。',
    enableConfirm: '有効にする',
    disabledNotice: '「{{name}}」を無効にしました。',
    enabledNotice: '「{{name}}」を有効にしました。',
  },
  {
    title: 'Tenants',
    subtitle:
      'A tenant is the unit roster data is kept in (a board of education, a school…). Data, users and API clients are separate for each tenant.',
    forbidden: 'Only platform administrators can manage tenants.',
    create: 'Create a tenant',
    colSlug: 'Slug (name used in URLs)',
    colName: 'Name',
    colCreated: 'Created',
    enabled: 'Enabled',
    disabled: 'Disabled',
    disabledSince: 'Disabled since {{time}}',
    open: 'Open',
    disable: 'Disable',
    enable: 'Enable',
    emptyTitle: 'No tenants yet',
    emptyBody: 'Create a tenant first, then upload its roster data.',
    createTitle: 'Create a tenant',
    slugLabel: 'Slug (name used in URLs)',
    slugHelp:
      'A short name used in the screens’ URLs and in the API: lowercase letters, digits and hyphens (-), up to 63 characters, starting with a letter or digit. It cannot be changed later. Example: minato-city',
    slugInvalid:
      'It contains characters that cannot be used: only lowercase letters, digits and hyphens, starting with a letter or digit.',
    nameLabel: 'Name',
    nameHelp: 'The name shown on screen (e.g. Minato City Board of Education). Left blank, the slug is used.',
    createdTitle: 'Tenant created',
    createdBody: '“{{name}}” has been created. Next, upload its roster data or open the tenant.',
    openTenant: 'Open this tenant',
    uploadData: 'Upload roster data',
    disableTitle: 'Disable this tenant?',
    disableBody:
      'Once “{{name}}” is disabled, its API clients can no longer get tokens and the tokens they hold are refused (connected systems can no longer read its roster). Its users can no longer use the administration screens, and no new uploads are accepted. The data is kept: enabling the tenant again restores everything.',
    disableConfirm: 'Disable',
    enableTitle: 'Enable this tenant?',
    enableBody: 'Once “{{name}}” is enabled again, its API clients, users and uploads work again.',
    enableConfirm: 'Enable',
    disabledNotice: '“{{name}}” has been disabled.',
    enabledNotice: '“{{name}}” has been enabled.',
  },
);
