import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: '設定',
    subtitle: 'このテナントの名簿チェックの基準、記録の保存期間、利用量の上限、通知先を設定します。',
    readOnly: '設定の変更は、このテナントの管理者のみが行えます。',
    profileTitle: '検証プロファイル',
    profileHelp: 'アップロードされた名簿ファイルを、どの基準でチェックするかを選びます。',
    profileJapan: '日本プロファイル(推奨)',
    profileJapanBody:
      'OneRoster 1.2 Japan Profile の規則でチェックします。国内の学校・教育委員会の名簿は通常こちらを選びます。',
    profileOneroster: 'OneRoster 標準',
    profileOnerosterBody:
      '国際標準の OneRoster 1.2 の規則のみでチェックします。日本独自の項目は検査しません。',
    profileEportal: '学習 eポータル標準(より厳しい基準)',
    profileEportalBody:
      '日本プロファイルに加え、学習 eポータル標準が求める項目も必須としてチェックします。学習 eポータルと連携する場合に選びます。',
    limitsTitle: '保存期間と利用量の上限',
    retentionLabel: '監査ログの保存期間(日)',
    readsLabel: 'API の読み取り上限(1 時間・1 クライアントあたり)',
    uploadsLabel: 'アップロードの上限(1 時間あたり)',
    blankDefault: '空欄にするとプラットフォームの既定値になります(既定値: {{value}})。',
    blankDefaultUnknown: '空欄にするとプラットフォームの既定値になります。',
    effective: '現在の適用値: {{value}}',
    invalidNumber: '1 以上の整数を入力してください。',
    savedAt: '最終更新',
    neverSaved: '既定の設定のまま変更されていません。',
    saved: '設定を保存しました。',
    webhookTitle: 'アップロード完了の通知(Webhook)',
    webhookHelp:
      'アップロードが完了・失敗・取り消しされたときに、指定した URL へ通知を送ります。通知には署名が付くので、受け取り側はシークレットで RosterHub からの通知であることを確認できます(X-RosterHub-Signature ヘッダー。詳しくは運用ドキュメントの「Upload webhooks」を参照してください)。',
    webhookCurrent: '現在の通知先',
    webhookNone: '通知先は設定されていません。',
    webhookUrlLabel: '通知先 URL',
    webhookUrlHelp:
      'https:// で始まる URL を入力してください。設定し直すと新しいシークレットが発行されます。',
    webhookUrlInvalid: 'https:// で始まる URL を入力してください。',
    webhookSet: '通知先を設定',
    webhookChange: '通知先を変更',
    webhookRemove: '通知を止める',
    webhookRemoveTitle: '通知を止めますか?',
    webhookRemoveBody:
      '通知先の設定とシークレットを削除します。以後、アップロードの結果は通知されません。必要になったら、もう一度設定できます。',
    webhookRemoved: '通知を止めました。',
    webhookSecretTitle: '通知先を設定しました',
    webhookSecretWarning:
      '署名用シークレットはこの画面でのみ表示されます。閉じると二度と表示できません。受け取り側のシステムに安全に設定してください。以前のシークレットは使えなくなりました。',
    webhookUrl: '通知先 URL',
    webhookSecret: '署名用シークレット',
    webhookSecretConfirm: 'シークレットをコピーして安全な場所に保管しました',
  },
  {
    title: 'Settings',
    subtitle:
      'How this tenant’s roster files are checked, how long records are kept, usage limits and where results are sent.',
    readOnly: 'Only administrators of this tenant can change the settings.',
    profileTitle: 'Validation profile',
    profileHelp: 'Which rules uploaded roster files are checked against.',
    profileJapan: 'Japan Profile (recommended)',
    profileJapanBody:
      'Checks against the OneRoster 1.2 Japan Profile. Choose this for the rosters of schools and boards of education in Japan.',
    profileOneroster: 'OneRoster standard',
    profileOnerosterBody:
      'Checks against the international OneRoster 1.2 rules only; the Japan-specific fields are not checked.',
    profileEportal: 'Learning e-portal standard (stricter)',
    profileEportalBody:
      'The Japan Profile plus the fields the learning e-portal standard requires. Choose this when you connect to a learning e-portal.',
    limitsTitle: 'Retention and usage limits',
    retentionLabel: 'Audit log retention (days)',
    readsLabel: 'API reads per hour, per client',
    uploadsLabel: 'Uploads per hour',
    blankDefault: 'Leave blank for the platform default (default: {{value}}).',
    blankDefaultUnknown: 'Leave blank for the platform default.',
    effective: 'In effect now: {{value}}',
    invalidNumber: 'Enter a whole number of 1 or more.',
    savedAt: 'Last changed',
    neverSaved: 'The default settings have not been changed.',
    saved: 'Settings saved.',
    webhookTitle: 'Upload notifications (webhook)',
    webhookHelp:
      'When an upload completes, fails or is undone, a notification is sent to the URL you set. Each one is signed, so the receiving system can check with the secret that it came from RosterHub (the X-RosterHub-Signature header; see “Upload webhooks” in the operator documentation).',
    webhookCurrent: 'Current destination',
    webhookNone: 'No destination is set.',
    webhookUrlLabel: 'Destination URL',
    webhookUrlHelp: 'A URL starting with https://. Setting it again issues a new secret.',
    webhookUrlInvalid: 'Enter a URL starting with https://.',
    webhookSet: 'Set the destination',
    webhookChange: 'Change the destination',
    webhookRemove: 'Stop notifications',
    webhookRemoveTitle: 'Stop notifications?',
    webhookRemoveBody:
      'The destination and its secret will be deleted, and upload results will no longer be sent. You can set one again at any time.',
    webhookRemoved: 'Notifications stopped.',
    webhookSecretTitle: 'Destination set',
    webhookSecretWarning:
      'The signing secret is shown only on this screen. Once you close it, it cannot be shown again. Set it up safely in the receiving system. Any previous secret no longer works.',
    webhookUrl: 'Destination URL',
    webhookSecret: 'Signing secret',
    webhookSecretConfirm: 'I have copied the secret and stored it safely',
  },
);
