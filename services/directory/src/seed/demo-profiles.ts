import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CustomFieldEntity, type CustomFieldOption } from '../fields/custom-field.entity';
import type { ProfileEntity } from '../profiles/profile.entity';
import type { ShellFiller } from '../profiles/profile.service';

/** The demo networks' e-mail domains (identity's demo seed); nobody else's profile is touched. */
const DEMO_DOMAINS = ['@demo.kizuna.dev', '@corp.kizuna.dev'];

const READINGS: Record<string, string> = {
  山田: 'やまだ',
  太郎: 'たろう',
  佐藤: 'さとう',
  花子: 'はなこ',
  鈴木: 'すずき',
  一郎: 'いちろう',
  高橋: 'たかはし',
  美咲: 'みさき',
  田中: 'たなか',
  健太: 'けんた',
  伊藤: 'いとう',
  さくら: 'さくら',
  渡辺: 'わたなべ',
  翔: 'しょう',
  山本: 'やまもと',
  由美: 'ゆみ',
  中村: 'なかむら',
  大輔: 'だいすけ',
  小林: 'こばやし',
  愛: 'あい',
  加藤: 'かとう',
  誠: 'まこと',
  吉田: 'よしだ',
  結衣: 'ゆい',
  山口: 'やまぐち',
  拓海: 'たくみ',
  松本: 'まつもと',
  彩: 'あや',
  井上: 'いのうえ',
  亮: 'りょう',
  木村: 'きむら',
  真由: 'まゆ',
  林: 'はやし',
  直樹: 'なおき',
  清水: 'しみず',
  優子: 'ゆうこ',
  山崎: 'やまざき',
  陽介: 'ようすけ',
  森: 'もり',
  千尋: 'ちひろ',
  池田: 'いけだ',
  隼人: 'はやと',
  橋本: 'はしもと',
  奈々: 'なな',
  阿部: 'あべ',
  蓮: 'れん',
  石川: 'いしかわ',
  葵: 'あおい',
  前田: 'まえだ',
  悠真: 'ゆうま',
  藤田: 'ふじた',
  美穂: 'みほ',
  岡田: 'おかだ',
  健一: 'けんいち',
  長谷川: 'はせがわ',
  美樹: 'みき',
  村上: 'むらかみ',
  春香: 'はるか',
  // Foreign names are read in katakana, as a Japanese directory lists them.
  Emily: 'エミリー',
  Johnson: 'ジョンソン',
  Michael: 'マイケル',
  Brown: 'ブラウン',
  Sophie: 'ソフィー',
  Martin: 'マーティン',
  David: 'デイビッド',
  Chen: 'チェン',
  Olivia: 'オリビア',
  Smith: 'スミス',
  James: 'ジェームズ',
  Wilson: 'ウィルソン',
  Lucas: 'ルーカス',
  Müller: 'ミュラー',
  Priya: 'プリヤ',
  Patel: 'パテル',
  Hannah: 'ハンナ',
  Lee: 'リー',
  Thomas: 'トーマス',
  Anderson: 'アンダーソン',
  Grace: 'グレース',
  Kim: 'キム',
};

const DEPARTMENTS = [
  '工学部 情報工学科',
  '工学部 機械工学科',
  '経済学部 経済学科',
  '経営学部',
  '法学部 法律学科',
  '文学部 英文学科',
  '理学部 物理学科',
  '医学部 医学科',
  '教育学部',
  '農学部',
];
const EMPLOYERS = [
  'トヨタ自動車',
  'ソニーグループ',
  'パナソニック',
  '三菱UFJ銀行',
  '日立製作所',
  '楽天グループ',
  'サイバーエージェント',
  'NTTデータ',
  'Google Japan',
  'Amazon Japan',
  '大阪府庁',
  '絆テック',
];
const JOB_TITLES = [
  'ソフトウェアエンジニア',
  'プロダクトマネージャー',
  '営業部長',
  'データサイエンティスト',
  'コンサルタント',
  '研究員',
  '人事',
  'デザイナー',
  'Engineering Manager',
  '代表取締役',
];
const INDUSTRIES = ['製造', '金融', 'IT・通信', 'コンサルティング', '公務', '医療', '教育', 'メディア'];
const LOCATIONS = [
  '大阪府大阪市',
  '大阪府吹田市',
  '京都府京都市',
  '兵庫県神戸市',
  '東京都港区',
  '東京都渋谷区',
  '愛知県名古屋市',
  '福岡県福岡市',
  'California, USA',
  'London, UK',
];
const SKILLS = [
  'TypeScript',
  'Python',
  'データ分析',
  '機械学習',
  '営業',
  'マーケティング',
  '財務',
  'プロジェクト管理',
  'UXデザイン',
  '英語',
  '中国語',
  'Go',
  'Kubernetes',
  '会計',
];
const INTERESTS = ['OB・OG訪問', '起業', 'ランニング', '登山', '写真', '読書', '料理', 'ボランティア', 'ゴルフ', '旅行'];

