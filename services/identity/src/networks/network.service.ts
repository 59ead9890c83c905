import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { NetworkUpdated, type Outbox } from '@kizuna/events';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { recordAudit } from '../audit/audit-writer';
import { assertCurrentAdmin } from './current-admin';
import { NetworkEntity, NetworkSlugAliasEntity, OrganizationEntity } from './network.entity';
import { validateNetworkSettings, type NetworkSettingsChanges, type NetworkSettingsRequest } from './network-settings';

/** The network at this address, also by a slug it used before (old links keep working). */
export async function findNetworkBySlug(manager: EntityManager, slug: string): Promise<NetworkEntity | null> {
  const normalised = slug.trim().toLowerCase();
  const current = await manager.findOneBy(NetworkEntity, { slug: normalised });
  if (current) return current;
  const alias = await manager.findOneBy(NetworkSlugAliasEntity, { slug: normalised });
  return alias ? manager.findOneBy(NetworkEntity, { id: alias.networkId }) : null;
}

export class NetworkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox?: Outbox,
  ) {}

  findBySlug(slug: string): Promise<NetworkEntity | null> {
    return findNetworkBySlug(this.dataSource.manager, slug);
  }

  findById(id: string): Promise<NetworkEntity | null> {
    return this.dataSource.getRepository(NetworkEntity).findOneBy({ id });
  }

  async create(manager: EntityManager, input: { organizationName: string; slug: string; name: string; defaultLocale: string }): Promise<NetworkEntity> {
    const organization = await manager.save(OrganizationEntity, { id: randomUUID(), name: input.organizationName });
    const network = await manager.save(NetworkEntity, {
      id: randomUUID(),
      organizationId: organization.id,
      slug: input.slug,
      name: input.name,
      defaultLocale: input.defaultLocale,
      logoUrl: null,
      primaryColor: null,
      welcomeText: null,
      registrationOpen: true,
    });
    // Other services learn of a network (its name for messages, its address) from this event alone.
    if (this.outbox) {
      await this.outbox.add(manager, NetworkUpdated, network.id, {
        networkId: network.id,
        slug: network.slug,
        name: network.name,
        defaultLocale: network.defaultLocale === 'en' ? 'en' : 'ja',
        primaryColor: network.primaryColor,
        registrationOpen: network.registrationOpen,
        updatedAt: (network.updatedAt ?? new Date()).toISOString(),
      });
    }
    return network;
  }

  /**
   * Changes the viewer's network (owners and admins): audited and published in one transaction.
   * A new slug must be free, also among other networks' former slugs; the old one keeps leading here.
   */
  async updateSettings(viewer: Viewer, request: NetworkSettingsRequest): Promise<Result<NetworkEntity>> {
    const { changes, errors } = validateNetworkSettings(request);
    if (errors.length > 0) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const actor = await assertCurrentAdmin(manager, viewer);
      const network = await manager
        .getRepository(NetworkEntity)
        .createQueryBuilder('n')
        .setLock('pessimistic_write')
        .where('n.id = :id', { id: viewer.networkId })
        .getOneOrFail();
      const changed = (Object.keys(changes) as (keyof NetworkSettingsChanges)[]).filter((key) => changes[key] !== network[key]);
      if (changed.length === 0) return ok(network);

      if (changes.slug !== undefined && changes.slug !== network.slug) {
        // Serialises slug changes, so two networks cannot take the same free slug at once.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('identity.network-slug'))`);
        const takenByNetwork = await manager.getRepository(NetworkEntity).findOneBy({ slug: changes.slug });
        const alias = await manager.getRepository(NetworkSlugAliasEntity).findOneBy({ slug: changes.slug });
        if ((takenByNetwork && takenByNetwork.id !== network.id) || (alias && alias.networkId !== network.id)) {
          return fail(UserError.of('SLUG_TAKEN', 'Another network already uses this address. Choose another one.', 'slug'));
        }
        if (alias) await manager.delete(NetworkSlugAliasEntity, { slug: changes.slug });
        await manager.insert(NetworkSlugAliasEntity, { slug: network.slug, networkId: network.id });
      }

      const before = Object.fromEntries(changed.map((key) => [key, network[key]]));
      Object.assign(network, changes);
      const saved = await manager.save(NetworkEntity, network);
      await recordAudit(manager, [
        {
          networkId: network.id,
          actorMembershipId: actor.id,
          action: 'network.settings.updated',
          targetMembershipId: null,
          details: Object.fromEntries(changed.map((key) => [key, auditValue(key, saved[key], before[key])])),
        },
      ]);
      if (this.outbox) {
        await this.outbox.add(manager, NetworkUpdated, network.id, {
          networkId: network.id,
          slug: saved.slug,
          name: saved.name,
          defaultLocale: saved.defaultLocale === 'en' ? 'en' : 'ja',
          primaryColor: saved.primaryColor,
          registrationOpen: saved.registrationOpen,
          updatedAt: saved.updatedAt.toISOString(),
        });
      }
      return ok(saved);
    });
  }
}

/** What the audit log keeps of a change: old → new, with an uploaded image summarised. */
function auditValue(key: keyof NetworkSettingsChanges, after: unknown, before: unknown): string {
  const show = (value: unknown) => {
    if (value === null || value === undefined) return '∅';
    if (key === 'logoUrl' && typeof value === 'string' && value.startsWith('data:')) return `(uploaded ${value.slice(5, value.indexOf(';'))})`;
    return String(value);
  };
  return `${show(before)} → ${show(after)}`;
}
