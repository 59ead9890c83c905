import { isFresh, mustRotate, onRefusedToken, renewalDelay, tokenExpiry } from './renewal';

/** An unsigned JWT with these claims (the client reads claims only; the signature is the server's business). */
function jwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${encode({ alg: 'ES256' })}.${encode(claims)}.signature`;
}

const now = Date.UTC(2026, 11, 7, 12, 0, 0);
const inMinutes = (minutes: number) => jwt({ exp: (now + minutes * 60_000) / 1000, mid: 'membership-1' });

test('a token is renewed a minute before it expires', () => {
  expect(renewalDelay(inMinutes(15), now)).toBe(14 * 60_000);
});

test('a token about to expire (or already expired) is renewed after a short pause, not in a tight loop', () => {
  expect(renewalDelay(inMinutes(0.5), now)).toBe(5_000);
  expect(renewalDelay(inMinutes(-10), now)).toBe(5_000);
});

test('a token without an expiry, or not a JWT, schedules no renewal', () => {
  expect(renewalDelay(jwt({ mid: 'membership-1' }), now)).toBeNull();
  expect(renewalDelay('not-a-token', now)).toBeNull();
  expect(tokenExpiry('a.%%%.c')).toBeNull();
});

test('a very distant expiry is capped to what a browser timer can hold', () => {
  expect(renewalDelay(inMinutes(60 * 24 * 365), now)).toBe(2_147_483_647);
});

test('a tab that waited for the refresh lock and meanwhile received another tab’s fresh token does not rotate again', () => {
  const stale = inMinutes(0.5);
  const fromOtherTab = inMinutes(15);
  expect(mustRotate(fromOtherTab, stale, now)).toBe(false);
  // Nothing new arrived (or what arrived is itself about to expire): this tab rotates.
  expect(mustRotate(stale, stale, now)).toBe(true);
  expect(mustRotate(inMinutes(0.5), stale, now)).toBe(true);
  // On page load there is no token yet: rotate the cookie into one.
  expect(mustRotate(null, null, now)).toBe(true);
  expect(isFresh(fromOtherTab, now)).toBe(true);
});

test('a refused token is renewed once; refused again right after the recovery, the session ends', () => {
  const neverRecovered = 0;
  expect(onRefusedToken(neverRecovered, now)).toBe('renew');
  expect(onRefusedToken(now - 3_000, now)).toBe('end');
  expect(onRefusedToken(now - 10_000, now)).toBe('renew');
});
