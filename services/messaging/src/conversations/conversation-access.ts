/**
 * Who may read and post in a conversation: the one place that answers it, used by every query,
 * mutation and reference resolver of the messaging service.
 *
 * `readAccess(db, viewer, conversationId)` returns `null` when the id names no conversation of the
 * viewer's network (another network's id looks exactly like an unknown one), otherwise:
 * - `conversation`: the row; `membership`: the viewer's `conversation_members` row, if any (staff
 *   rows included); `room`: the room row for rooms;
 * - `canView`: may see the conversation itself (room discovery: open rooms, and invite-only rooms
 *   they were invited to, for approved members);
 * - `canRead`: may read its messages; `canPost`: may post (and edit, react); `isModerator`: may
 *   delete others' messages and remove members (rooms only); `postsAsNetwork`: staff answering in a
 *   member's conversation with the network (their messages carry sent_as_network).
 *
 * Rules:
 * - DIRECT: the two participants. A pending viewer only when the other side is staff
 *   (messaging.members.role owner/admin/staff).
 * - NETWORK: the member, and staff holding SEND_BULK_MESSAGES (pending members never as staff).
 * - ROOM: its members (role owner/member); moderators are the room's owner and anyone with
 *   MANAGE_CONTENT, who may read every room of the network. Archived rooms are read-only.
 *   Pending members have no access to rooms.
 * Suspended and rejected viewers never get here: the auth layer refuses them.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { hasPermission, Permission, type Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import { ConversationMemberEntity } from './conversation-member.entity';
import { ConversationEntity, participantsOf } from './conversation.entity';

/** Roles of messaging.members who answer for the network (pending applicants may message them). */
export const STAFF_ROLES: readonly string[] = ['owner', 'admin', 'staff'];

export interface RoomRow {
  conversationId: string;
  name: string;
  visibility: 'open' | 'invite_only';
  createdBy: string | null;
  archivedAt: Date | null;
}

export interface ConversationAccess {
  conversation: ConversationEntity;
  membership: ConversationMemberEntity | null;
  room: RoomRow | null;
  canView: boolean;
  canRead: boolean;
  canPost: boolean;
  isModerator: boolean;
  postsAsNetwork: boolean;
}

type Db = DataSource | EntityManager;

/** Whether the viewer answers members' conversations with the network. */
export function isNetworkStaff(viewer: Viewer): boolean {
  return hasPermission(viewer, Permission.SEND_BULK_MESSAGES);
}

/** Whether the viewer may moderate every room of the network. */
export function isContentModerator(viewer: Viewer): boolean {
  return hasPermission(viewer, Permission.MANAGE_CONTENT);
}

export async function readAccess(db: Db, viewer: Viewer, conversationId: string): Promise<ConversationAccess | null> {
  if (!isUuid(conversationId)) return null;
  const conversation = await db.getRepository(ConversationEntity).findOneBy({ id: conversationId, networkId: viewer.networkId });
  if (!conversation) return null;
  return accessTo(db, viewer, conversation);
}

/** The same answer for a conversation row already loaded (it must be of the viewer's network). */
export async function accessTo(db: Db, viewer: Viewer, conversation: ConversationEntity): Promise<ConversationAccess> {
  const membership = await db.getRepository(ConversationMemberEntity).findOneBy({ conversationId: conversation.id, membershipId: viewer.membershipId });
  const pending = viewer.status !== 'approved';
  const denied: ConversationAccess = {
    conversation,
    membership,
    room: null,
    canView: false,
    canRead: false,
    canPost: false,
    isModerator: false,
    postsAsNetwork: false,
  };
  if (viewer.status !== 'approved' && viewer.status !== 'pending') return denied;

  if (conversation.kind === 'direct') {
    const participants = participantsOf(conversation);
    if (!participants.includes(viewer.membershipId)) return denied;
    if (pending) {
      const other = participants.find((id) => id !== viewer.membershipId) ?? viewer.membershipId;
      const [row]: { role: string }[] = await db.query(`SELECT role FROM messaging.members WHERE membership_id = $1 AND network_id = $2`, [
        other,
        viewer.networkId,
      ]);
      if (!row || !STAFF_ROLES.includes(row.role)) return denied;
    }
    return { ...denied, canView: true, canRead: true, canPost: true };
  }

  if (conversation.kind === 'network') {
    if (conversation.memberMembershipId === viewer.membershipId) return { ...denied, canView: true, canRead: true, canPost: true };
    if (isNetworkStaff(viewer)) return { ...denied, canView: true, canRead: true, canPost: true, postsAsNetwork: true };
    return denied;
  }

  const [room]: { name: string; visibility: 'open' | 'invite_only'; created_by: string | null; archived_at: Date | null; invited: boolean }[] = await db.query(
    `SELECT r.name, r.visibility, r.created_by, r.archived_at,
       EXISTS (SELECT 1 FROM messaging.room_invitations i WHERE i.conversation_id = r.conversation_id AND i.membership_id = $2) AS invited
     FROM messaging.rooms r WHERE r.conversation_id = $1 AND r.network_id = $3`,
    [conversation.id, viewer.membershipId, viewer.networkId],
  );
  if (!room || pending) return denied;
  const roomRow: RoomRow = {
    conversationId: conversation.id,
    name: room.name,
    visibility: room.visibility,
    createdBy: room.created_by,
    archivedAt: room.archived_at,
  };
  const isMember = membership !== null && membership.role !== 'staff';
  const isModerator = membership?.role === 'owner' || isContentModerator(viewer);
  const canRead = isMember || isModerator;
  return {
    ...denied,
    room: roomRow,
    canView: canRead || room.visibility === 'open' || room.invited,
    canRead,
    canPost: isMember && room.archived_at === null,
    isModerator,
  };
}
