import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One signed-in device: a family of refresh tokens, each replacing the one before. Bound to one
 * membership (switching network moves it); revoking it ends every token of the family.
 */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'account_id' })
  accountId: string;

  @Column('uuid', { name: 'membership_id' })
  membershipId: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent: string | null;

  /** The address the session was last used from. */
  @Column('text', { nullable: true })
  ip: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'last_used_at', precision: 3 })
  lastUsedAt: Date;

  /** The absolute end: no rotation extends a session past it. */
  @Column({ type: 'timestamptz', name: 'expires_at', precision: 3 })
  expiresAt: Date;

  @Column({ type: 'timestamptz', name: 'revoked_at', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column('text', { name: 'revoked_reason', nullable: true })
  revokedReason: string | null;
}

/** One refresh token; only its SHA-256 is stored. Used once: presenting it again is theft. */
@Entity({ name: 'refresh_tokens' })
export class RefreshTokenEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'session_id' })
  sessionId: string;

  @Column('uuid', { name: 'account_id' })
  accountId: string;

  @Column('bytea', { name: 'token_hash' })
  tokenHash: Buffer;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', precision: 3 })
  createdAt: Date;

  /** The sliding end: each rotation's new token gets a fresh one, capped by the session's. */
  @Column({ type: 'timestamptz', name: 'expires_at', precision: 3 })
  expiresAt: Date;

  @Column({ type: 'timestamptz', name: 'used_at', precision: 3, nullable: true })
  usedAt: Date | null;
}

/** A device (the device cookie's id, as sha256) that has signed in to the account with its password. */
@Entity({ name: 'known_devices' })
export class KnownDeviceEntity {
  @PrimaryColumn('uuid', { name: 'account_id' })
  accountId: string;

  @PrimaryColumn('bytea', { name: 'device_hash' })
  deviceHash: Buffer;

  @Column({ type: 'timestamptz', name: 'last_sign_in_at', precision: 3 })
  lastSignInAt: Date;
}
