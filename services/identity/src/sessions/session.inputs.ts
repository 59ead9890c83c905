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

@ObjectType()
export class SignInPayload {
  @Field(() => String, { nullable: true })
  accessToken?: string | null;

  @Field(() => MemberType, { nullable: true })
  member?: MemberType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class RenewAccessTokenPayload {
  @Field(() => String, { nullable: true })
  accessToken?: string | null;

  @Field(() => MemberType, { nullable: true })
  member?: MemberType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
