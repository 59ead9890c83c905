import { createParameterDecorator } from 'type-graphql';
import { unauthenticated, type Viewer } from '@kizuna/auth';
import type { RequestContext } from './run-service';

/**
 * The viewer of a request that must have one; throws the same UNAUTHENTICATED error as `@Authorized`
 * does when the request carries no token (a field reached without its parent's access check).
 */
export function requireViewer(context: Pick<RequestContext, 'viewer'>): Viewer {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}

/**
 * The signed-in viewer as a typed, non-null resolver argument: `@CurrentViewer() viewer: Viewer`.
 * It is read after `@Authorized` has checked the request, so on an authorized operation it is always
 * there; on any other it throws UNAUTHENTICATED rather than letting a resolver read an absent viewer.
 */
export function CurrentViewer(): ReturnType<typeof createParameterDecorator> {
  return createParameterDecorator<RequestContext>(({ context }) => requireViewer(context));
}
