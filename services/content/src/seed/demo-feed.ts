import type { DataSource } from 'typeorm';
import { combinePermissions } from '@kizuna/auth';
import type { Logger } from '@kizuna/subgraph';
import type { CommentService } from '../comments/comment.service';
import type { PostService } from '../posts/post.service';
import type { ReactionService } from '../reactions/reaction.service';
import type { FeedViewer } from '../segments/segment-membership';

/** Demo members (identity's demo seed) who post, like and comment; all of them are only in the demo network. */
const CAST = [
  '山田 太郎',
  '佐藤 花子',
  '鈴木 一郎',
  '高橋 美咲',
  '田中 健太',
  '伊藤 さくら',
  '渡辺 翔',
  '小林 愛',
  'Emily Johnson',
  'David Chen',
  'Sophie Martin',
  'Priya Patel',
] as const;
type Name = (typeof CAST)[number];

interface DemoPost {
  author: Name;
  /** `@名前` becomes a mention of that cast member. */
  body: string;
  hoursAgo: number;
  likedBy: Name[];
  comments?: { author: Name; body: string; replies?: { author: Name; body: string }[] }[];
}

const POSTS: DemoPost[] = [
  {
    author: '佐藤 花子',
    body: '今日は #なんでもOKデー！\n最近はじめたパン作り、やっと食パンがきれいに焼けるようになりました🍞 みなさんの最近のハマりごとも教えてください。',
    hoursAgo: 2,
    likedBy: ['山田 太郎', '高橋 美咲', 'Emily Johnson', '伊藤 さくら'],
    comments: [
      { author: '山田 太郎', body: 'すごい！今度レシピ教えてください。', replies: [{ author: '佐藤 花子', body: 'もちろん！次の集まりで持っていきますね。' }] },
      { author: 'Emily Johnson', body: 'Looks delicious! I have been learning to make sourdough too.' },
    ],
  },
  {
    author: 'Emily Johnson',
    body: 'We are hiring two backend engineers in Tokyo (TypeScript, Postgres). Alumni referrals very welcome — DM me! #hiring #startup',
    hoursAgo: 5,
    likedBy: ['田中 健太', 'David Chen', '渡辺 翔'],
    comments: [{ author: '田中 健太', body: '後輩に声をかけてみます！' }],
  },
  {
    author: '山田 太郎',
    body: '@鈴木 一郎 さん、先日の勉強会ありがとうございました！資料はこちらにまとめました https://kizuna.dev/docs #勉強会 #工学部',
    hoursAgo: 9,
    likedBy: ['鈴木 一郎', '佐藤 花子'],
    comments: [{ author: '鈴木 一郎', body: 'こちらこそ、ありがとうございました。次回は関西でもやりましょう。' }],
  },
  {
    author: '高橋 美咲',
    body: '梅田で月1の朝活をやっています☕ 次回は来週土曜の8時から。関西の方、ぜひ一緒に！ #関西アルムナイ #朝活',
    hoursAgo: 20,
    likedBy: ['鈴木 一郎', 'David Chen'],
  },
  {
    author: 'David Chen',
    body: 'Just moved to Kyoto for work. Any alumni around who know a good place for ramen? 🍜 #kyoto',
    hoursAgo: 26,
    likedBy: ['高橋 美咲', '小林 愛', 'Sophie Martin'],
    comments: [
      { author: '高橋 美咲', body: '一乗寺のラーメン街がおすすめです！', replies: [{ author: 'David Chen', body: 'Thank you! I will try it this weekend.' }] },
    ],
  },
  {
    author: '田中 健太',
    body: '起業して3年目になりました。資金調達や採用の話、いつでも相談に乗ります。 #起業 #startup',
    hoursAgo: 40,
    likedBy: ['Emily Johnson', '山田 太郎', 'Priya Patel'],
  },
  {
    author: '伊藤 さくら',
    body: '#なんでもOKデー なので、最近読んで良かった本を。『コンテナ物語』、物流の話なのにとてもドラマチックでした📚',
    hoursAgo: 52,
    likedBy: ['佐藤 花子'],
  },
  {
    author: 'Sophie Martin',
    body: 'Bonjour from Lyon! Our alumni meetup in Europe is coming together — @Priya Patel and I are collecting dates. #europe #meetup',
    hoursAgo: 70,
    likedBy: ['Priya Patel', 'Emily Johnson'],
    comments: [{ author: 'Priya Patel', body: 'Count me in! Early June works best for me.' }],
  },
  {
    author: '渡辺 翔',
    body: '10年ぶりにキャンパスに行ってきました。図書館が新しくなっていて驚きました！ #キャンパス',
    hoursAgo: 96,
    likedBy: ['山田 太郎', '小林 愛', '伊藤 さくら', '鈴木 一郎'],
  },
  {
    author: '小林 愛',
    body: 'ボランティアで高校生向けのキャリア講座をしています。話してくださる卒業生を募集中です🙌 #キャリア',
    hoursAgo: 120,
    likedBy: ['渡辺 翔', 'Sophie Martin'],
  },
  {
    author: 'Priya Patel',
    body: 'Happy to mentor anyone moving into data science. Ping me here or on my profile. #mentoring',
    hoursAgo: 150,
    likedBy: ['David Chen'],
  },
  {
    author: '鈴木 一郎',
    body: '#なんでもOKデー 大阪の新しいオフィスから。窓から大阪城が見えます🏯',
    hoursAgo: 170,
    likedBy: ['高橋 美咲', '田中 健太'],
  },
];

