/**
 * Name and place data. Readings are full-width katakana, as the Japan Profile kana columns require.
 * Written as `漢字:カナ` pairs to keep the table dense and easy to proofread.
 */

export interface NameEntry {
  readonly kanji: string;
  readonly kana: string;
}

const parse = (table: string): readonly NameEntry[] =>
  table
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [kanji, kana] = pair.split(':');
      if (!kanji || !kana) throw new Error(`bad name entry: ${pair}`);
      return { kanji, kana };
    });

export const FAMILY_NAMES = parse(`
  佐藤:サトウ 鈴木:スズキ 高橋:タカハシ 田中:タナカ 伊藤:イトウ 渡辺:ワタナベ 山本:ヤマモト 中村:ナカムラ
  小林:コバヤシ 加藤:カトウ 吉田:ヨシダ 山田:ヤマダ 佐々木:ササキ 山口:ヤマグチ 松本:マツモト 井上:イノウエ
  木村:キムラ 林:ハヤシ 斎藤:サイトウ 清水:シミズ 山崎:ヤマザキ 森:モリ 池田:イケダ 橋本:ハシモト
  阿部:アベ 石川:イシカワ 山下:ヤマシタ 中島:ナカジマ 石井:イシイ 小川:オガワ 前田:マエダ 岡田:オカダ
  長谷川:ハセガワ 藤田:フジタ 後藤:ゴトウ 近藤:コンドウ 村上:ムラカミ 遠藤:エンドウ 青木:アオキ 坂本:サカモト
  斉藤:サイトウ 福田:フクダ 太田:オオタ 西村:ニシムラ 藤井:フジイ 金子:カネコ 岡本:オカモト 藤原:フジワラ
  中野:ナカノ 三浦:ミウラ 原田:ハラダ 中川:ナカガワ 松田:マツダ 竹内:タケウチ 小野:オノ 田村:タムラ
  中山:ナカヤマ 和田:ワダ 石田:イシダ 森田:モリタ 上田:ウエダ 原:ハラ 内田:ウチダ 柴田:シバタ
  酒井:サカイ 宮崎:ミヤザキ 横山:ヨコヤマ 高木:タカギ 安藤:アンドウ 宮本:ミヤモト 大野:オオノ 小島:コジマ
  谷口:タニグチ 今井:イマイ 工藤:クドウ 高田:タカダ 増田:マスダ 丸山:マルヤマ 杉山:スギヤマ 村田:ムラタ
  大塚:オオツカ 新井:アライ 小山:コヤマ 平野:ヒラノ 藤本:フジモト 河野:コウノ 上野:ウエノ 野口:ノグチ
  武田:タケダ 松井:マツイ 千葉:チバ 岩崎:イワサキ 菅原:スガワラ 木下:キノシタ 久保:クボ 佐野:サノ
  野村:ノムラ 松尾:マツオ 市川:イチカワ 菊地:キクチ
`);

export const MALE_GIVEN_NAMES = parse(`
  翔太:ショウタ 大翔:ヒロト 蓮:レン 悠真:ユウマ 陽翔:ハルト 湊:ミナト 樹:イツキ 大和:ヤマト
  陸:リク 颯太:ソウタ 悠人:ユウト 蒼:アオイ 朝陽:アサヒ 律:リツ 奏太:カナタ 健太:ケンタ
  拓海:タクミ 翼:ツバサ 大輝:ダイキ 海斗:カイト 直樹:ナオキ 和也:カズヤ 達也:タツヤ 誠:マコト
  浩二:コウジ 健一:ケンイチ 隆:タカシ 亮:リョウ 翔:ショウ 優斗:ユウト 一郎:イチロウ 雄大:ユウダイ
  智也:トモヤ 光:ヒカル 航:ワタル 悠斗:ユウト 陽太:ヨウタ 颯:ハヤテ 結翔:ユイト 新:アラタ
  修:オサム 学:マナブ 聡:サトシ 大地:ダイチ 康介:コウスケ 俊介:シュンスケ 圭:ケイ 悠:ユウ
  蒼空:ソラ 啓太:ケイタ
`);

export const FEMALE_GIVEN_NAMES = parse(`
  陽葵:ヒマリ 凛:リン 結菜:ユイナ 葵:アオイ 紬:ツムギ 芽依:メイ 結愛:ユア 美桜:ミオ
  澪:ミオ 咲良:サクラ さくら:サクラ 陽菜:ヒナ 莉子:リコ 美咲:ミサキ 愛:アイ 彩:アヤ
  優花:ユウカ 花子:ハナコ 恵:メグミ 由美:ユミ 裕子:ユウコ 智子:トモコ 真由美:マユミ 明美:アケミ
  直美:ナオミ 久美子:クミコ 千尋:チヒロ 遥:ハルカ 七海:ナナミ 楓:カエデ 杏:アン 心春:コハル
  美月:ミヅキ 彩花:アヤカ 菜々子:ナナコ 舞:マイ 茜:アカネ 詩:ウタ 琴音:コトネ 真央:マオ
  沙織:サオリ 麻衣:マイ 香織:カオリ 綾乃:アヤノ 千夏:チナツ 朱里:アカリ 日菜子:ヒナコ 結衣:ユイ
  奈央:ナオ 早紀:サキ
`);

export interface Municipality {
  readonly name: string;
  readonly slug: string;
  /** JIS X 0401 prefecture code: the first two digits of school and board codes. */
  readonly prefecture: string;
}

/** Invented-sounding cities: the data must not pass for a real board's roster. */
export const MUNICIPALITIES: readonly Municipality[] = [
  { name: '若葉市', slug: 'wakaba', prefecture: '13' },
  { name: '青葉台市', slug: 'aobadai', prefecture: '14' },
  { name: '桜川市', slug: 'sakuragawa', prefecture: '11' },
  { name: '緑ヶ丘市', slug: 'midorigaoka', prefecture: '12' },
  { name: '朝日野市', slug: 'asahino', prefecture: '27' },
  { name: '港南台市', slug: 'konandai', prefecture: '23' },
  { name: '白川市', slug: 'shirakawa', prefecture: '07' },
  { name: '松風市', slug: 'matsukaze', prefecture: '40' },
];

/** School districts (学区) named after neighbourhoods; an elementary and a junior high school share one. */
export const AREAS: readonly { readonly name: string; readonly slug: string }[] = [
  ['中央', 'chuo'],
  ['東', 'higashi'],
  ['西', 'nishi'],
  ['南', 'minami'],
  ['北', 'kita'],
  ['桜ヶ丘', 'sakuragaoka'],
  ['緑町', 'midoricho'],
  ['青葉', 'aoba'],
  ['旭', 'asahi'],
  ['栄', 'sakae'],
  ['本町', 'honcho'],
  ['富士見', 'fujimi'],
  ['松原', 'matsubara'],
  ['泉', 'izumi'],
  ['港', 'minato'],
  ['山手', 'yamate'],
  ['日の出', 'hinode'],
  ['光が丘', 'hikarigaoka'],
  ['城山', 'shiroyama'],
  ['若松', 'wakamatsu'],
].map(([name, slug]) => ({ name: name!, slug: slug! }));

const KANJI_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 40 → 四十; numbers past 99 stay in digits. */
export function kanjiNumber(n: number): string {
  if (n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 0 ? '' : (tens === 1 ? '' : KANJI_DIGITS[tens]!) + '十') + KANJI_DIGITS[ones]!;
}
