import { IsNull, type DataSource } from 'typeorm';
import { forbidden, type Viewer } from '@kizuna/auth';
import { MessageEntity } from './message.entity';

export class MessageService {
  constructor(private readonly dataSource: DataSource) {}

  /** Unread messages addressed to the viewer in their network. */
  unreadCount(viewer: Viewer): Promise<number> {
    return this.dataSource
      .getRepository(MessageEntity)
      .countBy({ networkId: viewer.networkId, recipientMembershipId: viewer.membershipId, readAt: IsNull() });
  }

  /** A member's unread count is private to that member. */
  unreadCountOf(viewer: Viewer, memberId: string): Promise<number> {
    if (memberId !== viewer.membershipId) throw forbidden('You can see only your own unread messages.');
    return this.unreadCount(viewer);
  }
}