/**
 * `SEED_DEMO=true` (npm start): once identity's demo members have arrived in the read model, fills
 * the demo network's feed with a dozen posts in Japanese and English (mentions, hashtags such as
 * #なんでもOKデー), likes and comments with replies — through the same services the API uses, so
 * every event is published as in real use. Does nothing if the demo network already has posts.
 */
export class DemoFeed {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly services: { posts: PostService; reactions: ReactionService; comments: CommentService },
    private readonly log: Pick<Logger, 'info' | 'warn'>,
  ) {}

  start(): void {
    const deadline = Date.now() + 5 * 60_000;
    const attempt = async () => {
      try {
        if (await this.seedOnce()) return;
      } catch (error) {
        this.log.warn({ err: error }, 'the demo feed could not be seeded yet');
      }
      if (Date.now() < deadline) this.timer = setTimeout(() => void attempt(), 2000);
    };
    this.timer = setTimeout(() => void attempt(), 500);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  /** true when the demo feed is seeded (now or before); false while its members are still arriving. */
  private async seedOnce(): Promise<boolean> {
    const people: { membership_id: string; network_id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT membership_id, network_id, display_name FROM content.members WHERE status = 'approved' AND display_name = ANY($1::text[])`,
      [[...CAST]],
    );
    if (new Set(people.map((person) => person.display_name)).size < CAST.length) return false;
    const networkId = people[0].network_id;
    if (people.some((person) => person.network_id !== networkId)) return true; // not the demo data this seed knows
    const [{ posts }]: { posts: number }[] = await this.dataSource.query(`SELECT count(*)::int AS posts FROM content.posts WHERE network_id = $1`, [networkId]);
    if (posts > 0) return true;

    const cast = Object.fromEntries(
      people.map((person): [string, FeedViewer] => [
        person.display_name,
        {
          accountId: person.membership_id,
          membershipId: person.membership_id,
          networkId,
          role: 'member',
          status: 'approved',
          permissions: combinePermissions('member'),
          segmentIds: [],
        },
      ]),
    ) as Record<Name, FeedViewer>;
    const must = <T>(result: { ok: true; value: T } | { ok: false; errors: { message: string }[] }): T => {
      if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('; '));
      return result.value;
    };
    const withMentions = (body: string) => CAST.reduce((text, name) => text.replaceAll(`@${name}`, `<@${cast[name].membershipId}>`), body);

    // The demo members joined long before these conversations: their arrivals sink below the posts.
    await this.dataSource.query(
      `UPDATE content.feed_items SET published_at = published_at - interval '8 days' WHERE network_id = $1 AND kind = 'NEW_MEMBER' AND published_at > now() - interval '1 day'`,
      [networkId],
    );
    // Oldest first, so the feed's order is the story's; then each post is dated as the story says.
    for (const demo of [...POSTS].sort((a, b) => b.hoursAgo - a.hoursAgo)) {
      const post = must(await this.services.posts.create(cast[demo.author], withMentions(demo.body)));
      await this.dataSource.query(
        `WITH dated AS (SELECT now() - make_interval(hours => $2) AS at)
         UPDATE content.feed_items SET published_at = (SELECT at FROM dated) WHERE id = $1`,
        [post.id, demo.hoursAgo],
      );
      await this.dataSource.query(`UPDATE content.posts SET created_at = now() - make_interval(hours => $2) WHERE id = $1`, [post.id, demo.hoursAgo]);
      for (const name of demo.likedBy) must(await this.services.reactions.set(cast[name], post.id, true));
      for (const comment of demo.comments ?? []) {
        const added = must(await this.services.comments.add(cast[comment.author], post.id, comment.body));
        for (const reply of comment.replies ?? []) must(await this.services.comments.add(cast[reply.author], post.id, reply.body, added.id));
      }
    }
    this.log.info({ networkId, posts: POSTS.length }, 'demo feed seeded');
    return true;
  }
}
