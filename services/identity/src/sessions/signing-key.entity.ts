import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An ES256 key pair. Published in the JWKS from creation, it signs from `activatesAt` (so every
 * verifier has it before the first token it signs) and is deleted once the tokens it signed
 * have all expired.
 */
@Entity({ name: 'signing_keys' })
export class SigningKeyEntity {
  @PrimaryColumn('text')
  kid: string;

  @Column('jsonb', { name: 'private_jwk' })
  privateJwk: Record<string, unknown>;

  @Column('jsonb', { name: 'public_jwk' })
  publicJwk: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'activates_at', precision: 3 })
  activatesAt: Date;
}
