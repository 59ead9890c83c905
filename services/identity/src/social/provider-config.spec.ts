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
    expect(parsedLine).toMatchObject({ id: 'line', scopes: ['openid', 'profile', 'email'], claims: { subject: 'sub', email: 'email' }, authorizationParams: {} });
    expect(parsedFacebook.claims).toEqual({ subject: 'id', name: 'name', email: 'email', emailVerified: 'email_verified', picture: 'picture.data.url' });
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
  ])('refuses %s', (_what, value) => {
    expect(oidcProvidersSetting.safeParse(value).success).toBe(false);
  });
});

describe('reading a provider\'s claims', () => {
  const [lineConfig, facebookConfig] = oidcProvidersSetting.parse(JSON.stringify([line, facebook]));

  it('takes LINE\'s e-mail as verified (LINE only hands out verified addresses) and lower-cases it', () => {
    expect(identityFromClaims({ sub: 'U4af49806', name: '山田 太郎', email: 'Taro@Example.JP', picture: 'https://profile.line-scdn.net/x' }, lineConfig)).toEqual({
      subject: 'U4af49806',
      displayName: '山田 太郎',
      email: 'taro@example.jp',
      emailVerified: true,
      pictureUrl: 'https://profile.line-scdn.net/x',
    });
  });

  it('follows dotted paths and trusts no e-mail a provider did not verify', () => {
    const identity = identityFromClaims({ id: 10220000, name: 'Emily', email: 'emily@example.com', picture: { data: { url: 'https://fb.example/p.jpg' } } }, facebookConfig);
    expect(identity).toEqual({ subject: '10220000', displayName: 'Emily', email: 'emily@example.com', emailVerified: false, pictureUrl: 'https://fb.example/p.jpg' });
  });

  it('has no verified e-mail without an e-mail', () => {
    expect(identityFromClaims({ sub: 'U1', name: 'No Mail' }, lineConfig)).toMatchObject({ email: null, emailVerified: false });
  });

  it('refuses claims without a subject', () => {
    expect(() => identityFromClaims({ name: 'Nobody' }, lineConfig)).toThrow('line gave no subject');
  });
});
