import type { Route } from '../engine/route';
import { chatRoute } from './chat.route';
import { conversationListRoute } from './conversation-list.route';
import { feedItemAddedRoute, feedItemCountsRoute } from './feed.route';
import { notificationsRoute } from './notifications.route';
import { surveyResultsRoute } from './survey-results.route';
import { typingRoute } from './typing.route';

/** Every subscription the gateway offers, in the order the Subscription type lists them. */
export function allRoutes(): Route<never>[] {
  return [notificationsRoute, chatRoute(), conversationListRoute, typingRoute, feedItemAddedRoute, feedItemCountsRoute, surveyResultsRoute] as Route<never>[];
}
