/**
 * Japan's regions and their prefectures, so a location filter can say 関西 and mean every
 * prefecture in it (locations match by prefix: 大阪府 matches 大阪府大阪市).
 */
export const REGIONS = {
  hokkaido: ['北海道'],
  tohoku: ['青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県'],
  kanto: ['茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都', '神奈川県'],
  chubu: ['新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県'],
  kansai: ['三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県'],
  chugoku: ['鳥取県', '島根県', '岡山県', '広島県', '山口県'],
  shikoku: ['徳島県', '香川県', '愛媛県', '高知県'],
  kyushu: ['福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県'],
} as const;
export type Region = keyof typeof REGIONS;
export const REGION_KEYS = Object.keys(REGIONS) as Region[];

const REGION_PREFIX = 'region:';
export const regionOption = (region: Region) => `${REGION_PREFIX}${region}`;

/** The location filter's values: regions become their prefectures, other values stay; no repeats. */
export function expandLocations(selected: readonly string[]): string[] {
  const locations = selected.flatMap((value) =>
    value.startsWith(REGION_PREFIX) ? [...(REGIONS[value.slice(REGION_PREFIX.length) as Region] ?? [])] : [value],
  );
  return [...new Set(locations)];
}
