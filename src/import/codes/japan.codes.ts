import { e, w, type CodeDef } from './define.js';

/**
 * Issues of the Japan Profile and learning e-portal rules (docs/japan-profile digest §3–5). Each
 * message says how to fix the data; the K code in the comment is the DA2022 validator's equivalent.
 */
export const JAPAN_CODES = {
  // ib9002 / required extension columns
  'jp.missingColumn': e(
    'Column {column} is required by the {profile} profile; add it after the standard columns',
    '列 {column} は {profile} プロファイルで必須です。標準の列の後ろに追加してください',
  ),
  'jp.fileAbsent': w(
    '{file} is expected in a Japan Profile bundle; send it as bulk',
    '{file} は Japan Profile のバンドルに必要です。bulk として含めてください',
  ),
  // ib1061–1076
  'jp.uuid': w(
    'sourcedId "{value}" is not a UUID; the Japan Profile uses UUIDs (e.g. 3f2b…-…)',
    'sourcedId "{value}" が UUID ではありません。Japan Profile では UUID を使います',
  ),
  'jp.uuidStrict': e(
    'sourcedId "{value}" is not a UUID; the e-portal profile requires UUIDs',
    'sourcedId "{value}" が UUID ではありません。学習eポータル標準では UUID が必須です',
  ),
  'jp.uuidVersion': w(
    '"{value}" is a UUID but not version 4; use random (v4) UUIDs',
    '"{value}" は UUID ですがバージョン 4 ではありません。v4（ランダム）の UUID を使ってください',
  ),
  // ib1093
  'jp.userMasterIdentifier': e(
    'userMasterIdentifier must be a UUID (v4)',
    'userMasterIdentifier は UUID（v4）でなければなりません',
  ),
  'jp.userMasterIdentifierDuplicate': e(
    'userMasterIdentifier {value} is used by another user (line {firstLine}); it must identify one person',
    'userMasterIdentifier {value} が別のユーザー（{firstLine} 行目）と重複しています。1 人に 1 つの値にしてください',
  ),
  // ib1003, 1062
  'jp.sessionType': e(
    'academicSessions.type must be schoolYear in the Japan Profile',
    'Japan Profile では academicSessions の type は schoolYear にしてください',
  ),
  'jp.sessionTitle': e(
    'The title of a school year must be the year followed by 年度, e.g. 2025年度',
    '学年度の title は「2025年度」のように西暦 4 桁＋年度にしてください',
  ),
  'jp.sessionDates': w(
    'A 年度 normally runs from {expectedStart} to {expectedEnd}',
    '年度は通常 {expectedStart} から {expectedEnd} までです。日付を確認してください',
  ),
  'jp.sessionParent': w(
    'School years have no parent in the Japan Profile; write NULL',
    'Japan Profile では学年度に親はありません。NULL を記入してください',
  ),
  // ib1078, 1080
  'jp.courseTitle': e(
    'A course title must start with the school year, e.g. 2025年度国語 or 2025年度ホームルーム',
    'course の title は「2025年度国語」「2025年度ホームルーム」のように年度で始めてください',
  ),
  'jp.courseCode': e(
    'courseCode must be empty in the Japan Profile',
    'Japan Profile では courseCode を空にしてください',
  ),
  'jp.noExtension': e(
    '"{value}" is an extension value, which the Japan Profile does not allow for {column}',
    '{column} に拡張値 "{value}" は使えません（Japan Profile）',
  ),
  'jp.orgType': e(
    'orgs.type must be district (教育委員会) or school in the Japan Profile',
    'Japan Profile では orgs の type は district（教育委員会）か school にしてください',
  ),
  // ib1095, 1098, 1102
  'jp.districtParent': e(
    'A district (board of education) has no parent; leave parentSourcedId empty',
    '教育委員会（district）に親組織は指定できません。parentSourcedId を空にしてください',
  ),
  'jp.schoolCode': e(
    'identifier "{value}" is not a MEXT school code (13 characters, e.g. B101210000018)',
    'identifier "{value}" は文部科学省の学校コード（13 桁、例 B101210000018）ではありません',
  ),
  'jp.schoolCodeCheckDigit': e(
    'School code "{value}" has a wrong check digit (expected {expected})',
    '学校コード "{value}" のチェックディジットが違います（正しくは {expected}）',
  ),
  'jp.boardCode': e(
    'identifier "{value}" of a district must be a 6-digit board of education code',
    '教育委員会の identifier "{value}" は 6 桁の教育委員会コードにしてください',
  ),
  'jp.orgIdentifierMissing': w(
    '{value} has no identifier; give the school code or board code',
    '{value} に identifier がありません。学校コードまたは教育委員会コードを記入してください',
  ),
  // ib1065, 1068, 1069, 1079, 1092
  'jp.grade': e(
    'Grade "{value}" is not a MEXT grade code (P1–P6, J1–J3, H1–H3, E1–E3)',
    '学年コード "{value}" は使えません（P1〜P6、J1〜J3、H1〜H3、E1〜E3）',
  ),
  'jp.subjectCode': w(
    'Subject code "{value}" is not in the code list (P010–P100, J010–J090)',
    '教科コード "{value}" はコード表（P010〜P100、J010〜J090）にありません',
  ),
  'jp.subjectCodeStrict': e(
    'Subject code "{value}" is not in the code list (P010–P100, J010–J090)',
    '教科コード "{value}" はコード表（P010〜P100、J010〜J090）にありません',
  ),
  // ib1064, 1066, 1077, 1083–1091, 1097, 1100
  'jp.halfWidthKana': e(
    'Half-width katakana are not allowed in {column}; convert them to full-width',
    '半角カナは使用できません。全角カタカナに変換してください（{column}）',
  ),
  'jp.kanaHiragana': w(
    '{column} should be written in full-width katakana, not hiragana',
    '{column} はひらがなではなく全角カタカナで記入してください',
  ),
  'jp.kanaNotKatakana': w(
    '{column} should contain full-width katakana only',
    '{column} は全角カタカナのみで記入してください',
  ),
  // roles (ib1099)
  'jp.roleNotAllowed': e(
    'Role {value} is not used in the Japan Profile; record parents and relatives as guardian',
    '役割 {value} は Japan Profile では使いません。保護者・親族は guardian にしてください',
  ),
  'jp.adminPrimary': e(
    '{value} cannot be a primary role; give the user a primary teacher role and this one as secondary',
    '{value} は primary にできません。primary を teacher とし、この役割は secondary にしてください',
  ),
  'jp.secondaryWithoutPrimary': e(
    'User {value} has a secondary role but no primary role',
    'ユーザー {value} に secondary の役割だけがあり、primary の役割がありません',
  ),
  'jp.noPrimaryRole': e(
    'User {value} has no primary role in roles.csv',
    'ユーザー {value} には roles.csv に primary の役割がありません',
  ),
  // ib1082
  'jp.studentPrimary': e(
    'A student enrollment must have primary=false',
    '児童生徒の enrollment では primary を false にしてください',
  ),
  'jp.primaryNotTeacher': w(
    'primary=true is meant for teachers only',
    'primary=true は教員にのみ指定してください',
  ),
  'jp.sexExtension': e(
    'demographics.sex must be male, female, unspecified or other',
    'demographics の sex は male、female、unspecified、other のいずれかにしてください',
  ),
  'jp.studentGrades': e(
    'Student {value} has no grade; the e-portal profile requires grades for students',
    '児童生徒 {value} に学年（grades）がありません。学習eポータル標準では必須です',
  ),
} as const satisfies Record<string, CodeDef>;
