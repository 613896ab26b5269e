import { defineMessages } from '../../i18n/define';

export const messages = defineMessages(
  {
    title: '事前チェック',
    subtitle: 'アップロードする前に、名簿ファイルに問題がないかをこのコンピューターで確かめられます。',
    goUploadPage: 'アップロードへ',
    privacyTitle: 'ファイルはこのコンピューターの外に出ません',
    privacyBody:
      'ファイルはこのコンピューターの中だけで検査され、サーバーには送信されません。個人情報を含むファイルも安心して確認できます。',
    stepFilesTitle: '1. 検査するファイルを選ぶ',
    dropTitle: 'zip ファイルまたは CSV ファイルをここにドロップ',
    dropRelease: '離すとファイルを選択します',
    dropHint:
      'OneRoster 形式の zip ファイル 1 つ、または manifest.csv を含む CSV ファイル一式を選んでください。',
    chooseFiles: 'ファイルを選ぶ',
    chosenTitle: '選択したファイル: {{n}} 個(合計 {{size}})',
    chosenListLabel: '選択したファイルの一覧',
    removeFile: '{{name}} を選択から外す',
    clearFiles: 'すべて外す',
    zipReplaces: 'zip ファイルは 1 つずつ検査します。新しく選んだファイルに置き換えました。',
    stepProfileTitle: '2. 検査の基準を選ぶ',
    profileLabel: '検査プロファイル',
    profileHelp: 'ふだんのアップロードと同じ基準を選んでください。このテナントの標準は「{{profile}}」です。',
    profile_japan: 'OneRoster Japan Profile(標準)',
    profile_oneroster: 'OneRoster 1.2(基本仕様のみ)',
    profile_eportal: '学習eポータル(より厳しい基準)',
    start: '検査を開始',
    startHint: '検査はこのコンピューターで行います。大きなファイルでは数十秒かかることがあります。',
    chooseFirstHint: 'まず検査するファイルを選んでください。',
    checkingTitle: '検査しています…',
    checkingOpening: 'ファイルを開いています…',
    checkingFile: '{{file}} を確認中: {{rows}} 行',
    checkingElapsed: '経過時間: {{duration}}',
    stop: '検査を中止',
    stopped: '検査を中止しました。もう一度検査するには「検査を開始」を押してください。',
    resultTitle: '検査結果',
    resultFacts: '検査したファイル: {{files}} / プロファイル: {{profile}} / 検査時間: {{duration}}',
    errorsLabel: 'エラー',
    warningsLabel: '警告',
    countItems: '{{n}} 件',
    okTitle: 'エラーは見つかりませんでした',
    okBody: 'このファイルはそのままアップロードできます。',
    okBodyWarnings: 'このファイルはアップロードできます。警告の内容も確認しておくと安心です。',
    okCannotUpload:
      'アップロードは、アップロード担当者または管理者が行います。このファイルを担当者に渡してください。',
    goUpload: 'アップロードへ進む',
    errorsTitle: 'エラーが見つかりました: {{n}} 件',
    errorsBody:
      'このままアップロードすると、サーバーでも同じエラーになり取り込まれません。下の一覧を見てファイルを直し、もう一度検査してください。',
    manifestOnlyBody:
      'manifest.csv に問題があるため、ほかのファイルはまだ検査していません。manifest.csv を直してから、もう一度検査してください。',
    uncheckedTitle: '登録済みデータとの照合はアップロード時に行います',
    uncheckedBody:
      'このファイルが参照している名簿データの一部は、このファイルに含まれていません(差分ファイルではよくあることです)。それらは、アップロード時にサーバーが登録済みのデータと照合します。警告「ref.unchecked」は、その照合がまだであることを示しています。',
    sameAsServer:
      'この検査は、アップロード時にサーバーが行う検査と同じ仕組みで行います。ただし、登録済みのデータとの照合は行いません。',
    rowsTitle: 'ファイルごとの行数',
    colFile: 'ファイル',
    colRows: 'データ行数',
    noRows: '読み込んだデータ行はありません。',
    issuesTitle: '見つかった問題',
    downloadReport: '結果を CSV で保存',
    reportFileName: '事前チェック結果.csv',
    checkOther: '別のファイルを検査',
    failedTitle: 'ファイルを検査できませんでした',
    problem_noFiles: 'ファイルが選ばれていません。',
    problem_mixed:
      'zip ファイルと CSV ファイルは一緒に検査できません。zip ファイル 1 つか、CSV ファイルだけを選んでください。',
    problem_severalZips: 'zip ファイルは 1 つだけ選んでください。',
    problem_duplicateName: '同じ名前のファイル({{name}})が 2 つ選ばれています。どちらか 1 つにしてください。',
    problem_notZip:
      'zip ファイルとして読み込めません。ファイルが zip 形式か、壊れていないかを確認してください。',
    problem_corruptZip: 'zip ファイルが壊れているため読み込めません。zip ファイルを作り直してください。',
    problem_encrypted:
      '{{name}} はパスワード付きで圧縮されているため読み込めません。パスワードなしの zip ファイルにしてください。',
    problem_unsupportedMethod:
      '{{name}} は対応していない方式({{method}})で圧縮されています。標準の zip 形式で圧縮し直してください。',
    problem_fileTooLarge: '{{name}} が大きすぎます({{size}})。1 ファイルの上限は {{limit}} です。',
    problem_bundleTooLarge:
      'ファイルが大きすぎます。{{name}} までで、展開後の合計が上限 {{limit}} を超えます。',
    problem_zipBomb:
      '{{name}} は圧縮率が異常に高い({{ratio}}:1 を超える)ため、安全のため読み込みません。zip ファイルを作り直してください。',
    problem_inflatesPastDeclared:
      '{{name}} が、zip ファイルに記録されたサイズ({{declared}} バイト)を超えて展開されます。zip ファイルが壊れているか不正です。',
    problem_corruptEntry:
      'zip ファイル内の {{name}} が壊れています({{reason}})。zip ファイルを作り直してください。',
    crashedTitle: '検査中に問題が起きました',
    crashedBody:
      '検査を最後まで行えませんでした。ページを再読み込みして、もう一度お試しください。(詳細: {{message}})',
    noWorker:
      'このブラウザーでは事前チェックを実行できません。最新の Microsoft Edge、Google Chrome、Firefox、Safari のいずれかをお使いください。',
  },
  {
    title: 'Pre-check',
    subtitle: 'Check roster files for problems on this computer before you upload them.',
    goUploadPage: 'Go to upload',
    privacyTitle: 'Your files never leave this computer',
    privacyBody:
      'The files are checked only on this computer and are not sent to the server. Files with personal data can be checked safely.',
    stepFilesTitle: '1. Choose the files to check',
    dropTitle: 'Drop a zip file or CSV files here',
    dropRelease: 'Release to choose the files',
    dropHint: 'Choose one OneRoster zip file, or a set of CSV files including manifest.csv.',
    chooseFiles: 'Choose files',
    chosenTitle: 'Chosen files: {{n}} ({{size}} in total)',
    chosenListLabel: 'Chosen files',
    removeFile: 'Remove {{name}} from the selection',
    clearFiles: 'Remove all',
    zipReplaces: 'Zip files are checked one at a time: the newly chosen files replaced the earlier ones.',
    stepProfileTitle: '2. Choose what to check against',
    profileLabel: 'Validation profile',
    profileHelp: 'Choose the profile your uploads use. This tenant’s default is “{{profile}}”.',
    profile_japan: 'OneRoster Japan Profile (standard)',
    profile_oneroster: 'OneRoster 1.2 (base specification only)',
    profile_eportal: 'Learning e-portal (stricter)',
    start: 'Start the check',
    startHint: 'The check runs on this computer. Large files can take some tens of seconds.',
    chooseFirstHint: 'Choose the files to check first.',
    checkingTitle: 'Checking…',
    checkingOpening: 'Opening the files…',
    checkingFile: 'Checking {{file}}: rows read {{rows}}',
    checkingElapsed: 'Elapsed: {{duration}}',
    stop: 'Stop the check',
    stopped: 'The check was stopped. Press “Start the check” to check again.',
    resultTitle: 'Result',
    resultFacts: 'Files checked: {{files}} / Profile: {{profile}} / Time taken: {{duration}}',
    errorsLabel: 'Errors',
    warningsLabel: 'Warnings',
    countItems: '{{n}}',
    okTitle: 'No errors found',
    okBody: 'These files can be uploaded as they are.',
    okBodyWarnings: 'These files can be uploaded. It is worth reading the warnings too.',
    okCannotUpload:
      'Uploads are made by an uploader or an administrator. Please pass these files on to them.',
    goUpload: 'Go to upload',
    errorsTitle: 'Errors found: {{n}}',
    errorsBody:
      'Uploaded as they are, the server would find the same errors and not import the files. Fix the files using the list below, then check them again.',
    manifestOnlyBody:
      'manifest.csv has problems, so the other files have not been checked yet. Fix manifest.csv, then check again.',
    uncheckedTitle: 'Records already registered are matched at upload',
    uncheckedBody:
      'Some records these files refer to are not in these files (common for delta files). The server matches them against the registered data when you upload. The warning “ref.unchecked” shows that this match is still to come.',
    sameAsServer:
      'This check works the same way as the server’s check at upload, except that it does not match against data already registered.',
    rowsTitle: 'Rows per file',
    colFile: 'File',
    colRows: 'Data rows',
    noRows: 'No data rows were read.',
    issuesTitle: 'Problems found',
    downloadReport: 'Save the result as CSV',
    reportFileName: 'precheck-report.csv',
    checkOther: 'Check other files',
    failedTitle: 'The files could not be checked',
    problem_noFiles: 'No files are chosen.',
    problem_mixed:
      'A zip file and CSV files cannot be checked together. Choose one zip file, or CSV files only.',
    problem_severalZips: 'Choose only one zip file.',
    problem_duplicateName: 'Two files named {{name}} are chosen. Keep only one of them.',
    problem_notZip: 'This cannot be read as a zip file. Check that it is a zip file and is not damaged.',
    problem_corruptZip: 'The zip file is damaged and cannot be read. Please create it again.',
    problem_encrypted:
      '{{name}} is protected with a password and cannot be read. Please use a zip file without a password.',
    problem_unsupportedMethod:
      '{{name}} is compressed with an unsupported method ({{method}}). Please compress it again as a standard zip file.',
    problem_fileTooLarge: '{{name}} is too large ({{size}}). The limit for one file is {{limit}}.',
    problem_bundleTooLarge:
      'The files are too large: with {{name}}, their total size uncompressed exceeds the limit of {{limit}}.',
    problem_zipBomb:
      '{{name}} is compressed unusually tightly (more than {{ratio}}:1), so it is not read, for safety. Please create the zip file again.',
    problem_inflatesPastDeclared:
      '{{name}} expands beyond the size recorded in the zip file ({{declared}} bytes). The zip file is damaged or malicious.',
    problem_corruptEntry:
      '{{name}} inside the zip file is damaged ({{reason}}). Please create the zip file again.',
    crashedTitle: 'Something went wrong during the check',
    crashedBody: 'The check could not finish. Reload the page and try again. (Details: {{message}})',
    noWorker:
      'This browser cannot run the pre-check. Please use a recent Microsoft Edge, Google Chrome, Firefox or Safari.',
  },
);
