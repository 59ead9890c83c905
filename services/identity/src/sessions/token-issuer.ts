import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JSONWebKeySet, type JWK } from 'jose';
import type { DataSource } from 'typeorm';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type AccessTokenClaims } from '@kizuna/auth';
import { SigningKeyEntity } from './signing-key.entity';

const ACCESS_TOKEN_TTL = '15m';

/** Signs access tokens with the newest ES256 key and publishes every key as the JWKS. */
export class TokenIssuer {
  private signingKey?: { kid: string; key: CryptoKey };
  private jwks: JSONWebKeySet = { keys: [] };

  constructor(private readonly dataSource: DataSource) {}

  /** Loads the keys, creating the first one if the database has none. */
  async load(): Promise<void> {
    const repository = this.dataSource.getRepository(SigningKeyEntity);
    if ((await repository.count()) === 0) {
      const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
      const kid = randomUUID();
      await repository
        .createQueryBuilder()
        .insert()
        .values({ kid, privateJwk: { ...(await exportJWK(privateKey)) }, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } })
        .orIgnore()
        .execute();
    }
    const keys = await repository.find({ order: { createdAt: 'DESC' } });
    const newest = keys[0];
    this.signingKey = { kid: newest.kid, key: (await importJWK(newest.privateJwk as JWK, 'ES256')) as CryptoKey };
    this.jwks = { keys: keys.map((k) => k.publicJwk as JWK) };
  }

  get keySet(): JSONWebKeySet {
    return this.jwks;
  }

  async issue(claims: AccessTokenClaims): Promise<string> {
    if (!this.signingKey) throw new Error('TokenIssuer.load() must run first');
    const { sub, ...rest } = claims;
    return new SignJWT({ ...rest })
      .setProtectedHeader({ alg: 'ES256', kid: this.signingKey.kid, typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(ACCESS_TOKEN_TTL)
      .sign(this.signingKey.key);
  }
}
