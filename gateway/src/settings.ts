import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigurationError, gatewaySecretSetting, httpServerSettings, isProduction, parseSettings } from '@kizuna/runtime';
import { trustProxies } from './http/client-address';
import { rateLimitSettings } from './rate-limits/limits';

export { ConfigurationError };

const SUBGRAPH_URL = /^SUBGRAPH_([A-Z0-9_]+)_URL$/;

/** The committed supergraph, next to this package's sources (independent of the working directory). */
export const DEFAULT_SUPERGRAPH_PATH = resolve(__dirname, '..', 'supergraph.graphql');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  JWKS_URL: z.url({ protocol: /^https?$/ }),
  KAFKA_BROKERS: z
    .string()
    .optional()
    .transform((value) =>
      value
        ? value
            .split(',')
            .map((b) => b.trim())
            .filter(Boolean)
        : [],
    ),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/ })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TOPIC_PREFIX: z
    .string()
    .regex(/^[a-z0-9._-]*$/i)
    .default(''),
  /** Shared store of rate limits across gateway instances; unset: each instance counts in memory. */
  REDIS_URL: z
    .url({ protocol: /^rediss?$/ })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /**
   * Proxies in front of the gateway whose X-Forwarded-For / -Proto it believes: addresses, CIDRs,
   * `loopback`, `linklocal`, `uniquelocal`, comma-separated. Unset: none (the socket's peer is the client).
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .superRefine((entries, ctx) => {
      try {
        trustProxies(entries);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `expected addresses, CIDRs, loopback, linklocal or uniquelocal (${(error as Error).message})` });
      }
    }),
  /** Rate limits, each `<points>/<window>` or `off` (rate-limits/limits.ts). */
  ...rateLimitSettings,
  SUPERGRAPH_PATH: z
    .string()
    .optional()
    .transform((value) => (value ? resolve(value) : DEFAULT_SUPERGRAPH_PATH)),
  /** Demand control (README "Demand control"): what one operation may ask for, per HTTP request and per subscription. */
  DEMAND_MAX_TOKENS: z.coerce.number().int().positive().default(5000),
  DEMAND_MAX_DEPTH: z.coerce.number().int().positive().default(15),
  DEMAND_MAX_ALIASES: z.coerce.number().int().nonnegative().default(30),
  DEMAND_MAX_ROOT_FIELDS: z.coerce.number().int().positive().default(20),
  DEMAND_DEFAULT_LIST_SIZE: z.coerce.number().int().nonnegative().default(10),
  DEMAND_COST_BUDGET_ANONYMOUS: z.coerce.number().int().nonnegative().default(250),
  DEMAND_COST_BUDGET_MEMBER: z.coerce.number().int().nonnegative().default(2000),
  DEMAND_COST_BUDGET_ADMIN: z.coerce.number().int().nonnegative().default(10000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Presented to the subgraphs on every request (they answer nobody else); required in production. */
  GATEWAY_SECRET: gatewaySecretSetting,
  /** WebSockets hold a connection each: the cap is far above any subgraph's. */
  ...httpServerSettings({ maxConnections: 10_000 }),
  /** A subgraph query identical to one in flight (same caller, same document and variables) shares its answer. */
  SUBGRAPH_DEDUPLICATION: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
});

export type GatewaySettings = z.infer<typeof schema> & {
  /** Routing URL overrides by subgraph name in lower case (`SUBGRAPH_IDENTITY_URL` → `identity`). */
  subgraphUrls: Record<string, string>;
};

/**
 * Reads and validates the gateway's settings from the environment. All problems are reported at
 * once, each naming the setting at fault (ConfigurationError).
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): GatewaySettings {
  const problems: string[] = [];
  let base: z.infer<typeof schema> | undefined;
  try {
    base = parseSettings(schema, env);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    problems.push(...error.problems);
  }
  const brokers = (env.KAFKA_BROKERS ?? '').split(',').filter((broker) => broker.trim());
  if (brokers.length === 0 && !env.DATABASE_URL) {
    problems.push('DATABASE_URL is required (the embedded event transport needs it when KAFKA_BROKERS is not set)');
  }
  if (isProduction(env) && !env.GATEWAY_SECRET) problems.push('GATEWAY_SECRET is required in production (the secret the subgraphs ask of the gateway)');
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = SUBGRAPH_URL.exec(key);
    if (!match || !value) continue;
    const parsed = z.url({ protocol: /^https?$/ }).safeParse(value);
    if (parsed.success) subgraphUrls[match[1].toLowerCase()] = parsed.data;
    else problems.push(`${key} is invalid: expected the http(s) URL of the subgraph's GraphQL endpoint`);
  }
  if (problems.length > 0 || !base) throw new ConfigurationError(problems);
  return { ...base, subgraphUrls };
}
