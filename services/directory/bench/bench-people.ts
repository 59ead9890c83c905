import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { searchDocument, type FieldVisibilities } from '../src/search/search-document';

/**
 * Realistic people for the directory benchmark: Japanese names (kanji, kana reading, romaji; common
 * surnames weighted roughly by how common they are) and English names, years, faculties,
 * employers, industries, locations and skills. Deterministic (seeded), so runs compare.
 */

/** [kanji, kana, romaji, weight] */
const SURNAMES: [string, string, string, number][] = [
  ['佐藤', 'さとう', 'Sato', 150],
  ['鈴木', 'すずき', 'Suzuki', 140],
  ['高橋', 'たかはし', 'Takahashi', 110],
  ['田中', 'たなか', 'Tanaka', 100],
  ['伊藤', 'いとう', 'Ito', 90],
  ['渡辺', 'わたなべ', 'Watanabe', 90],
  ['山本', 'やまもと', 'Yamamoto', 88],
  ['中村', 'なかむら', 'Nakamura', 86],
  ['小林', 'こばやし', 'Kobayashi', 85],
  ['加藤', 'かとう', 'Kato', 72],
  ['吉田', 'よしだ', 'Yoshida', 70],
  ['山田', 'やまだ', 'Yamada', 66],
  ['佐々木', 'ささき', 'Sasaki', 55],
  ['山口', 'やまぐち', 'Yamaguchi', 52],
  ['松本', 'まつもと', 'Matsumoto', 51],
  ['井上', 'いのうえ', 'Inoue', 50],
  ['木村', 'きむら', 'Kimura', 48],
  ['林', 'はやし', 'Hayashi', 46],
  ['斎藤', 'さいとう', 'Saito', 45],
  ['清水', 'しみず', 'Shimizu', 44],
  ['山崎', 'やまざき', 'Yamazaki', 38],
  ['森', 'もり', 'Mori', 37],
  ['池田', 'いけだ', 'Ikeda', 36],
  ['橋本', 'はしもと', 'Hashimoto', 36],
  ['阿部', 'あべ', 'Abe', 35],
  ['石川', 'いしかわ', 'Ishikawa', 34],
  ['山下', 'やました', 'Yamashita', 33],
  ['中島', 'なかじま', 'Nakajima', 32],
  ['石井', 'いしい', 'Ishii', 31],
  ['小川', 'おがわ', 'Ogawa', 31],
  ['前田', 'まえだ', 'Maeda', 30],
  ['岡田', 'おかだ', 'Okada', 30],
  ['長谷川', 'はせがわ', 'Hasegawa', 30],
  ['藤田', 'ふじた', 'Fujita', 29],
  ['後藤', 'ごとう', 'Goto', 29],
  ['近藤', 'こんどう', 'Kondo', 28],
  ['村上', 'むらかみ', 'Murakami', 27],
  ['遠藤', 'えんどう', 'Endo', 26],
  ['青木', 'あおき', 'Aoki', 26],
  ['坂本', 'さかもと', 'Sakamoto', 25],
  ['斉藤', 'さいとう', 'Saito', 25],
  ['福田', 'ふくだ', 'Fukuda', 24],
  ['太田', 'おおた', 'Ota', 24],
  ['西村', 'にしむら', 'Nishimura', 24],
  ['藤井', 'ふじい', 'Fujii', 23],
  ['金子', 'かねこ', 'Kaneko', 23],
  ['岡本', 'おかもと', 'Okamoto', 23],
  ['藤原', 'ふじわら', 'Fujiwara', 23],
  ['中野', 'なかの', 'Nakano', 22],
  ['三浦', 'みうら', 'Miura', 22],
  ['原田', 'はらだ', 'Harada', 22],
  ['中川', 'なかがわ', 'Nakagawa', 22],
  ['松田', 'まつだ', 'Matsuda', 21],
  ['竹内', 'たけうち', 'Takeuchi', 21],
  ['小野', 'おの', 'Ono', 21],
  ['田村', 'たむら', 'Tamura', 21],
  ['中山', 'なかやま', 'Nakayama', 20],
  ['和田', 'わだ', 'Wada', 20],
  ['石田', 'いしだ', 'Ishida', 20],
  ['森田', 'もりた', 'Morita', 20],
  ['上田', 'うえだ', 'Ueda', 19],
  ['原', 'はら', 'Hara', 19],
  ['内田', 'うちだ', 'Uchida', 19],
  ['柴田', 'しばた', 'Shibata', 19],
  ['酒井', 'さかい', 'Sakai', 18],
  ['宮崎', 'みやざき', 'Miyazaki', 18],
  ['横山', 'よこやま', 'Yokoyama', 18],
  ['高木', 'たかぎ', 'Takagi', 18],
  ['安藤', 'あんどう', 'Ando', 17],
  ['宮本', 'みやもと', 'Miyamoto', 17],
  ['大野', 'おおの', 'Ono', 17],
  ['小島', 'こじま', 'Kojima', 17],
  ['谷口', 'たにぐち', 'Taniguchi', 16],
  ['今井', 'いまい', 'Imai', 16],
  ['工藤', 'くどう', 'Kudo', 16],
  ['高田', 'たかだ', 'Takada', 16],
  ['増田', 'ますだ', 'Masuda', 15],
  ['丸山', 'まるやま', 'Maruyama', 15],
  ['杉山', 'すぎやま', 'Sugiyama', 15],
  ['村田', 'むらた', 'Murata', 15],
  ['大塚', 'おおつか', 'Otsuka', 15],
  ['新井', 'あらい', 'Arai', 15],
  ['小山', 'こやま', 'Koyama', 14],
  ['平野', 'ひらの', 'Hirano', 14],
  ['藤本', 'ふじもと', 'Fujimoto', 14],
  ['河野', 'こうの', 'Kono', 14],
  ['上野', 'うえの', 'Ueno', 14],
  ['野口', 'のぐち', 'Noguchi', 14],
  ['武田', 'たけだ', 'Takeda', 14],
  ['松井', 'まつい', 'Matsui', 14],
  ['千葉', 'ちば', 'Chiba', 13],
  ['岩崎', 'いわさき', 'Iwasaki', 13],
  ['菅原', 'すがわら', 'Sugawara', 13],
  ['木下', 'きのした', 'Kinoshita', 13],
  ['久保', 'くぼ', 'Kubo', 13],
  ['佐野', 'さの', 'Sano', 13],
  ['野村', 'のむら', 'Nomura', 13],
  ['松尾', 'まつお', 'Matsuo', 13],
  ['市川', 'いちかわ', 'Ichikawa', 12],
  ['菊地', 'きくち', 'Kikuchi', 12],
];

