import { isAllowed, Access, unauthenticated, forbidden } from '@kizuna/auth';
import { isUuid, requestLoader } from '@kizuna/data';
import type { ReferenceResolvers, RequestContext } from '@kizuna/subgraph';
import type { ConversationService } from './conversation.service';
import { presentConversation, type ConversationType } from './conversation.types';

/** `Conversation` by id from another subgraph or the gateway: only one the viewer may see, else null. */
export function conversationReference(conversations: ConversationService): ReferenceResolvers {
  return {
    Conversation: {
      async __resolveReference(reference: { id?: unknown }, context: RequestContext): Promise<ConversationType | null> {
        const viewer = context.viewer;
        if (!viewer) throw unauthenticated();
        if (!isAllowed(viewer, [Access.PENDING_ALLOWED])) throw forbidden();
        if (!isUuid(reference.id)) return null;
        const found = await requestLoader(context, 'visible-conversations', (ids: string[]) => conversations.visible(viewer, ids)).get(reference.id);
        return found ? presentConversation(found) : null;
      },
    },
  };
}
