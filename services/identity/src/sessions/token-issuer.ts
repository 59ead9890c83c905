import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JSONWebKeySet, type JWK, type JWTVerifyGetKey } from 'jose';
import { type DataSource, type EntityManager } from 'typeorm';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type AccessTokenClaims } from '@kizuna/auth';
import { permissionsForToken } from '../roles/permissions';
import { SigningKeyEntity } from './signing-key.entity';

export interface SigningKeyPolicy {
  /** Lifetime of an access token. */
  accessTokenTtlSeconds: number;
  /** A key older than this gets a successor automatically; 0 turns automatic rotation off. */
  rotationDays: number;
  /** How long a new key is published before it signs: longer than any verifier caches the key set. */
  publishAheadSeconds: number;
  /** Verifiers' clocks may differ this much from the signer's: a key stays published this much longer. */
  clockLeewaySeconds?: number;
}

export const DEFAULT_SIGNING_KEY_POLICY: SigningKeyPolicy = { accessTokenTtlSeconds: 900, rotationDays: 30, publishAheadSeconds: 900, clockLeewaySeconds: 60 };
const DAY_MS = 86_400_000;

interface LoadedKey {
  kid: string;
  activatesAt: Date;
  privateKey: CryptoKey;
}

export interface KeyRotation {
  kid: string;
  activatesAt: Date;
  /** Keys deleted at once (an immediate rotation after a key leaked). */
  retired: string[];
}

/**
 * Signs access tokens with the current ES256 key and publishes every key that still matters as
 * the JWKS: the next key ahead of its activation, and previous keys until every token they signed
 * has expired. Keys live in `identity.signing_keys`, shared by every identity instance; each
 * instance reloads them periodically and one of them (under an advisory lock) rotates by age and
 * retires old keys.
 */
export class TokenIssuer {
  private keys: LoadedKey[] = [];
  private jwks: JSONWebKeySet = { keys: [] };
  private localKeys: JWTVerifyGetKey = createLocalJWKSet({ keys: [] });
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    readonly policy: SigningKeyPolicy = DEFAULT_SIGNING_KEY_POLICY,
  ) {}

  /** Creates the first key when there is none, rotates by age, retires expired keys, then loads them. */
  async load(): Promise<void> {
    await this.maintain();
    const rows = await this.dataSource.getRepository(SigningKeyEntity).find({ order: { activatesAt: 'ASC', createdAt: 'ASC' } });
    this.keys = await Promise.all(
      rows.map(async (row) => ({ kid: row.kid, activatesAt: row.activatesAt, privateKey: (await importJWK(row.privateJwk as JWK, 'ES256')) as CryptoKey })),
    );
    const jwks = { keys: rows.map((row) => row.publicJwk as JWK) };
    if (JSON.stringify(jwks) !== JSON.stringify(this.jwks)) {
      this.jwks = jwks;
      this.localKeys = createLocalJWKSet(jwks);
    }
  }

  /** Reloads the keys every `intervalMs` (errors go to `onError`; the keys loaded last stay in use). */
  startReloading(intervalMs: number, onError: (error: unknown) => void): void {
    this.timer = setInterval(() => void this.load().catch(onError), intervalMs);
    this.timer.unref();
  }

  stopReloading(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** The published key set: current, next and not yet retired previous keys. */
  get keySet(): JSONWebKeySet {
    return this.jwks;
  }

  /** Verifies with the keys as loaded now (identity checks its own tokens without HTTP). */
  readonly keyResolver: JWTVerifyGetKey = (header, token) => this.localKeys(header, token);

  /** The key that signs now: the newest whose activation has come. */
  get currentKid(): string | undefined {
    return this.signingKey()?.kid;
  }

  async issue(claims: AccessTokenClaims): Promise<string> {
    const key = this.signingKey();
    if (!key) throw new Error('TokenIssuer.load() must run first');
    // Every service checks permissions from the token (`perms`), so each token states the current set.
    const perms = claims.perms ?? (await permissionsForToken(this.dataSource.manager, claims.mid, claims.role));
    const { sub, ...rest } = { ...claims, perms };
    return new SignJWT({ ...rest })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + this.policy.accessTokenTtlSeconds)
      .sign(key.privateKey);
  }

  /**
   * Adds a successor key, published now and signing after `publishAheadSeconds`: nobody is signed
   * out. `immediately` (a key leaked) signs with it at once and deletes every other key, so
   * tokens signed before stop working; web clients then renew with their refresh cookie.
   */
  async rotate(options: { immediately?: boolean } = {}): Promise<KeyRotation> {
    const rotation = await this.dataSource.transaction(async (manager) => {
      await lockKeys(manager);
      const activatesAt = new Date(Date.now() + (options.immediately ? 0 : this.policy.publishAheadSeconds * 1000));
      const kid = await insertKey(manager, activatesAt);
      let retired: string[] = [];
      if (options.immediately) {
        const others = await manager.find(SigningKeyEntity, { select: { kid: true } });
        retired = others.map((k) => k.kid).filter((k) => k !== kid);
        if (retired.length > 0) await manager.delete(SigningKeyEntity, retired);
      }
      return { kid, activatesAt, retired };
    });
    await this.load();
    return rotation;
  }

  private signingKey(now = Date.now()): LoadedKey | undefined {
    let current: LoadedKey | undefined;
    for (const key of this.keys) if (key.activatesAt.getTime() <= now) current = key;
    // Before the first activation (clocks of instances differ a little) the earliest key signs.
    return current ?? this.keys[0];
  }

  /** First key, rotation by age and retirement, done by one instance at a time. */
  private async maintain(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockKeys(manager);
      const now = Date.now();
      const keys = await manager.find(SigningKeyEntity, { order: { activatesAt: 'ASC', createdAt: 'ASC' } });
      if (keys.length === 0) {
        await insertKey(manager, new Date(now));
        return;
      }
      const newest = keys[keys.length - 1];
      if (this.policy.rotationDays > 0 && newest.activatesAt.getTime() <= now && now - newest.activatesAt.getTime() >= this.policy.rotationDays * DAY_MS) {
        await insertKey(manager, new Date(now + this.policy.publishAheadSeconds * 1000));
      }
      // A key is retired once its successor has signed for longer than an access token lives.
      const tokenLifetimeMs = (this.policy.accessTokenTtlSeconds + (this.policy.clockLeewaySeconds ?? 60)) * 1000;
      const retired = keys.filter((key, i) => {
        const successor = keys[i + 1];
        return successor !== undefined && successor.activatesAt.getTime() + tokenLifetimeMs < now;
      });
      if (retired.length > 0)
        await manager.delete(
          SigningKeyEntity,
          retired.map((k) => k.kid),
        );
    });
  }
}

async function lockKeys(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('identity.signing_keys'))`);
}

async function insertKey(manager: EntityManager, activatesAt: Date): Promise<string> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = randomUUID();
  await manager.insert(SigningKeyEntity, {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)) },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
    activatesAt,
  });
  return kid;
}
