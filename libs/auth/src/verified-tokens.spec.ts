import { generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { AuthenticationError, createTokenVerifier, type TokenVerifier } from './verifier';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type Viewer } from './viewer';
import { rememberVerifiedTokens, tokenExpiresAt } from './verified-tokens';

const claims = { mid: '7d2f7a5e-7c4a-4b38-9a55-0a4f5e8b1c01', nid: '1b0f7a5e-7c4a-4b38-9a55-0a4f5e8b1c02', role: 'member', status: 'approved' };

async function sign(key: CryptoKey, expiresAt: number): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject('0c0f7a5e-7c4a-4b38-9a55-0a4f5e8b1c03')
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(key);
}

describe('remembered token verification', () => {
  let privateKey: CryptoKey;
  let counting: TokenVerifier & { calls: number };

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    const real = createTokenVerifier(async () => pair.publicKey);
    counting = {
      calls: 0,
      verify(token: string): Promise<Viewer> {
        counting.calls += 1;
        return real.verify(token);
      },
      fromAuthorizationHeader: real.fromAuthorizationHeader,
    };
  });

  beforeEach(() => {
    counting.calls = 0;
  });

  it('verifies a token once while it is valid', async () => {
    const verifier = rememberVerifiedTokens(counting);
    const token = await sign(privateKey, Math.floor(Date.now() / 1000) + 600);
    const first = await verifier.fromAuthorizationHeader(`Bearer ${token}`);
    const second = await verifier.verify(token);
    expect(first).toEqual(second);
    expect(first).toMatchObject({ membershipId: claims.mid, networkId: claims.nid, role: 'member', status: 'approved' });
    expect(counting.calls).toBe(1);
    expect(tokenExpiresAt(token)).toBeGreaterThan(Date.now());
  });

  it('asks the verifier again once the token expiry has passed', async () => {
    let now = Date.now();
    const verifier = rememberVerifiedTokens(counting, { now: () => now });
    const token = await sign(privateKey, Math.floor(Date.now() / 1000) + 2);
    await verifier.verify(token);
    now += 3000;
    await verifier.verify(token).catch(() => undefined); // whatever it says now, it is asked
    expect(counting.calls).toBe(2);
  });

  it('never remembers a failure, and a changed token is a different token', async () => {
    const verifier = rememberVerifiedTokens(counting);
    const token = await sign(privateKey, Math.floor(Date.now() / 1000) + 600);
    await verifier.verify(token);
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'owner' })).toString('base64url')}.${signature}`;
    await expect(verifier.verify(forged)).rejects.toBeInstanceOf(AuthenticationError);
    await expect(verifier.verify(forged)).rejects.toBeInstanceOf(AuthenticationError);
    expect(counting.calls).toBe(3);
    await expect(verifier.fromAuthorizationHeader('Basic abc')).rejects.toBeInstanceOf(AuthenticationError);
    await expect(verifier.fromAuthorizationHeader(undefined)).resolves.toBeUndefined();
  });

  it('keeps at most `max` tokens', async () => {
    const verifier = rememberVerifiedTokens(counting, { max: 2 });
    const tokens = await Promise.all([601, 602, 603].map((s) => sign(privateKey, Math.floor(Date.now() / 1000) + s)));
    for (const token of tokens) await verifier.verify(token);
    await verifier.verify(tokens[2]);
    await verifier.verify(tokens[0]); // evicted: verified again
    expect(counting.calls).toBe(4);
  });
});
