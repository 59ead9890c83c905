import type { MembershipEntity } from '../memberships/membership.entity';
import { clientOf, currentExchange } from './http-exchange';
import { setRefreshCookie } from './refresh-cookie';
import type { SessionService, StartedSession } from './session.service';

/**
 * Starts a session from inside a GraphQL resolver: the device is described by the current
 * request, and the browser gets the refresh cookie with the response.
 */
export async function startBrowserSession(sessions: SessionService, membership: MembershipEntity): Promise<StartedSession> {
  const exchange = currentExchange();
  const started = await sessions.startSession(membership, clientOf(exchange?.req));
  if (exchange) setRefreshCookie(exchange.res, started.refreshToken, started.refreshExpiresAt);
  return started;
}
