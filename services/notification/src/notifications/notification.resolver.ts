import { Arg, Authorized, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionListSize, CurrentViewer } from '@kizuna/subgraph';
import { Access, type Viewer } from '@kizuna/auth';
import { MemberType } from '../members/member.type';
import { MarkNotificationsReadInput, MarkNotificationsReadPayload } from './notification.inputs';
import type { NotificationService } from './notification.service';
import { NotificationConnection, NotificationType } from './notification.type';

// Pending applicants may use all of these for their own notifications: they must see the approval arrive.
@Resolver(() => NotificationType)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @Query(() => NotificationType, { nullable: true, description: "One of the signed-in member's notifications; null for anyone else's." })
  notification(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer): Promise<NotificationType | null> {
    return this.notifications.find(viewer, id);
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => MarkNotificationsReadPayload, { description: "Marks the signed-in member's notifications read." })
  async markNotificationsRead(@Arg('input') input: MarkNotificationsReadInput, @CurrentViewer() viewer: Viewer): Promise<MarkNotificationsReadPayload> {
    const result = await this.notifications.markRead(viewer, input.ids);
    if (!result.ok) return { unreadCount: await this.notifications.unreadCount(viewer), errors: result.errors };
    return { unreadCount: result.value, errors: [] };
  }
}

@Resolver(() => MemberType)
export class MemberNotificationsResolver {
  constructor(private readonly service: NotificationService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @Directive(connectionListSize())
  @FieldResolver(() => NotificationConnection, {
    nullable: true,
    description: "The member's notifications, newest first. Only the member may read them (null with a FORBIDDEN error for anyone else).",
  })
  notifications(
    @Root() member: MemberType,
    @CurrentViewer() viewer: Viewer,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<NotificationConnection> {
    return this.service.list(viewer, member.id, first, after);
  }
}
