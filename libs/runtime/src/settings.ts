import { z } from 'zod';
import { gatewaySecretSetting, httpServerSettings } from './http-server';

/** Settings every service reads. A service adds its own with `extend`. */
export const serviceSettings = z.object({
  PORT: z.coerce.number().int().min(1).max(65535),
  /** The interface to listen on: loopback unless the gateway reaches this service over a private network. */
  BIND_ADDRESS: z.string().min(1).default('127.0.0.1'),
  /** What the gateway presents on every request; required in production (NODE_ENV=production). */
  GATEWAY_SECRET: gatewaySecretSetting,
  ...httpServerSettings({ maxConnections: 1_024 }),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
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
  TOPIC_PREFIX: z
    .string()
    .regex(/^[a-z0-9._-]*$/i)
    .default(''),
  JWKS_URL: z.url().optional(),
  /** Shared store of rate limits across instances; unset: each process counts in memory. */
  REDIS_URL: z
    .url({ protocol: /^rediss?$/ })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type ServiceSettings = z.infer<typeof serviceSettings>;

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** Parses settings from the environment; every problem names the setting at fault. */
export function parseSettings<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigurationError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const value = env[name];
      return value === undefined || value === '' ? `${name} is required (${issue.message})` : `${name} is invalid: ${issue.message}`;
    }),
  );
}