const GIVEN_NAMES: [string, string, string][] = [
  ['太郎', 'たろう', 'Taro'],
  ['一郎', 'いちろう', 'Ichiro'],
  ['健太', 'けんた', 'Kenta'],
  ['翔太', 'しょうた', 'Shota'],
  ['大輔', 'だいすけ', 'Daisuke'],
  ['拓也', 'たくや', 'Takuya'],
  ['直樹', 'なおき', 'Naoki'],
  ['誠', 'まこと', 'Makoto'],
  ['浩', 'ひろし', 'Hiroshi'],
  ['学', 'まなぶ', 'Manabu'],
  ['健一', 'けんいち', 'Kenichi'],
  ['隆', 'たかし', 'Takashi'],
  ['翔', 'しょう', 'Sho'],
  ['蓮', 'れん', 'Ren'],
  ['悠真', 'ゆうま', 'Yuma'],
  ['大翔', 'ひろと', 'Hiroto'],
  ['陽翔', 'はると', 'Haruto'],
  ['和也', 'かずや', 'Kazuya'],
  ['修', 'おさむ', 'Osamu'],
  ['剛', 'つよし', 'Tsuyoshi'],
  ['花子', 'はなこ', 'Hanako'],
  ['陽子', 'ようこ', 'Yoko'],
  ['恵子', 'けいこ', 'Keiko'],
  ['裕子', 'ゆうこ', 'Yuko'],
  ['美咲', 'みさき', 'Misaki'],
  ['愛', 'あい', 'Ai'],
  ['さくら', 'さくら', 'Sakura'],
  ['結衣', 'ゆい', 'Yui'],
  ['陽菜', 'ひな', 'Hina'],
  ['彩', 'あや', 'Aya'],
  ['真由美', 'まゆみ', 'Mayumi'],
  ['明美', 'あけみ', 'Akemi'],
  ['直美', 'なおみ', 'Naomi'],
  ['由美', 'ゆみ', 'Yumi'],
  ['智子', 'ともこ', 'Tomoko'],
  ['久美子', 'くみこ', 'Kumiko'],
  ['舞', 'まい', 'Mai'],
  ['葵', 'あおい', 'Aoi'],
  ['凛', 'りん', 'Rin'],
  ['芽衣', 'めい', 'Mei'],
];

