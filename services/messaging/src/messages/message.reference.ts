import { isAllowed, Access, unauthenticated, forbidden } from '@kizuna/auth';
import { isUuid, requestLoader } from '@kizuna/data';
import type { ReferenceResolvers, RequestContext } from '@kizuna/subgraph';
import type { MessageService } from './message.service';
import { presentMessage, type MessageType } from './message.types';

/** `Message` by id from another subgraph or the gateway: only one the viewer may read, else null. */
export function messageReference(messages: MessageService): ReferenceResolvers {
  return {
    Message: {
      async __resolveReference(reference: { id?: unknown }, context: RequestContext): Promise<MessageType | null> {
        const viewer = context.viewer;
        if (!viewer) throw unauthenticated();
        if (!isAllowed(viewer, [Access.PENDING_ALLOWED])) throw forbidden();
        if (!isUuid(reference.id)) return null;
        const found = await requestLoader(context, 'readable-messages', (ids: string[]) => messages.readable(viewer, ids)).get(reference.id);
        return found ? presentMessage(found) : null;
      },
    },
  };
}