const CLUB_OPTIONS: CustomFieldOption[] = [
  { value: 'tennis', label: 'テニス部 / Tennis' },
  { value: 'baseball', label: '野球部 / Baseball' },
  { value: 'orchestra', label: '管弦楽団 / Orchestra' },
  { value: 'light-music', label: '軽音楽部 / Band' },
  { value: 'debate', label: 'ESS・ディベート / Debate' },
];
const MENTORING_OPTIONS: CustomFieldOption[] = [
  { value: 'career-advice', label: 'キャリア相談 / Career advice' },
  { value: 'office-visits', label: '職場訪問 / Office visits' },
  { value: 'talks', label: '講演 / Talks' },
];

/** The demo custom fields, created in a network the first time one of its demo members arrives. */
const DEMO_FIELDS = [
  { key: 'club', label: 'サークル / Club', type: 'SINGLE_CHOICE' as const, options: CLUB_OPTIONS, helpText: '在学中に所属していたサークル・部活' },
  { key: 'mentoring', label: '後輩への協力 / Can help with', type: 'MULTIPLE_CHOICE' as const, options: MENTORING_OPTIONS, helpText: null },
];

export const isDemoEmail = (email: string | null): boolean => !!email && DEMO_DOMAINS.some((domain) => email.toLowerCase().endsWith(domain));

/** Deterministic choices from the e-mail, so a fresh database gets the same demo profiles every time. */
class Picker {
  private readonly bytes: Buffer;
  private next = 0;
  constructor(seed: string) {
    this.bytes = createHash('sha256').update(seed).digest();
  }
  number(below: number): number {
    const value = this.bytes.readUInt16BE(this.next % 30);
    this.next += 2;
    return value % below;
  }
  one<T>(items: readonly T[]): T {
    return items[this.number(items.length)];
  }
  some<T>(items: readonly T[], count: number): T[] {
    const picked = new Set<T>();
    while (picked.size < count) picked.add(this.one(items));
    return [...picked];
  }
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function readingOf(displayName: string): string | null {
  const parts = displayName.split(/\s+/);
  const readings = parts.map((part) => READINGS[part]);
  return readings.every(Boolean) ? readings.join(' ') : null;
}

/** The demo details of one person, the same for the same e-mail every time. */
export function demoDetails(email: string, displayName: string, fieldIds: { club: string; mentoring: string }): Partial<ProfileEntity> {
  const pick = new Picker(email.toLowerCase());
  const [given, family] = email.split('@')[0].split('.');
  const entryYear = 1995 + pick.number(28);
  const employer = pick.one(EMPLOYERS);
  const jobTitle = pick.one(JOB_TITLES);
  return {
    nameKana: readingOf(displayName),
    nameRomaji: family ? `${capitalise(given)} ${capitalise(family)}` : null,
    headline: `${jobTitle} @ ${employer}`,
    entryYear,
    leaveYear: entryYear + 4 <= new Date().getUTCFullYear() ? entryYear + 4 : null,
    department: pick.one(DEPARTMENTS),
    employer,
    jobTitle,
    industry: pick.one(INDUSTRIES),
    location: pick.one(LOCATIONS),
    bio: `${pick.one(DEPARTMENTS)}の仲間とは今も交流しています。気軽に声をかけてください。`,
    skills: pick.some(SKILLS, 3),
    interests: pick.some(INTERESTS, 2),
    links: [{ label: 'Website', url: `https://example.com/${given}` }],
    contactEmail: email,
    contactVisibility: { contactEmail: pick.number(2) === 0 ? 'MEMBERS' : 'ADMINS' },
    custom: {
      [fieldIds.club]: pick.one(CLUB_OPTIONS).value,
      [fieldIds.mentoring]: pick.some(MENTORING_OPTIONS, 1 + pick.number(2)).map((o) => o.value),
    },
  };
}

/**
 * Fills the demo members' profiles as their shells arrive (`SEED_DEMO=true`): readings, years,
 * departments, employers, skills and the demo custom fields. Only shells are filled, so a
 * redelivered registration or a restart changes nothing.
 */
export class DemoProfiles implements ShellFiller {
  async fill(manager: EntityManager, profile: ProfileEntity): Promise<void> {
    if (!isDemoEmail(profile.email) || profile.email!.startsWith('admin@')) return;
    const fields = await this.ensureFields(manager, profile.networkId);
    const details = demoDetails(profile.email!, profile.displayName, { club: fields.club.id, mentoring: fields.mentoring.id });
    Object.assign(profile, details, { custom: { ...profile.custom, ...details.custom } });
  }

  private async ensureFields(manager: EntityManager, networkId: string): Promise<Record<'club' | 'mentoring', CustomFieldEntity>> {
    for (const [position, field] of DEMO_FIELDS.entries()) {
      await manager.query(
        `INSERT INTO directory.custom_fields (id, network_id, key, label, type, options, help_text, visibility, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'MEMBERS', $8) ON CONFLICT (network_id, key) DO NOTHING`,
        [randomUUID(), networkId, field.key, field.label, field.type, JSON.stringify(field.options), field.helpText, position],
      );
    }
    const rows = await manager.getRepository(CustomFieldEntity).findBy({ networkId });
    return { club: rows.find((row) => row.key === 'club')!, mentoring: rows.find((row) => row.key === 'mentoring')! };
  }
}

/** `SEED_DEMO=true` (npm start) fills the demo members' profiles. */
export const demoProfilesFromEnvironment = (): DemoProfiles | undefined => (process.env.SEED_DEMO === 'true' ? new DemoProfiles() : undefined);
