import type { DataSource, EntityManager } from 'typeorm';
import { type DeletedMember, type PersonalDataHolder, type PersonalDataOwner } from '@kizuna/subgraph';

export class MessagingPrivacyService implements PersonalDataHolder {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * What this service holds about the viewer, in every network of their account: their
   * conversations with their read positions, the rooms they belong to, the messages they sent
   * and their reactions.
   */
  async exportFor({ membershipIds: ids }: PersonalDataOwner): Promise<Record<string, unknown>> {
    const [memberships, conversations, rooms, sent, reactions, bulkMessagesReceived] = await Promise.all([
      this.dataSource.query(
        `SELECT membership_id AS "memberId", network_id AS "networkId", role, status, display_name AS "displayName", profile FROM messaging.members WHERE membership_id = ANY($1::uuid[])`,
        [ids],
      ),
      this.dataSource.query(
        `SELECT c.id, c.network_id AS "networkId", c.kind, cm.membership_id AS "memberId", cm.role, cm.joined_at AS "joinedAt",
           cm.last_read_seq::int AS "lastReadSeq", cm.last_read_at AS "lastReadAt"
         FROM messaging.conversation_members cm JOIN messaging.conversations c ON c.id = cm.conversation_id
         WHERE cm.membership_id = ANY($1::uuid[]) ORDER BY cm.joined_at`,
        [ids],
      ),
      this.dataSource.query(
        `SELECT r.conversation_id AS "conversationId", r.network_id AS "networkId", r.name, cm.role, cm.joined_at AS "joinedAt"
         FROM messaging.conversation_members cm JOIN messaging.rooms r ON r.conversation_id = cm.conversation_id
         WHERE cm.membership_id = ANY($1::uuid[]) ORDER BY cm.joined_at`,
        [ids],
      ),
      this.dataSource.query(
        `SELECT id, conversation_id AS "conversationId", network_id AS "networkId", body, created_at AS "sentAt", edited_at AS "editedAt", deleted_at AS "deletedAt"
         FROM messaging.messages WHERE sender_membership_id = ANY($1::uuid[]) ORDER BY created_at, seq`,
        [ids],
      ),
      this.dataSource.query(
        `SELECT message_id AS "messageId", network_id AS "networkId", emoji, created_at AS "reactedAt" FROM messaging.message_reactions WHERE membership_id = ANY($1::uuid[]) ORDER BY created_at`,
        [ids],
      ),
      this.dataSource.query(
        `SELECT bulk_message_id AS "bulkMessageId", network_id AS "networkId", status, delivered_at AS "deliveredAt", opened_at AS "openedAt"
         FROM messaging.bulk_recipients WHERE membership_id = ANY($1::uuid[]) ORDER BY delivered_at`,
        [ids],
      ),
    ]);
    return { memberships, conversations, rooms, messagesSent: sent, reactions, bulkMessagesReceived };
  }

  /**
   * A deleted member's conversation with the network goes; the messages they sent elsewhere stay
   * with the others, from no one; their reactions, mentions, memberships, read positions and
   * invitations go, and so does the record of which bulk messages and auto-replies reached them
   * (their direct conversations remain for the other person). A redelivery changes nothing.
   */
  async eraseFor(manager: EntityManager, { membershipId, networkId }: DeletedMember): Promise<void> {
    const params = [membershipId, networkId];
    await manager.query(`DELETE FROM messaging.conversations WHERE member_membership_id = $1 AND network_id = $2 AND kind = 'network'`, params);
    await manager.query(`UPDATE messaging.messages SET sender_membership_id = NULL WHERE sender_membership_id = $1 AND network_id = $2`, params);
    await manager.query(`UPDATE messaging.messages SET mentions = array_remove(mentions, $1::uuid) WHERE network_id = $2 AND $1::uuid = ANY(mentions)`, params);
    await manager.query(`DELETE FROM messaging.message_reactions WHERE membership_id = $1 AND network_id = $2`, params);
    // Rooms count their members: the rows about to go are counted out first (once: they are gone after).
    await manager.query(
      `UPDATE messaging.rooms r SET member_count = greatest(r.member_count - 1, 0)
       FROM messaging.conversation_members cm
       WHERE cm.conversation_id = r.conversation_id AND cm.membership_id = $1 AND cm.network_id = $2 AND cm.role <> 'staff'`,
      params,
    );
    await manager.query(`DELETE FROM messaging.conversation_members WHERE membership_id = $1 AND network_id = $2`, params);
    await manager.query(`DELETE FROM messaging.room_invitations WHERE membership_id = $1 AND network_id = $2`, params);
    await manager.query(`DELETE FROM messaging.bulk_recipients WHERE membership_id = $1 AND network_id = $2`, params);
    await manager.query(`DELETE FROM messaging.auto_reply_deliveries WHERE membership_id = $1 AND network_id = $2`, params);
    await manager.query(`DELETE FROM messaging.members WHERE membership_id = $1 AND network_id = $2`, params);
  }
}
