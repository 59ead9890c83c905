import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ConversationKind = 'direct' | 'network' | 'room';

/**
 * A place messages are posted: two members (direct), a member and the network's staff (network),
 * or a talk room. `lastSeq` numbers its messages 1, 2, 3…, so a reader's unread count is
 * `lastSeq - lastReadSeq` without counting rows.
 */
@Entity({ name: 'conversations' })
export class ConversationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('text')
  kind: ConversationKind;

  /** direct only: the two membership ids, sorted, joined by ':' (one conversation per pair). */
  @Column('text', { name: 'direct_key', nullable: true })
  directKey: string | null;

  /** network only: the member talking with the network's staff. */
  @Column('uuid', { name: 'member_membership_id', nullable: true })
  memberMembershipId: string | null;

  @Column('bigint', { name: 'last_seq', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  lastSeq: number;

  @Column('uuid', { name: 'last_message_id', nullable: true })
  lastMessageId: string | null;

  @Column('timestamptz', { name: 'last_activity_at' })
  lastActivityAt: Date;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}

export function directKey(a: string, b: string): string {
  return [a, b].sort().join(':');
}

/** The members a direct or network conversation is between (rooms: none, they are too many to name). */
export function participantsOf(conversation: Pick<ConversationEntity, 'kind' | 'directKey' | 'memberMembershipId'>): string[] {
  if (conversation.kind === 'direct') return conversation.directKey!.split(':');
  if (conversation.kind === 'network') return [conversation.memberMembershipId!];
  return [];
}
