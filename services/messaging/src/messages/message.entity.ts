import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One message in a conversation, numbered by `seq` within it. A deleted message keeps its place with an empty body. */
@Entity({ name: 'messages' })
export class MessageEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'conversation_id' })
  conversationId: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq: number;

  /** null: sent by the network itself (bulk message, auto-reply), or by an account since deleted. */
  @Column('uuid', { name: 'sender_membership_id', nullable: true })
  senderMembershipId: string | null;

  /** Staff answering in a network conversation speak for the network. */
  @Column('boolean', { name: 'sent_as_network' })
  sentAsNetwork: boolean;

  @Column('text', { name: 'client_message_id', nullable: true })
  clientMessageId: string | null;

  @Column('text')
  body: string;

  @Column('uuid', { array: true })
  mentions: string[];

  @Column('text', { array: true })
  links: string[];

  @Column('uuid', { name: 'reply_to_message_id', nullable: true })
  replyToMessageId: string | null;

  @Column('uuid', { name: 'bulk_message_id', nullable: true })
  bulkMessageId: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt: Date | null;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt: Date | null;

  @Column('uuid', { name: 'deleted_by', nullable: true })
  deletedBy: string | null;
}
