import type { EntityManager } from 'typeorm';
import { NetworkUpdated, on } from '@kizuna/events';
import type { NetworkReadModel } from './network.service';

export function networkConsumers(networks: NetworkReadModel) {
  return [on(NetworkUpdated, (event, manager: EntityManager) => networks.updated(manager, event.data))];
}
