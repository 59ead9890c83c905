import { isUuid } from '@kizuna/data';
import type { ReferenceResolvers } from './subgraph-schema';

/** A `Member` as another subgraph hands it over: just its id (the membership id). */
export interface MemberReference {
  id: string;
}

/**
 * The reference resolver of a service that extends identity's `Member` with fields it owns.
 * The reference carries only the id; the service's field resolvers read only rows of the
 * viewer's network and apply its visibility rules. A malformed id names no member (null).
 */
export function memberReference(): ReferenceResolvers {
  return {
    Member: {
      __resolveReference(reference: { id?: unknown }): MemberReference | null {
        return isUuid(reference.id) ? { id: reference.id } : null;
      },
    },
  };
}
