import { e, w, type CodeDef } from './define.js';

/** Issues of the OneRoster 1.2 CSV binding itself: bundle, manifest, file, header, row and value rules. */
export const BASE_CODES = {
  'bundle.fileMissing': e(
    'The manifest declares {file} as {mode}, but the file is not in the bundle: add it, or declare it absent',
    'manifest で {file} が {mode} と宣言されていますが、ファイルがありません。ファイルを追加するか absent にしてください',
  ),
  'bundle.fileNotDeclared': e(
    '{file} is in the bundle but the manifest declares it absent: declare it bulk or delta, or remove the file',
    '{file} がバンドルに含まれていますが、manifest では absent と宣言されています。bulk か delta にするか、ファイルを除いてください',
  ),
  'bundle.unknownFile': w(
    '{file} is not a OneRoster file and was ignored',
    '{file} は OneRoster のファイルではないため無視しました',
  ),
  'bundle.unsupportedFile': w(
    '{file} belongs to the gradebook/resources services, which RosterHub does not store; it was ignored',
    '{file} は成績・リソースサービスのファイルで、RosterHub では保存しません。無視しました',
  ),
  'manifest.missing': e(
    'manifest.csv is missing: put it at the top of the zip, next to the data files',
    'manifest.csv がありません。zip の最上位にデータファイルと並べて入れてください',
  ),
  'manifest.header': e(
    'The manifest header must be exactly "propertyName,value"',
    'manifest.csv のヘッダーは "propertyName,value" でなければなりません',
  ),
  'manifest.version': e(
    'manifest.version must be {expected}',
    'manifest.version は {expected} でなければなりません',
  ),
  'manifest.versionNumeric': w(
    'manifest.version was read as 1.0 (a spreadsheet saved it as a number); write 1.0 as text',
    'manifest.version を 1.0 として読み込みました（表計算ソフトが数値として保存したようです）。文字列として 1.0 と記載してください',
  ),
  'manifest.onerosterVersion': e(
    'oneroster.version must be one of {expected}',
    'oneroster.version は {expected} のいずれかでなければなりません',
  ),
  'manifest.fileMode': e(
    '{property} must be bulk, delta or absent',
    '{property} は bulk、delta、absent のいずれかでなければなりません',
  ),
  'manifest.fileRowMissing': w(
    'The manifest has no {property} row; the file is treated as absent',
    'manifest に {property} の行がないため、absent として扱います',
  ),
  'manifest.duplicateProperty': e('{property} appears more than once', '{property} が複数回記載されています'),
  'manifest.unknownProperty': w(
    'Unknown manifest property {property} was ignored',
    '不明な manifest 項目 {property} を無視しました',
  ),
  'file.encoding': e(
    'The file is not valid UTF-8 (first bad byte near line {line}): save it as UTF-8 (Excel: CSV UTF-8)',
    'ファイルが UTF-8 として正しくありません（{line} 行目付近）。UTF-8 で保存し直してください（Excel では「CSV UTF-8」）',
  ),
  'file.bom': w(
    'The file starts with a UTF-8 byte order mark (BOM); it was ignored',
    'ファイル先頭に BOM があります。無視して読み込みました',
  ),
  'file.empty': e(
    'The file has no data rows; mark it absent in the manifest instead',
    'データ行がありません。manifest で absent にしてください',
  ),
  'file.unterminatedQuote': e(
    'A quoted field is not closed: add the closing double quote',
    '引用符で囲まれた値が閉じられていません。閉じる "（ダブルクォート）を追加してください',
  ),
  'row.strayQuote': w(
    'Characters follow a closing quote (e.g. "ab"c); they were kept as part of the value',
    '閉じ引用符の後に文字があります（例: "ab"c）。値の一部として読み込みました',
  ),
  'header.missingColumn': e(
    'Column {column} is missing from the header: add it in the order of the specification',
    'ヘッダーに列 {column} がありません。仕様の順序どおりに追加してください',
  ),
  'header.order': e(
    'Column {column} is out of order: expected {expected} at position {position}',
    '列 {column} の順序が違います。{position} 番目は {expected} でなければなりません',
  ),
  'header.unknownColumn': e(
    'Unknown column {column}: extension columns must start with "metadata." and follow the standard columns',
    '不明な列 {column} です。拡張列は "metadata." で始め、標準の列の後ろに置いてください',
  ),
  'header.duplicateColumn': e(
    'Column {column} appears more than once: keep one',
    '列 {column} が重複しています。1 つにしてください',
  ),
  'row.columnCount': e(
    'The row has {actual} fields but the header has {expected}: check for a missing or extra comma, and quote values that contain commas',
    'この行の項目数は {actual} ですが、ヘッダーの列数は {expected} です。カンマの過不足を確認し、カンマを含む値は "" で囲んでください',
  ),
  'row.embeddedNewline': e(
    'A field contains a line break, which the CSV binding forbids: remove the line break from the value',
    '値の中に改行が含まれています（CSV 仕様で禁止されています）。値から改行を取り除いてください',
  ),
  'value.required': e('{column} is required: fill in a value', '{column} は必須です。値を入力してください'),
  'value.mustBeEmpty': e(
    '{column} must be empty in a bulk file',
    'bulk ファイルでは {column} を空にしなければなりません',
  ),
  'value.enum': e(
    '"{value}" is not an allowed value of {column} ({allowed})',
    '{column} に "{value}" は使えません（{allowed}）',
  ),
  'value.statusInactive': w(
    'Status "inactive" (OneRoster 1.0) was read as "tobedeleted"',
    'ステータス "inactive"（OneRoster 1.0）を "tobedeleted" として扱いました',
  ),
  'value.guid': e(
    '"{value}" is not a valid identifier (letters, digits and . - _ / @, at most 255 characters)',
    '"{value}" は識別子として正しくありません（英数字と . - _ / @、255 文字以内）',
  ),
  'value.boolean': e('{column} must be true or false', '{column} は true または false でなければなりません'),
  'value.booleanCase': w(
    '{column} should be written in lower case (true/false)',
    '{column} は小文字（true/false）で記載してください',
  ),
  'value.date': e(
    '{column} must be a date YYYY-MM-DD',
    '{column} は YYYY-MM-DD 形式の日付でなければなりません',
  ),
  'value.datetime': e(
    '{column} must be an ISO 8601 date-time in UTC, e.g. 2025-04-01T00:00:00.000Z',
    '{column} は UTC の ISO 8601 日時（例: 2025-04-01T00:00:00.000Z）でなければなりません',
  ),
  'value.year': e('{column} must be a four-digit year', '{column} は西暦 4 桁でなければなりません'),
  'value.integer': e('{column} must be a whole number', '{column} は整数でなければなりません'),
  'value.userId': e(
    'Each userIds item must look like {type:identifier}',
    'userIds の各要素は {type:identifier} の形式でなければなりません',
  ),
  'value.listMismatch': e(
    'subjects and subjectCodes must have the same number of items',
    'subjects と subjectCodes の要素数が一致しません',
  ),
  'record.duplicate': e(
    'sourcedId {value} appears more than once in this file (first on line {firstLine}): every record needs its own sourcedId',
    'sourcedId {value} がファイル内で重複しています（最初は {firstLine} 行目）。レコードごとに別の sourcedId にしてください',
  ),
  'ref.unresolved': e(
    '{column} refers to {value}, which is not in {target} (bundle or store): add that record or correct the id',
    '{column} が参照する {value} は {target} に存在しません。参照先のレコードを追加するか ID を修正してください',
  ),
  'ref.wrongType': e(
    '{column} must refer to a {expected}, but {value} is a {actual}',
    '{column} は {expected} を参照しなければなりませんが、{value} は {actual} です',
  ),
  'ref.unchecked': w(
    '{column} refers to {value}, which is not in this bundle; it can only be checked against stored data at import',
    '{column} が参照する {value} はこのバンドルにありません。取り込み時に登録済みデータと照合します',
  ),
  'demographics.notUser': e(
    'demographics sourcedId {value} must be the sourcedId of a user',
    'demographics の sourcedId {value} は users の sourcedId でなければなりません',
  ),
  'role.multiplePrimary': e(
    'User {value} has more than one primary role in org {org}: keep one primary, make the others secondary',
    'ユーザー {value} は組織 {org} で primary の役割を複数持っています。1 つだけ primary にし、ほかは secondary にしてください',
  ),
  'user.primaryOrgWithoutRole': w(
    'primaryOrgSourcedId {value} has no matching role in roles.csv for this user: add a role in that org or correct primaryOrgSourcedId',
    'primaryOrgSourcedId {value} に対応する役割が roles.csv にありません。その組織の役割を追加するか、primaryOrgSourcedId を修正してください',
  ),
  'delta.unknownRecord': w(
    'Record {value} is marked tobedeleted but is not stored; the row was ignored',
    'レコード {value} は tobedeleted ですが登録されていないため、無視しました',
  ),
} as const satisfies Record<string, CodeDef>;