const ENGLISH_FIRST = [
  'James',
  'Mary',
  'John',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Susan',
  'Richard',
  'Jessica',
  'Joseph',
  'Sarah',
  'Thomas',
  'Karen',
  'Daniel',
  'Emily',
  'Matthew',
  'Olivia',
  'Andrew',
  'Sophie',
  'Oliver',
  'Charlotte',
  'Lucas',
  'Emma',
];
const ENGLISH_LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Wilson',
  'Anderson',
  'Taylor',
  'Thomas',
  'Moore',
  'Martin',
  'Jackson',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Walker',
  'Hall',
  'Young',
  'King',
  'Wright',
  'Scott',
  'Green',
  'Baker',
  'Nelson',
  'Carter',
];
/** English names in katakana for their reading: a few, the rest have none (as in real rosters). */
const KATAKANA: Record<string, string> = {
  Smith: 'スミス',
  Johnson: 'ジョンソン',
  Brown: 'ブラウン',
  Miller: 'ミラー',
  Taylor: 'テイラー',
  Wilson: 'ウィルソン',
};

export const DEPARTMENTS = [
  '工学部 機械工学科',
  '工学部 電気電子工学科',
  '工学部 情報工学科',
  '理学部 物理学科',
  '理学部 化学科',
  '経済学部',
  '経営学部',
  '法学部',
  '文学部 英文学科',
  '文学部 史学科',
  '教育学部',
  '医学部',
  '薬学部',
  '農学部',
  '商学部',
  '外国語学部',
  'Faculty of Engineering',
  'School of Business',
  'Law School',
  'Graduate School of Science',
];
export const EMPLOYERS = [
  'トヨタ自動車',
  'ソニーグループ',
  '日立製作所',
  'パナソニック',
  '三菱商事',
  '三井物産',
  '伊藤忠商事',
  '住友商事',
  '丸紅',
  '日本電信電話',
  'KDDI',
  'ソフトバンク',
  '楽天グループ',
  'NEC',
  '富士通',
  'キヤノン',
  '任天堂',
  'ファーストリテイリング',
  '三菱UFJ銀行',
  'みずほ銀行',
  '三井住友銀行',
  '野村證券',
  '東京海上日動',
  '日本生命',
  '電通',
  '博報堂',
  'リクルート',
  'サイバーエージェント',
  'メルカリ',
  'LINEヤフー',
  'キーエンス',
  '武田薬品工業',
  'アステラス製薬',
  '東京電力',
  '関西電力',
  'JR東日本',
  'JR西日本',
  'ANA',
  'JAL',
  '資生堂',
  'Google',
  'Amazon',
  'Microsoft',
  'Apple',
  'McKinsey & Company',
  'Accenture',
  'Deloitte',
  'Goldman Sachs',
  'IBM',
  'Salesforce',
  '東京大学',
  '京都大学',
  '大阪市役所',
  '横浜市役所',
  '外務省',
  '経済産業省',
  '個人事業主',
];
export const INDUSTRIES = [
  '製造',
  'IT・通信',
  '商社',
  '金融',
  '保険',
  '広告・メディア',
  'コンサルティング',
  '医療・製薬',
  'エネルギー',
  '運輸',
  '小売',
  '教育・研究',
  '公務',
  '不動産',
];
export const PREFECTURES = [
  '東京都',
  '東京都',
  '東京都',
  '神奈川県',
  '神奈川県',
  '大阪府',
  '大阪府',
  '愛知県',
  '埼玉県',
  '千葉県',
  '兵庫県',
  '京都府',
  '福岡県',
  '北海道',
  '宮城県',
  '広島県',
  '静岡県',
  '奈良県',
  '滋賀県',
  '沖縄県',
];
const CITIES: Record<string, string[]> = {
  東京都: ['千代田区', '港区', '渋谷区', '世田谷区', '新宿区', '武蔵野市'],
  神奈川県: ['横浜市', '川崎市', '鎌倉市'],
  大阪府: ['大阪市', '堺市', '豊中市'],
  愛知県: ['名古屋市', '豊田市'],
  埼玉県: ['さいたま市', '川口市'],
  千葉県: ['千葉市', '船橋市'],
  兵庫県: ['神戸市', '西宮市'],
  京都府: ['京都市'],
  福岡県: ['福岡市', '北九州市'],
  北海道: ['札幌市'],
};
const ABROAD = ['London, UK', 'New York, USA', 'San Francisco, USA', 'Singapore', 'Shanghai, China', 'Sydney, Australia'];
export const SKILLS = [
  'TypeScript',
  'Python',
  'Java',
  'Go',
  'SQL',
  '機械学習',
  'データ分析',
  'プロジェクト管理',
  '営業',
  'マーケティング',
  '財務',
  '会計',
  '法務',
  '人事',
  '英語',
  '中国語',
  'デザイン',
  'UX',
  'AWS',
  'Kubernetes',
  '研究開発',
  '品質管理',
  '生産管理',
  '広報',
  '経営企画',
  'M&A',
  '医療',
  '教育',
];
const INTERESTS = [
  'ゴルフ',
  'テニス',
  '登山',
  '読書',
  '旅行',
  '料理',
  '写真',
  '音楽',
  'ランニング',
  '釣り',
  'キャンプ',
  '映画',
  'ワイン',
  'Startups',
  'Volunteering',
];
const JOB_TITLES = [
  'エンジニア',
  'シニアエンジニア',
  'マネージャー',
  '部長',
  '課長',
  '取締役',
  '代表取締役',
  '研究員',
  'コンサルタント',
  '営業',
  'Product Manager',
  'Designer',
  'Analyst',
];

