import { identityFromClaims, oidcProvidersSetting } from './provider-config';

const line = {
  id: 'line',
  name: 'LINE',
  issuer: 'https://access.line.me',
  clientId: '1650000000',
  clientSecret: 'channel-secret',
  emailAlwaysVerified: true,
};
const facebook = {
  id: 'facebook',
  name: 'Facebook',
  issuer: 'https://www.facebook.com',
  oauth2: {
    authorizationEndpoint: 'https://www.facebook.com/v19.0/dialog/oauth',
    tokenEndpoint: 'https://graph.facebook.com/v19.0/oauth/access_token',
    userinfoEndpoint: 'https://graph.facebook.com/me?fields=id,name,email,picture',
  },
  clientId: 'app-id',
  clientSecret: 'app-secret',
  scopes: ['email', 'public_profile'],
  claims: { subject: 'id', picture: 'picture.data.url' },
};

describe('OIDC_PROVIDERS', () => {
  it('reads OpenID Connect and OAuth-2-only providers with defaults', () => {
    const [parsedLine, parsedFacebook] = oidcProvidersSetting.parse(JSON.stringify([line, facebook]));
    expect(parsedLine).toMatchObject({
      id: 'line',
      scopes: ['openid', 'profile', 'email'],
      claims: { subject: 'sub', email: 'email' },
      authorizationParams: {},
    });
    expect(parsedFacebook.claims).toEqual({
      subject: 'id',
      name: 'name',
      givenName: 'given_name',
      familyName: 'family_name',
      email: 'email',
      emailVerified: 'email_verified',
      picture: 'picture.data.url',
    });
  });

  it('is empty when unset', () => {
    expect(oidcProvidersSetting.parse(undefined)).toEqual([]);
  });

  it.each([
    ['not JSON', '[{'],
    ['a duplicate id', JSON.stringify([line, line])],
    ['an OpenID Connect provider without the openid scope', JSON.stringify([{ ...line, scopes: ['profile'] }])],
    ['an id with capitals', JSON.stringify([{ ...line, id: 'LINE' }])],
    ['a missing client secret', JSON.stringify([{ ...line, clientSecret: '' }])],
    ['an unknown token endpoint authentication', JSON.stringify([{ ...line, tokenEndpointAuthMethod: 'private_key_jwt' }])],
    ['an empty list of claim paths', JSON.stringify([{ ...line, claims: { email: [] } }])],
  ])('refuses %s', (_what, value) => {
    expect(oidcProvidersSetting.safeParse(value).success).toBe(false);
  });
});

describe("reading a provider's claims", () => {
  const [lineConfig, facebookConfig] = oidcProvidersSetting.parse(JSON.stringify([line, facebook]));

  it("takes LINE's e-mail as verified (LINE only hands out verified addresses) and lower-cases it", () => {
    expect(
      identityFromClaims({ sub: 'U4af49806', name: '山田 太郎', email: 'Taro@Example.JP', picture: 'https://profile.line-scdn.net/x' }, lineConfig),
    ).toEqual({
      subject: 'U4af49806',
      displayName: '山田 太郎',
      email: 'taro@example.jp',
      emailVerified: true,
      pictureUrl: 'https://profile.line-scdn.net/x',
    });
  });

  it('follows dotted paths and trusts no e-mail a provider did not verify', () => {
    const identity = identityFromClaims(
      { id: 10220000, name: 'Emily', email: 'emily@example.com', picture: { data: { url: 'https://fb.example/p.jpg' } } },
      facebookConfig,
    );
    expect(identity).toEqual({
      subject: '10220000',
      displayName: 'Emily',
      email: 'emily@example.com',
      emailVerified: false,
      pictureUrl: 'https://fb.example/p.jpg',
    });
  });

  it('has no verified e-mail without an e-mail', () => {
    expect(identityFromClaims({ sub: 'U1', name: 'No Mail' }, lineConfig)).toMatchObject({ email: null, emailVerified: false });
  });

  it('tries several paths in order and ignores a sign-in name that is not an e-mail address (Microsoft)', () => {
    const [microsoft] = oidcProvidersSetting.parse(
      JSON.stringify([
        {
          id: 'microsoft',
          name: 'Microsoft',
          issuer: 'https://login.microsoftonline.com/tenant/v2.0',
          clientId: 'a',
          clientSecret: 'b',
          claims: { email: ['email', 'preferred_username'] },
        },
      ]),
    );
    expect(identityFromClaims({ sub: 'm1', name: 'Aiko Ueda', preferred_username: 'Aiko.Ueda@Contoso.example' }, microsoft)).toMatchObject({
      email: 'aiko.ueda@contoso.example',
      emailVerified: false,
    });
    expect(identityFromClaims({ sub: 'm1', email: 'aiko@home.example', preferred_username: 'aiko@contoso.example' }, microsoft).email).toBe(
      'aiko@home.example',
    );
    expect(identityFromClaims({ sub: 'm2', preferred_username: '+81 90 1234 5678' }, microsoft).email).toBeNull();
  });

  it('reads Apple\'s string "true", and its name only from the unsigned profile, never its e-mail', () => {
    const [apple] = oidcProvidersSetting.parse(
      JSON.stringify([
        {
          id: 'apple',
          name: 'Apple',
          issuer: 'https://appleid.apple.com',
          clientId: 'a',
          clientSecret: 'b',
          scopes: ['openid', 'name', 'email'],
          callbackProfileParameter: 'user',
          claims: { givenName: 'user.name.firstName', familyName: 'user.name.lastName' },
        },
      ]),
    );
    const idToken = { sub: '001234.abcd', email: 'kumi@privaterelay.example', email_verified: 'true' };
    expect(identityFromClaims(idToken, apple, { name: { firstName: 'Kumi', lastName: 'Abe' }, email: 'someone.else@example.com' })).toEqual({
      subject: '001234.abcd',
      displayName: 'Kumi Abe',
      email: 'kumi@privaterelay.example',
      emailVerified: true,
      pictureUrl: null,
    });
    expect(identityFromClaims({ ...idToken, email_verified: 'false' }, apple)).toMatchObject({ displayName: null, emailVerified: false });
    // Without the parameter configured, a profile handed in is not read.
    expect(identityFromClaims(idToken, { ...apple, callbackProfileParameter: undefined }, { name: { firstName: 'X' } }).displayName).toBeNull();
  });

  it('refuses claims without a subject', () => {
    expect(() => identityFromClaims({ name: 'Nobody' }, lineConfig)).toThrow('line gave no subject');
  });
});
