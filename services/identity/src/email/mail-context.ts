import type { EntityManager } from 'typeorm';
import { MembershipEntity } from '../memberships/membership.entity';
import { NetworkEntity } from '../networks/network.entity';
import { mailLocale, type MailContext } from './templates';

/** The network an account joined first: where mail about the account (not about one network) speaks from. */
export async function firstNetworkOf(manager: EntityManager, accountId: string): Promise<string | null> {
  const first = await manager.findOne(MembershipEntity, { where: { accountId }, order: { createdAt: 'ASC' } });
  return first?.networkId ?? null;
}

/** Language and name for a mail: the network's, else the account's first network's, else Japanese and "Kizuna". */
export async function mailContext(manager: EntityManager, networkId: string | null, accountId: string | null): Promise<MailContext> {
  const id = networkId ?? (accountId ? await firstNetworkOf(manager, accountId) : null);
  const network = id ? await manager.findOneBy(NetworkEntity, { id }) : null;
  return { locale: mailLocale(network?.defaultLocale), networkName: network?.name ?? 'Kizuna' };
}
