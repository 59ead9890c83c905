import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { MembershipStatus, Role } from '@kizuna/auth';
import type { Logger } from '@kizuna/subgraph';
import { AccountEntity } from '../accounts/account.entity';
import { hashPassword } from '../accounts/passwords';
import type { MembershipEntity } from '../memberships/membership.entity';
import type { MembershipLifecycle } from '../memberships/membership-lifecycle';
import type { NetworkService } from '../networks/network.service';

export const DEMO_NETWORK_SLUG = 'demo';
export const DEMO_PASSWORD = 'kizuna-demo-2026';
export const DEMO_ADMIN_EMAIL = 'admin@demo.kizuna.dev';
/** A second, small network (a company's former employees), so isolation between networks can be seen. */
export const CORP_NETWORK_SLUG = 'kizuna-corp';
export const CORP_ADMIN_EMAIL = 'admin@corp.kizuna.dev';
const CORP_PEOPLE: [string, string][] = [
  ['岡田 健一', 'kenichi.okada'],
  ['長谷川 美樹', 'miki.hasegawa'],
  ['Thomas Anderson', 'thomas.anderson'],
  ['村上 春香', 'haruka.murakami'],
  ['Grace Kim', 'grace.kim'],
];

/** Demo members: Japanese names with English-speaking alumni mixed in. */
const PEOPLE: [string, string][] = [
  ['山田 太郎', 'taro.yamada'],
  ['佐藤 花子', 'hanako.sato'],
  ['鈴木 一郎', 'ichiro.suzuki'],
  ['高橋 美咲', 'misaki.takahashi'],
  ['田中 健太', 'kenta.tanaka'],
  ['伊藤 さくら', 'sakura.ito'],
  ['渡辺 翔', 'sho.watanabe'],
  ['山本 由美', 'yumi.yamamoto'],
  ['中村 大輔', 'daisuke.nakamura'],
  ['小林 愛', 'ai.kobayashi'],
  ['加藤 誠', 'makoto.kato'],
  ['吉田 結衣', 'yui.yoshida'],
  ['山口 拓海', 'takumi.yamaguchi'],
  ['松本 彩', 'aya.matsumoto'],
  ['井上 亮', 'ryo.inoue'],
  ['木村 真由', 'mayu.kimura'],
  ['林 直樹', 'naoki.hayashi'],
  ['清水 優子', 'yuko.shimizu'],
  ['山崎 陽介', 'yosuke.yamazaki'],
  ['森 千尋', 'chihiro.mori'],
  ['池田 隼人', 'hayato.ikeda'],
  ['橋本 奈々', 'nana.hashimoto'],
  ['阿部 蓮', 'ren.abe'],
  ['石川 葵', 'aoi.ishikawa'],
  ['Emily Johnson', 'emily.johnson'],
  ['Michael Brown', 'michael.brown'],
  ['Sophie Martin', 'sophie.martin'],
  ['David Chen', 'david.chen'],
  ['Olivia Smith', 'olivia.smith'],
  ['James Wilson', 'james.wilson'],
  ['Lucas Müller', 'lucas.mueller'],
  ['Priya Patel', 'priya.patel'],
  // The last few are still waiting for approval, so the approval queue has something in it.
  ['前田 悠真', 'yuma.maeda'],
  ['藤田 美穂', 'miho.fujita'],
  ['Hannah Lee', 'hannah.lee'],
];
const PENDING_FROM = PEOPLE.length - 3;

async function addMember(
  manager: EntityManager,
  lifecycle: MembershipLifecycle,
  networkId: string,
  person: { displayName: string; email: string; passwordHash: string; role: Role; status: MembershipStatus; approvedBy: string | null },
): Promise<MembershipEntity> {
  // Demo people have verified their addresses: no verification mail goes out for them.
  const account = await manager.save(AccountEntity, {
    id: randomUUID(),
    email: person.email,
    passwordHash: person.passwordHash,
    displayName: person.displayName,
    emailVerifiedAt: new Date(),
  });
  const membership = await lifecycle.join(manager, {
    networkId,
    accountId: account.id,
    email: person.email,
    displayName: person.displayName,
    role: person.role,
  });
  return person.status === 'approved' ? lifecycle.admit(manager, membership, person.approvedBy) : membership;
}

/** Seeds the demo network once (idempotent: does nothing when it exists). */
export async function seedDemoNetwork(deps: { dataSource: DataSource; lifecycle: MembershipLifecycle; networks: NetworkService; log: Logger }): Promise<void> {
  if (await deps.networks.findBySlug(DEMO_NETWORK_SLUG)) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { lifecycle } = deps;
  await deps.dataSource.transaction(async (manager) => {
    const network = await deps.networks.create(manager, {
      organizationName: '絆大学',
      slug: DEMO_NETWORK_SLUG,
      name: '絆大学 同窓会 (Kizuna University Alumni)',
      defaultLocale: 'ja',
    });
    const owner = await addMember(manager, lifecycle, network.id, {
      displayName: '同窓会事務局 (Alumni Office)',
      email: DEMO_ADMIN_EMAIL,
      passwordHash,
      role: 'owner',
      status: 'approved',
      approvedBy: null,
    });
    for (const [index, [displayName, handle]] of PEOPLE.entries()) {
      await addMember(manager, lifecycle, network.id, {
        displayName,
        email: `${handle}@demo.kizuna.dev`,
        passwordHash,
        role: index === 0 ? 'staff' : 'member',
        status: index >= PENDING_FROM ? 'pending' : 'approved',
        approvedBy: index >= PENDING_FROM ? null : owner.id,
      });
    }
    const corp = await deps.networks.create(manager, {
      organizationName: 'Kizuna Corporation',
      slug: CORP_NETWORK_SLUG,
      name: 'Kizuna Corp OB・OG Network',
      defaultLocale: 'ja',
    });
    const corpOwner = await addMember(manager, lifecycle, corp.id, {
      displayName: '人事部 (HR)',
      email: CORP_ADMIN_EMAIL,
      passwordHash,
      role: 'owner',
      status: 'approved',
      approvedBy: null,
    });
    for (const [displayName, handle] of CORP_PEOPLE) {
      await addMember(manager, lifecycle, corp.id, {
        displayName,
        email: `${handle}@corp.kizuna.dev`,
        passwordHash,
        role: 'member',
        status: 'approved',
        approvedBy: corpOwner.id,
      });
    }
  });
  deps.log.info({ networks: [DEMO_NETWORK_SLUG, CORP_NETWORK_SLUG], members: PEOPLE.length + CORP_PEOPLE.length + 2 }, 'demo networks seeded');
}
