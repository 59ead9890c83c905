import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '@kizuna/subgraph';

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: "The notifications to mark read; omitted marks all of the signed-in member's notifications read." })
  ids?: string[] | null;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'Unread notifications left.' })
  unreadCount: number;

  @Field(() => [UserError])
  errors: UserError[];
}