/** Mulberry32: a small seeded generator, so every run seeds the same people. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchPerson {
  displayName: string;
  nameKana: string | null;
  nameRomaji: string;
  entryYear: number;
  leaveYear: number | null;
  department: string;
  employer: string | null;
  jobTitle: string | null;
  industry: string | null;
  location: string | null;
  skills: string[];
  interests: string[];
  headline: string | null;
  bio: string | null;
  email: string;
}

export function benchPeople(count: number, seed = 20260402): BenchPerson[] {
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const some = <T>(items: readonly T[], max: number): T[] => [...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(items)))];
  const totalWeight = SURNAMES.reduce((sum, [, , , weight]) => sum + weight, 0);
  const surname = () => {
    let roll = random() * totalWeight;
    for (const entry of SURNAMES) {
      roll -= entry[3];
      if (roll <= 0) return entry;
    }
    return SURNAMES[0];
  };
  const people: BenchPerson[] = [];
  for (let index = 0; index < count; index += 1) {
    let displayName: string;
    let nameKana: string | null;
    let nameRomaji: string;
    if (random() < 0.85) {
      const [familyKanji, familyKana, familyRomaji] = surname();
      const [givenKanji, givenKana, givenRomaji] = pick(GIVEN_NAMES);
      displayName = `${familyKanji} ${givenKanji}`;
      nameKana = `${familyKana} ${givenKana}`;
      nameRomaji = `${givenRomaji} ${familyRomaji}`;
    } else {
      const first = pick(ENGLISH_FIRST);
      const last = pick(ENGLISH_LAST);
      displayName = `${first} ${last}`;
      nameKana = KATAKANA[last] ? `${KATAKANA[last]}` : null;
      nameRomaji = displayName;
    }
    const entryYear = 1965 + Math.floor(random() * 60);
    const prefecture = random() < 0.93 ? pick(PREFECTURES) : null;
    const location = prefecture ? `${prefecture}${CITIES[prefecture] ? pick(CITIES[prefecture]) : ''}` : pick(ABROAD);
    const employer = random() < 0.9 ? pick(EMPLOYERS) : null;
    const jobTitle = employer ? pick(JOB_TITLES) : null;
    people.push({
      displayName,
      nameKana,
      nameRomaji,
      entryYear,
      leaveYear: random() < 0.2 ? null : entryYear + 4,
      department: pick(DEPARTMENTS),
      employer,
      jobTitle,
      industry: employer ? pick(INDUSTRIES) : null,
      location,
      skills: some(SKILLS, 4),
      interests: some(INTERESTS, 3),
      headline: employer && jobTitle ? `${employer} ${jobTitle}` : null,
      bio: random() < 0.3 ? `${pick(DEPARTMENTS)}を卒業後、${employer ?? '独立'}で${pick(SKILLS)}に携わっています。` : null,
      email: `member${index}@bench.kizuna.test`,
    });
  }
  return people;
}

const BATCH = 5000;

/**
 * Inserts the people as approved members of a network, with their derived search columns computed
 * by the service's own `searchDocument` (as the service writes them), in multi-row batches.
 */
