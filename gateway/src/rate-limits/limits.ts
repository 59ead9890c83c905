import { z } from 'zod';

/** Whose budget an operation spends. */
export type LimitKey = 'member' | 'address' | 'network';

export interface LimitDefinition {
  /** The limit's name: `extensions.limit` of a refusal, and its counters' name. */
  name: string;
  /** The setting that changes it: `<points>/<window>` (e.g. `20/10m`) or `off`. */
  setting: string;
  defaultValue: string;
  /** member: the token's membership; address: the client address; network: the token's network. */
  key: LimitKey;
  /**
   * The root fields of queries and mutations it counts, one point per occurrence (aliases
   * included), whoever calls. Without fields: one point per operation, for members (`member`
   * key) or for callers without a token (`address` key).
   */
  fields?: readonly string[];
  /** What a point is, for the refusal's message. */
  unit: string;
}

/**
 * Every rate limit of the gateway. The anonymous root fields are identity's (`network`,
 * `register`, `signIn`, password reset, e-mail links, invitations, social sign-up); bulk fields
 * are those whose work grows with the network (bulk messages, roster imports, segment previews,
 * bulk tagging, bulk decisions).
 */
export const LIMITS = [
  { name: 'member', setting: 'RATE_LIMIT_MEMBER', defaultValue: '600/1m', key: 'member', unit: 'operations per member' },
  { name: 'anonymous', setting: 'RATE_LIMIT_ANONYMOUS', defaultValue: '600/1m', key: 'address', unit: 'operations without a token per client address' },
  { name: 'register', setting: 'RATE_LIMIT_REGISTER', defaultValue: '20/10m', key: 'address', fields: ['register'], unit: 'registrations per client address' },
  {
    name: 'signIn',
    setting: 'RATE_LIMIT_SIGN_IN',
    defaultValue: '60/1m',
    key: 'address',
    fields: ['signIn', 'chooseSignInNetwork'],
    unit: 'sign-ins per client address',
  },
  {
    name: 'passwordReset',
    setting: 'RATE_LIMIT_PASSWORD_RESET',
    defaultValue: '10/10m',
    key: 'address',
    fields: ['requestPasswordReset'],
    unit: 'password reset requests per client address',
  },
  {
    name: 'resendVerification',
    setting: 'RATE_LIMIT_RESEND_VERIFICATION',
    defaultValue: '10/10m',
    key: 'address',
    fields: ['resendVerificationEmail'],
    unit: 'verification e-mails per client address',
  },
  {
    name: 'emailLinks',
    setting: 'RATE_LIMIT_EMAIL_LINKS',
    defaultValue: '30/10m',
    key: 'address',
    fields: ['verifyEmail', 'resetPassword', 'confirmEmailChange'],
    unit: 'e-mailed links spent per client address',
  },
  {
    name: 'invitations',
    setting: 'RATE_LIMIT_INVITATIONS',
    defaultValue: '60/1m',
    key: 'address',
    fields: ['invitationLinkPreview', 'staffInvitation', 'acceptStaffInvitation', 'socialSignup', 'signInNetworkChoice'],
    unit: 'invitation and sign-up look-ups per client address',
  },
  {
    name: 'networkLookup',
    setting: 'RATE_LIMIT_NETWORK_LOOKUP',
    defaultValue: '300/1m',
    key: 'address',
    fields: ['network'],
    unit: 'network look-ups per client address',
  },
  {
    name: 'bulk',
    setting: 'RATE_LIMIT_BULK',
    defaultValue: '120/1m',
    key: 'network',
    fields: [
      'sendBulkMessage',
      'startRosterImport',
      'previewRosterImport',
      'runRosterImport',
      'importRoster',
      'rosterPreview',
      'segmentPreview',
      'bulkTagMembers',
      'applyTagRule',
      'decideMemberships',
    ],
    unit: 'bulk operations (bulk messages, roster imports and exports, segment previews, bulk tagging and decisions) per network',
  },
] as const satisfies readonly LimitDefinition[];

export type LimitName = (typeof LIMITS)[number]['name'];

/** A limit's budget: `points` per `perSeconds`. */
export interface Budget {
  points: number;
  perSeconds: number;
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3600 } as const;
const BUDGET = /^(\d+)\s*\/\s*(\d*)\s*([smh])$/;

/** `600/1m`, `20/10m`, `5/30s`, `100/h` → a budget; `off` → null (no limit); unset or empty → the default. */
export function budgetSetting(defaultValue: string) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): Budget | null => {
      const value = raw?.trim() || defaultValue;
      if (value.toLowerCase() === 'off') return null;
      const match = BUDGET.exec(value);
      const points = match ? Number(match[1]) : 0;
      const perSeconds = match ? Number(match[2] || '1') * UNIT_SECONDS[match[3] as keyof typeof UNIT_SECONDS] : 0;
      if (!match || points < 1 || perSeconds < 1) {
        ctx.addIssue({ code: 'custom', message: 'expected <points>/<window> with the window in s, m or h (e.g. 20/10m), or off' });
        return z.NEVER;
      }
      return { points, perSeconds };
    });
}

/** The settings of every limit, with their defaults. */
export const rateLimitSettings = Object.fromEntries(LIMITS.map((limit) => [limit.setting, budgetSetting(limit.defaultValue)])) as {
  [L in (typeof LIMITS)[number] as L['setting']]: ReturnType<typeof budgetSetting>;
};

export type RateLimitSettings = { [L in (typeof LIMITS)[number] as L['setting']]: Budget | null };

/** `1m`, `10m`, `30s` — a window as people say it. */
export function describeWindow(seconds: number): string {
  if (seconds % 3600 === 0) return seconds === 3600 ? 'hour' : `${seconds / 3600} hours`;
  if (seconds % 60 === 0) return seconds === 60 ? 'minute' : `${seconds / 60} minutes`;
  return seconds === 1 ? 'second' : `${seconds} seconds`;
}
