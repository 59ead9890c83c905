import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '@kizuna/subgraph';
import { SessionPayload } from '../sessions/session.inputs';
import { MemberType } from './member.type';

@InputType()
export class RegisterInput {
  @Field()
  networkSlug: string;

  @Field()
  email: string;

  @Field()
  password: string;

  @Field()
  displayName: string;
}

@InputType()
export class ApproveMembershipInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => String, { nullable: true, description: 'Shown to the member with the approval.' })
  message?: string | null;
}

@ObjectType()
export class RegisterPayload extends SessionPayload {}

@ObjectType()
export class ApproveMembershipPayload {
  @Field(() => MemberType, { nullable: true })
  member?: MemberType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
