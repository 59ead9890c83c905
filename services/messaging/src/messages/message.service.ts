import type { DataSource } from 'typeorm';
import { forbidden, type Viewer } from '@kizuna/auth';

export class MessageService {
  constructor(private readonly dataSource: DataSource) {}

  /** Messages the viewer has not read, over every conversation they take part in, in their network. */
  async unreadCount(viewer: Viewer): Promise<number> {
    const [row]: { unread: string }[] = await this.dataSource.query(
      `SELECT coalesce(sum(c.last_seq - cm.last_read_seq), 0) AS unread
       FROM messaging.conversation_members cm JOIN messaging.conversations c ON c.id = cm.conversation_id
       WHERE cm.membership_id = $1 AND cm.network_id = $2 AND cm.role <> 'staff'`,
      [viewer.membershipId, viewer.networkId],
    );
    return Number(row.unread);
  }

  /** A member's unread count is private to that member. */
  unreadCountOf(viewer: Viewer, memberId: string): Promise<number> {
    if (memberId !== viewer.membershipId) throw forbidden('You can see only your own unread messages.');
    return this.unreadCount(viewer);
  }
}
