import { z } from 'zod';
import type { AttemptLimitSettings } from './rate-limits';
import type { SessionPolicy } from './session.service';
import type { SigningKeyPolicy } from './token-issuer';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** identity's settings for sessions, signing keys and sign-in limits (each with a default). */
export const sessionSettingsShape = {
  /** Lifetime of an access token. */
  ACCESS_TOKEN_TTL_SECONDS: positiveInt(900),
  /** A refresh token unused for this many days expires. */
  SESSION_IDLE_DAYS: positiveInt(30),
  /** No session lasts longer than this many days. */
  SESSION_MAX_DAYS: positiveInt(90),
  /** A signing key gets a successor after this many days; 0 rotates only on `rotate-keys`. */
  SIGNING_KEY_ROTATION_DAYS: z.coerce.number().min(0).default(30),
  /** A new key is published this long before it signs (longer than verifiers cache the JWKS). */
  SIGNING_KEY_PUBLISH_AHEAD_SECONDS: z.coerce.number().int().min(0).default(900),
  /** How often each instance reloads the keys from the database. */
  SIGNING_KEY_RELOAD_SECONDS: positiveInt(60),
  /** Cookies identity sets (refresh, social sign-in) carry `Secure`: on wherever the web is served over https. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** Failed sign-ins to one account from one client address (or one known device) before each further one waits 1 s, 2 s, 4 s, … */
  SIGN_IN_FAILURES_BEFORE_DELAY: positiveInt(5),
  /** Failed sign-ins to one account from unknown devices, all addresses together, before delays start. */
  SIGN_IN_FAILURES_PER_ACCOUNT: positiveInt(20),
  /** Failed sign-ins from one client address, all accounts together, before delays start. */
  SIGN_IN_FAILURES_PER_IP: positiveInt(50),
  /** The longest a delay grows to. */
  SIGN_IN_MAX_DELAY_SECONDS: positiveInt(900),
  PASSWORD_RESET_REQUESTS_PER_ACCOUNT: positiveInt(5),
  ATTEMPT_WINDOW_SECONDS: positiveInt(900),
};

export const sessionSettings = z.object(sessionSettingsShape);
export type SessionSettings = z.infer<typeof sessionSettings>;

export function signingKeyPolicy(settings: SessionSettings): SigningKeyPolicy {
  return {
    accessTokenTtlSeconds: settings.ACCESS_TOKEN_TTL_SECONDS,
    rotationDays: settings.SIGNING_KEY_ROTATION_DAYS,
    publishAheadSeconds: settings.SIGNING_KEY_PUBLISH_AHEAD_SECONDS,
  };
}

export function sessionPolicy(settings: SessionSettings): SessionPolicy {
  return { idleDays: settings.SESSION_IDLE_DAYS, absoluteDays: settings.SESSION_MAX_DAYS };
}

export function attemptLimits(settings: SessionSettings): AttemptLimitSettings {
  return {
    failuresBeforeDelay: settings.SIGN_IN_FAILURES_BEFORE_DELAY,
    failuresPerAccount: settings.SIGN_IN_FAILURES_PER_ACCOUNT,
    failuresPerIp: settings.SIGN_IN_FAILURES_PER_IP,
    maxDelaySeconds: settings.SIGN_IN_MAX_DELAY_SECONDS,
    passwordResetPerAccount: settings.PASSWORD_RESET_REQUESTS_PER_ACCOUNT,
    windowSeconds: settings.ATTEMPT_WINDOW_SECONDS,
  };
}
