import type { DataSource } from 'typeorm';
import { combinePermissions, type Role, type Viewer } from '@kizuna/auth';
import type { Logger } from '@kizuna/subgraph';
import type { AutoReplyService } from '../auto-replies/auto-reply.service';
import type { ConversationService } from '../conversations/conversation.service';
import type { MessageService } from '../messages/message.service';
import type { RoomService } from '../rooms/room.service';
import type { TemplateService } from '../templates/template.service';

const DEMO_NETWORK_SLUG = 'demo';
/** Demo members (identity's demo seed) who talk in the demo rooms. */
const CAST = ['山田 太郎', '佐藤 花子', '鈴木 一郎', '高橋 美咲', '田中 健太', 'Emily Johnson', 'David Chen'] as const;
const ADMIN_NAME_ROLES: Role[] = ['owner', 'admin'];

type Cast = Record<(typeof CAST)[number], Viewer>;

const ROOMS: {
  name: string;
  description: string;
  category: 'department' | 'year' | 'job' | 'topic';
  topicTags: string[];
  members: (typeof CAST)[number][];
  messages: [(typeof CAST)[number], string][];
}[] = [
  {
    name: '機械工学科 2015',
    description: '2015年入学の機械工学科の同期の部屋です。近況報告や集まりの相談にどうぞ。',
    category: 'department',
    topicTags: ['同期', '工学部'],
    members: ['山田 太郎', '佐藤 花子', '鈴木 一郎', '田中 健太'],
    messages: [
      ['佐藤 花子', '久しぶり！来月あたり同期で集まりませんか？'],
      ['鈴木 一郎', 'いいね。大阪組も参加できる日程だと嬉しいです。'],
      ['山田 太郎', '賛成です。候補日をいくつか出しますね。'],
    ],
  },
  {
    name: '関西アルムナイ',
    description: '関西在住・勤務の卒業生の交流の場。勉強会や飲み会の告知も歓迎です。',
    category: 'topic',
    topicTags: ['関西', '大阪', '京都'],
    members: ['鈴木 一郎', '高橋 美咲', '山田 太郎', 'David Chen'],
    messages: [
      ['高橋 美咲', '梅田で月1の朝活をやっています。興味ある方はぜひ。'],
      ['David Chen', 'I just moved to Kyoto for work — happy to join!'],
    ],
  },
  {
    name: 'Startups & founders',
    description: 'Alumni who founded or work at startups: hiring, fundraising, and war stories.',
    category: 'job',
    topicTags: ['startup', '起業'],
    members: ['Emily Johnson', '田中 健太', '山田 太郎'],
    messages: [
      ['Emily Johnson', 'We are hiring two backend engineers in Tokyo. Referrals welcome!'],
      ['田中 健太', '起業3年目です。資金調達の話、いつでも聞いてください。'],
    ],
  },
];

/**
 * `SEED_DEMO=true` (npm start): once identity's demo members have arrived in the read model,
 * gives the demo network a few lively talk rooms, a direct conversation, a welcome template and
 * an auto-reply on approval — through the same services the API uses, so every event is
 * published as in real use. Does nothing if the demo network already has rooms.
 */
export class DemoConversations {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly services: {
      rooms: RoomService;
      messages: MessageService;
      conversations: ConversationService;
      templates: TemplateService;
      autoReplies: AutoReplyService;
    },
    private readonly log: Logger,
  ) {}

  start(): void {
    const deadline = Date.now() + 5 * 60_000;
    const attempt = async () => {
      try {
        if (await this.seedOnce()) return;
      } catch (error) {
        this.log.warn({ err: error }, 'demo conversations could not be seeded yet');
      }
      if (Date.now() < deadline) this.timer = setTimeout(() => void attempt(), 2000);
    };
    this.timer = setTimeout(() => void attempt(), 500);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  /** true when the demo network is seeded (now or before); false while its members are still arriving. */
  private async seedOnce(): Promise<boolean> {
    const [network]: { network_id: string }[] = await this.dataSource.query(`SELECT network_id FROM messaging.networks WHERE slug = $1`, [DEMO_NETWORK_SLUG]);
    if (!network) return false;
    const [{ rooms }]: { rooms: number }[] = await this.dataSource.query(`SELECT count(*)::int AS rooms FROM messaging.rooms WHERE network_id = $1`, [
      network.network_id,
    ]);
    if (rooms > 0) return true;
    const people: { membership_id: string; display_name: string; role: Role; account_id: string | null }[] = await this.dataSource.query(
      `SELECT m.membership_id, m.display_name, m.role, a.account_id
       FROM messaging.members m LEFT JOIN messaging.account_memberships a ON a.membership_id = m.membership_id
       WHERE m.network_id = $1 AND m.status = 'approved'`,
      [network.network_id],
    );
    const viewerOf = (person: (typeof people)[number]): Viewer => ({
      accountId: person.account_id ?? person.membership_id,
      membershipId: person.membership_id,
      networkId: network.network_id,
      role: person.role,
      status: 'approved',
      permissions: combinePermissions(person.role),
    });
    const cast = {} as Cast;
    for (const name of CAST) {
      const person = people.find((p) => p.display_name === name);
      if (!person) return false;
      cast[name] = viewerOf(person);
    }
    const adminPerson = people.find((p) => ADMIN_NAME_ROLES.includes(p.role));
    if (!adminPerson) return false;
    const admin = viewerOf(adminPerson);

    const { rooms: roomService, messages, conversations, templates, autoReplies } = this.services;
    const must = <T>(result: { ok: true; value: T } | { ok: false; errors: { message: string }[] }): T => {
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
      return result.value;
    };
    for (const room of ROOMS) {
      const [owner, ...others] = room.members;
      const created = must(
        await roomService.create(cast[owner], {
          name: room.name,
          description: room.description,
          category: room.category,
          topicTags: room.topicTags,
          visibility: 'open',
        }),
      );
      for (const name of others) must(await roomService.join(cast[name], created.id));
      for (const [name, body] of room.messages) must(await messages.send(cast[name], { conversationId: created.id, body }));
    }
    const direct = must(await conversations.startDirect(cast['佐藤 花子'], cast['山田 太郎'].membershipId));
    must(await messages.send(cast['佐藤 花子'], { conversationId: direct.id, body: '太郎さん、先日の勉強会の資料を共有してもらえますか？' }));

    const welcome = must(
      await templates.create(admin, {
        name: '承認のお知らせ',
        body: '{{name}}さん、{{network}}へようこそ！プロフィールを充実させて、同期や先輩とつながりましょう。',
      }),
    );
    must(await autoReplies.set(admin, { trigger: 'approved', enabled: true, templateId: welcome.id }));
    this.log.info({ networkId: network.network_id, rooms: ROOMS.length }, 'demo conversations seeded');
    return true;
  }
}
