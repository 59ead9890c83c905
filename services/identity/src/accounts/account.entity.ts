import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One person: signs in once, may belong to several networks. */
@Entity({ name: 'accounts' })
export class AccountEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Stored lower-cased; unique across Kizuna. */
  @Column('text', { unique: true })
  email: string;

  /** Null for accounts that sign in only through a linked login (LINE, Google, …). */
  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash: string | null;

  @Column('text', { name: 'display_name' })
  displayName: string;

  /** When the person proved they receive mail at `email`; null until then. */
  @Column('timestamptz', { name: 'email_verified_at', nullable: true })
  emailVerifiedAt: Date | null;

  /** An address the person asked to change to; it replaces `email` only once confirmed from that mailbox. */
  @Column('text', { name: 'pending_email', nullable: true })
  pendingEmail: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
