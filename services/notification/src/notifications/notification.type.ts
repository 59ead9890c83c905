import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '@kizuna/subgraph';

@Directive('@key(fields: "id")')
@ObjectType('Notification', { description: 'An in-app notification; only its recipient can read it.' })
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What happened, e.g. membership.approved.' })
  kind: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while unread.' })
  readAt?: Date | null;
}

@ObjectType()
export class NotificationEdge {
  @Field()
  cursor: string;

  @Field(() => NotificationType)
  node: NotificationType;
}

@ObjectType({ description: "A member's notifications, newest first." })
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  @Field(() => Int, { description: 'Unread notifications of the member (all of them, not only this page).' })
  unreadCount: number;
}
