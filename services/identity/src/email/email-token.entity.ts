import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type EmailTokenPurpose = 'verify-email' | 'reset-password' | 'change-email';

/** A link sent by e-mail: single use, expiring, stored as a sha256 of the token. */
@Entity({ name: 'email_tokens' })
export class EmailTokenEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'account_id' })
  accountId: string;

  @Column('text')
  purpose: EmailTokenPurpose;

  @Column('text', { name: 'token_hash', unique: true })
  tokenHash: string;

  /** The address the link was sent to: verifying proves this address, a change moves the account to it. */
  @Column('text')
  email: string;

  /** The network the person was in when asking (language of the mail, where to sign in afterwards). */
  @Column('uuid', { name: 'network_id', nullable: true })
  networkId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;
}
