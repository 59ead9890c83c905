import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A login at an outside provider (LINE, Google, …) that signs in to one account. */
@Entity({ name: 'linked_logins' })
export class LinkedLoginEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'account_id' })
  accountId: string;

  /** The configured provider id, e.g. `line`. */
  @Column('text')
  provider: string;

  /** The provider's stable id of the person (`sub`). */
  @Column('text')
  subject: string;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { name: 'display_name', nullable: true })
  displayName: string | null;

  @Column('timestamptz', { name: 'linked_at' })
  linkedAt: Date;

  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  lastUsedAt: Date | null;
}

export type FlowIntent = 'sign-in' | 'sign-up' | 'link';

/** One authorization request in progress: what the callback checks (state, nonce, PKCE). */
@Entity({ name: 'oidc_flows' })
export class OidcFlowEntity {
  /** sha256 of the state sent to the provider: a database read does not give usable states away. */
  @PrimaryColumn('text', { name: 'state_hash' })
  stateHash: string;

  @Column('text')
  provider: string;

  @Column('text')
  intent: FlowIntent;

  @Column('uuid', { name: 'network_id', nullable: true })
  networkId: string | null;

  /** The signed-in account a login is being linked to (intent `link`). */
  @Column('uuid', { name: 'account_id', nullable: true })
  accountId: string | null;

  @Column('text', { name: 'code_verifier' })
  codeVerifier: string;

  @Column('text')
  nonce: string;

  /** sha256 of the random value in the starting browser's cookie: only that browser can finish a sign-in. */
  @Column('text', { name: 'browser_binding_hash', nullable: true })
  browserBindingHash: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;
}

export type TicketPurpose = 'sign-up' | 'link';

/**
 * What a provider told us about a person, kept until they finish: `register` redeems a sign-up
 * ticket once; a link ticket is redeemed once by its own account (`completeLoginLink`).
 */
@Entity({ name: 'social_signup_tickets' })
export class SocialSignupTicketEntity {
  @PrimaryColumn('text', { name: 'ticket_hash' })
  ticketHash: string;

  @Column('text')
  purpose: TicketPurpose;

  @Column('text')
  provider: string;

  @Column('text')
  subject: string;

  @Column('uuid', { name: 'network_id' })
  networkId: string;

  /** Link: the account to link to. Sign-up: set when the login's account is joining another network. */
  @Column('uuid', { name: 'account_id', nullable: true })
  accountId: string | null;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('boolean', { name: 'email_verified' })
  emailVerified: boolean;

  @Column('text', { name: 'display_name', nullable: true })
  displayName: string | null;

  @Column('text', { name: 'picture_url', nullable: true })
  pictureUrl: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;
}
