import type { EntityManager } from 'typeorm';
import type { EventData, NetworkUpdated } from '@kizuna/events';

/** Keeps the networks read model (name and address, for {{network}} in messages) in step with identity. */
export class NetworkReadModel {
  /** Newer facts win; a redelivered or late older event changes nothing. */
  async updated(manager: EntityManager, data: EventData<typeof NetworkUpdated>): Promise<void> {
    await manager.query(
      `INSERT INTO messaging.networks (network_id, slug, name, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (network_id) DO UPDATE SET slug = EXCLUDED.slug, name = EXCLUDED.name, updated_at = EXCLUDED.updated_at
       WHERE networks.updated_at <= EXCLUDED.updated_at`,
      [data.networkId, data.slug, data.name, data.updatedAt],
    );
  }
}

/** The network's name as its members know it ('' until identity's first event about it arrives). */
export async function networkName(manager: EntityManager, networkId: string): Promise<string> {
  const [row]: { name: string }[] = await manager.query(`SELECT name FROM messaging.networks WHERE network_id = $1`, [networkId]);
  return row?.name ?? '';
}
