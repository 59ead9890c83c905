import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '@kizuna/subgraph';
import { MemberType } from '../memberships/member.type';

@InputType()
export class SignInInput {
  @Field()
  networkSlug: string;

  @Field()
  email: string;

  @Field()
  password: string;
}

@InputType()
export class RenewAccessTokenInput {
  @Field(() => String, { nullable: true, description: 'Switch to another network of the same account; omitted renews for the current one.' })
  networkSlug?: string | null;
}

/** What every mutation that starts a session returns: a token for the member, or why not. */
@ObjectType()
export abstract class SessionPayload {
  @Field(() => String, { nullable: true })
  accessToken?: string | null;

  @Field(() => MemberType, { nullable: true })
  member?: MemberType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class SignInPayload extends SessionPayload {}

@ObjectType()
export class RenewAccessTokenPayload extends SessionPayload {}
