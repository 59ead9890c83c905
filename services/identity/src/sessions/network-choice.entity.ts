import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An account that proved who it is and has several networks to choose from: the ticket that signs it in to one of them. */
@Entity({ name: 'network_choices' })
export class NetworkChoiceEntity {
  /** sha256 of the ticket handed to the browser: a database read gives no usable ticket away. */
  @PrimaryColumn('text', { name: 'ticket_hash' })
  ticketHash: string;

  @Column('uuid', { name: 'account_id' })
  accountId: string;

  /** How the account proved itself; the sign-in is announced with it. */
  @Column('text')
  method: 'password' | 'social';

  @Column({ type: 'timestamptz', name: 'created_at', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'expires_at', precision: 3 })
  expiresAt: Date;

  @Column({ type: 'timestamptz', name: 'used_at', precision: 3, nullable: true })
  usedAt: Date | null;
}
