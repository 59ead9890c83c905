import { ConfigurationError, DEFAULT_SUPERGRAPH_PATH, readSettings } from './settings';

const base = { JWKS_URL: 'http://127.0.0.1:4101/.well-known/jwks.json', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/kizuna' };

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    readSettings(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('gateway settings', () => {
  it('has defaults for everything but the JWKS URL and the transport', () => {
    const settings = readSettings(base);
    expect(settings).toMatchObject({
      PORT: 4000,
      KAFKA_BROKERS: [],
      TOPIC_PREFIX: '',
      LOG_LEVEL: 'info',
      SUPERGRAPH_PATH: DEFAULT_SUPERGRAPH_PATH,
      subgraphUrls: {},
    });
    expect(DEFAULT_SUPERGRAPH_PATH).toMatch(/gateway\/supergraph\.graphql$/);
  });

  it('needs JWKS_URL, and DATABASE_URL only without Kafka', () => {
    expect(problems({})).toEqual([
      expect.stringMatching(/^JWKS_URL is required/),
      expect.stringMatching(/^DATABASE_URL is required .*embedded event transport/),
    ]);
    expect(problems({ JWKS_URL: base.JWKS_URL, KAFKA_BROKERS: '127.0.0.1:9092' })).toEqual([]);
    expect(problems({ JWKS_URL: base.JWKS_URL, KAFKA_BROKERS: '', DATABASE_URL: '' })).toEqual([expect.stringMatching(/^DATABASE_URL is required/)]);
    expect(readSettings({ JWKS_URL: base.JWKS_URL, KAFKA_BROKERS: 'a:9092, b:9092' }).KAFKA_BROKERS).toEqual(['a:9092', 'b:9092']);
  });

  it('names each invalid setting', () => {
    expect(problems({ ...base, PORT: 'eighty', JWKS_URL: 'not a url', LOG_LEVEL: 'loud', SUBGRAPH_IDENTITY_URL: 'identity:4101' })).toEqual([
      expect.stringMatching(/^PORT is invalid/),
      expect.stringMatching(/^JWKS_URL is invalid/),
      expect.stringMatching(/^LOG_LEVEL is invalid/),
      expect.stringMatching(/^SUBGRAPH_IDENTITY_URL is invalid/),
    ]);
  });

  it('reads the demand-control limits, with defaults the web client fits in', () => {
    expect(readSettings(base)).toMatchObject({
      DEMAND_MAX_TOKENS: 5000,
      DEMAND_MAX_DEPTH: 15,
      DEMAND_MAX_ALIASES: 30,
      DEMAND_MAX_ROOT_FIELDS: 20,
      DEMAND_DEFAULT_LIST_SIZE: 10,
      DEMAND_COST_BUDGET_ANONYMOUS: 250,
      DEMAND_COST_BUDGET_MEMBER: 2000,
      DEMAND_COST_BUDGET_ADMIN: 10000,
    });
    expect(readSettings({ ...base, DEMAND_MAX_ALIASES: '0', DEMAND_COST_BUDGET_MEMBER: '500' })).toMatchObject({
      DEMAND_MAX_ALIASES: 0,
      DEMAND_COST_BUDGET_MEMBER: 500,
    });
    expect(problems({ ...base, DEMAND_MAX_DEPTH: '0', DEMAND_COST_BUDGET_ADMIN: 'lots' })).toEqual([
      expect.stringMatching(/^DEMAND_MAX_DEPTH is invalid/),
      expect.stringMatching(/^DEMAND_COST_BUDGET_ADMIN is invalid/),
    ]);
  });

  it('needs a GATEWAY_SECRET of at least 32 characters in production, and reads the server limits', () => {
    expect(problems({ ...base, NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^GATEWAY_SECRET is required in production/)]);
    expect(problems({ ...base, GATEWAY_SECRET: 'short' })).toEqual([expect.stringMatching(/^GATEWAY_SECRET is invalid/)]);
    expect(problems({ ...base, NODE_ENV: 'production', GATEWAY_SECRET: 's'.repeat(32) })).toEqual([]);
    expect(readSettings(base)).toMatchObject({
      HTTP_HEADERS_TIMEOUT_MS: 20_000,
      HTTP_REQUEST_TIMEOUT_MS: 30_000,
      HTTP_KEEP_ALIVE_TIMEOUT_MS: 65_000,
      HTTP_MAX_CONNECTIONS: 10_000,
    });
    expect(problems({ ...base, HTTP_REQUEST_TIMEOUT_MS: 'soon' })).toEqual([expect.stringMatching(/^HTTP_REQUEST_TIMEOUT_MS is invalid/)]);
  });

  it('reads routing URL overrides per subgraph', () => {
    const settings = readSettings({
      ...base,
      SUBGRAPH_IDENTITY_URL: 'http://identity:4101/graphql',
      SUBGRAPH_NOTIFICATION_URL: 'http://n/graphql',
      SUBGRAPH_EMPTY_URL: '',
    });
    expect(settings.subgraphUrls).toEqual({ identity: 'http://identity:4101/graphql', notification: 'http://n/graphql' });
  });

  it('trusts no proxy unless told, and names a bad entry of TRUSTED_PROXIES', () => {
    expect(readSettings(base).TRUSTED_PROXIES).toEqual([]);
    expect(readSettings({ ...base, TRUSTED_PROXIES: '10.0.0.5, 172.31.240.0/24,loopback' }).TRUSTED_PROXIES).toEqual([
      '10.0.0.5',
      '172.31.240.0/24',
      'loopback',
    ]);
    expect(problems({ ...base, TRUSTED_PROXIES: '10.0.0.5, nginx' })).toEqual([expect.stringMatching(/^TRUSTED_PROXIES is invalid: .*nginx/)]);
  });

  it('reads each rate limit as points per window, or off, with defaults', () => {
    const defaults = readSettings(base);
    expect(defaults.RATE_LIMIT_MEMBER).toEqual({ points: 600, perSeconds: 60 });
    expect(defaults.RATE_LIMIT_REGISTER).toEqual({ points: 20, perSeconds: 600 });
    const set = readSettings({ ...base, RATE_LIMIT_REGISTER: '3/30s', RATE_LIMIT_SIGN_IN: '100/h', RATE_LIMIT_BULK: 'off', RATE_LIMIT_MEMBER: '' });
    expect(set).toMatchObject({
      RATE_LIMIT_REGISTER: { points: 3, perSeconds: 30 },
      RATE_LIMIT_SIGN_IN: { points: 100, perSeconds: 3600 },
      RATE_LIMIT_BULK: null,
      RATE_LIMIT_MEMBER: { points: 600, perSeconds: 60 },
    });
    expect(problems({ ...base, RATE_LIMIT_REGISTER: '10 per minute', RATE_LIMIT_MEMBER: '0/1m' })).toEqual([
      expect.stringMatching(/^RATE_LIMIT_MEMBER is invalid: expected <points>\/<window>/),
      expect.stringMatching(/^RATE_LIMIT_REGISTER is invalid: expected <points>\/<window>/),
    ]);
  });
});