export async function insertPeople(manager: EntityManager, networkId: string, people: BenchPerson[], visibilities: FieldVisibilities): Promise<string[]> {
  // Building the indexes once afterwards is several times faster than updating them row by row
  // (the generated people are unique where the unique indexes ask it; the primary key stays).
  const indexes: { name: string; definition: string }[] = await manager.query(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      WHERE i.schemaname = 'directory' AND i.tablename = 'profiles'
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = 'directory'::regnamespace)`,
  );
  for (const index of indexes) await manager.query(`DROP INDEX directory."${index.name}"`);
  try {
    return await insertRows(manager, networkId, people, visibilities);
  } finally {
    await manager.query(`SET maintenance_work_mem = '256MB'`);
    for (const index of indexes) await manager.query(index.definition);
  }
}

async function insertRows(manager: EntityManager, networkId: string, people: BenchPerson[], visibilities: FieldVisibilities): Promise<string[]> {
  const ids: string[] = [];
  const start = Date.now() - people.length * 1000;
  for (let offset = 0; offset < people.length; offset += BATCH) {
    const rows = people.slice(offset, offset + BATCH).map((person, index) => {
      const id = randomUUID();
      ids.push(id);
      const profile = { ...person, custom: {}, externalId: null, registrationAnswers: {} };
      const document = searchDocument(profile, visibilities, []);
      const at = new Date(start + (offset + index) * 1000).toISOString();
      return {
        membership_id: id,
        display_name: person.displayName,
        name_kana: person.nameKana,
        name_romaji: person.nameRomaji,
        email: person.email,
        headline: person.headline,
        entry_year: person.entryYear,
        leave_year: person.leaveYear,
        department: person.department,
        employer: person.employer,
        job_title: person.jobTitle,
        industry: person.industry,
        location: person.location,
        bio: person.bio,
        skills: person.skills,
        interests: person.interests,
        sort_name: document.sortName,
        name_search: document.nameSearch,
        member_text: document.memberText,
        admin_text: document.adminText,
        member_terms: document.memberTerms,
        admin_terms: document.adminTerms,
        at,
      };
    });
    await manager.query(
      `INSERT INTO directory.profiles (membership_id, network_id, account_id, status, display_name, name_kana, name_romaji, email, headline,
         entry_year, leave_year, department, employer, job_title, industry, location, bio, skills, interests,
         sort_name, name_search, member_text, admin_text, member_terms, admin_terms, created_at, updated_at)
       SELECT r.membership_id, $1, NULL, 'approved', r.display_name, r.name_kana, r.name_romaji, r.email, r.headline,
         r.entry_year, r.leave_year, r.department, r.employer, r.job_title, r.industry, r.location, r.bio, r.skills, r.interests,
         r.sort_name, r.name_search, r.member_text, r.admin_text, r.member_terms, r.admin_terms, r.at, r.at
       FROM jsonb_to_recordset($2::jsonb) AS r(membership_id uuid, display_name text, name_kana text, name_romaji text, email text, headline text,
         entry_year int, leave_year int, department text, employer text, job_title text, industry text, location text, bio text,
         skills text[], interests text[], sort_name text, name_search text, member_text text, admin_text text,
         member_terms text[], admin_terms text[], at timestamptz)`,
      [networkId, JSON.stringify(rows)],
    );
  }
  return ids;
}
