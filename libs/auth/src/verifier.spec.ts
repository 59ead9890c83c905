import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { AuthenticationError, createTokenVerifier, localKeySet } from './verifier';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './viewer';

describe('access token verification', () => {
  let privateKey: CryptoKey;
  let verifier: ReturnType<typeof createTokenVerifier>;
  const claims = { mid: '11111111-1111-4111-8111-111111111111', nid: '22222222-2222-4222-8222-222222222222', role: 'member', status: 'approved' };

  const sign = (
    overrides: {
      key?: CryptoKey;
      issuer?: string;
      expiresAt?: number;
      withoutExpiry?: boolean;
      withoutIssuedAt?: boolean;
      extra?: Record<string, unknown>;
    } = {},
  ) => {
    const jwt = new SignJWT({ ...claims, ...overrides.extra })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('33333333-3333-4333-8333-333333333333')
      .setIssuer(overrides.issuer ?? ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE);
    if (!overrides.withoutIssuedAt) jwt.setIssuedAt();
    if (!overrides.withoutExpiry) jwt.setExpirationTime(overrides.expiresAt ?? '5m');
    return jwt.sign(overrides.key ?? privateKey);
  };

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    verifier = createTokenVerifier(localKeySet({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' }] }));
  });

  it('turns a valid token into the viewer', async () => {
    await expect(verifier.fromAuthorizationHeader(`Bearer ${await sign()}`)).resolves.toEqual({
      accountId: '33333333-3333-4333-8333-333333333333',
      membershipId: claims.mid,
      networkId: claims.nid,
      role: 'member',
      status: 'approved',
    });
  });

  it('treats a missing header as anonymous', async () => {
    await expect(verifier.fromAuthorizationHeader(undefined)).resolves.toBeUndefined();
  });

  it('rejects expired, foreign, forged and malformed tokens', async () => {
    const other = await generateKeyPair('ES256');
    await expect(verifier.verify(await sign({ expiresAt: Math.floor(Date.now() / 1000) - 10 }))).rejects.toThrow('Access token has expired');
    await expect(verifier.verify(await sign({ key: other.privateKey }))).rejects.toThrow(AuthenticationError);
    await expect(verifier.verify(await sign({ issuer: 'someone-else' }))).rejects.toThrow(AuthenticationError);
    await expect(verifier.verify(await sign({ extra: { role: 'superuser' } }))).rejects.toThrow('missing Kizuna claims');
    await expect(verifier.fromAuthorizationHeader('Basic abc')).rejects.toThrow(/Bearer/);
  });

  it('refuses a correctly signed token that never expires or does not say when it was issued', async () => {
    await expect(verifier.verify(await sign({ withoutExpiry: true }))).rejects.toThrow('Access token is invalid');
    await expect(verifier.verify(await sign({ withoutIssuedAt: true }))).rejects.toThrow('Access token is invalid');
  });
});
