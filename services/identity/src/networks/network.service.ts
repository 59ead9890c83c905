import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { NetworkEntity, OrganizationEntity } from './network.entity';

export class NetworkService {
  constructor(private readonly dataSource: DataSource) {}

  findBySlug(slug: string): Promise<NetworkEntity | null> {
    return this.dataSource.getRepository(NetworkEntity).findOneBy({ slug: slug.trim().toLowerCase() });
  }

  findById(id: string): Promise<NetworkEntity | null> {
    return this.dataSource.getRepository(NetworkEntity).findOneBy({ id });
  }

  async create(
    manager: EntityManager,
    input: { organizationName: string; slug: string; name: string; defaultLocale: string },
  ): Promise<NetworkEntity> {
    const organization = await manager.save(OrganizationEntity, { id: randomUUID(), name: input.organizationName });
    return manager.save(NetworkEntity, {
      id: randomUUID(),
      organizationId: organization.id,
      slug: input.slug,
      name: input.name,
      defaultLocale: input.defaultLocale,
    });
  }
}
