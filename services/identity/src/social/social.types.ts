import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '@kizuna/subgraph';

@ObjectType({ description: 'An outside sign-in provider configured for Kizuna (LINE, Google, …).' })
export class LoginProvider {
  @Field(() => ID, { description: 'Used in /auth/oidc/<id>/start and in linking.' })
  id: string;

  @Field({ description: 'Shown on its button, e.g. "LINE".' })
  name: string;
}

@ObjectType({ description: 'A login at an outside provider that signs in to the account.' })
export class LinkedLogin {
  @Field(() => ID)
  provider: string;

  @Field()
  providerName: string;

  @Field(() => String, { nullable: true, description: 'The e-mail the provider gave when the login was linked, if any.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'The name the provider gave when the login was linked, if any.' })
  displayName?: string | null;

  @Field()
  linkedAt: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt?: Date | null;
}

@ObjectType({ description: 'What a provider told about a person signing up, for the join page to prefill.' })
export class SocialSignup {
  @Field(() => ID)
  provider: string;

  @Field()
  providerName: string;

  @Field()
  networkSlug: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field({ description: 'The provider vouches for the e-mail: registering with it unchanged marks it verified.' })
  emailVerified: boolean;

  @Field(() => String, { nullable: true })
  pictureUrl?: string | null;

  @Field({ description: 'The login already belongs to a Kizuna account, which joins this network: no e-mail or password is asked.' })
  existingAccount: boolean;
}

@InputType()
export class StartLoginLinkInput {
  @Field(() => ID, { description: 'A configured provider id, e.g. "line".' })
  provider: string;
}

@ObjectType()
export class StartLoginLinkPayload {
  @Field(() => String, { nullable: true, description: 'Send the browser here; the provider returns it to /account to finish the link.' })
  authorizationUrl?: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@InputType()
export class CompleteLoginLinkInput {
  @Field({ description: "The `linkTicket` the provider's return added to /account." })
  ticket: string;
}

@InputType()
export class UnlinkLoginInput {
  @Field(() => ID)
  provider: string;
}

/** What linking and unlinking return: the account's linked logins as they are now, or why not. */
@ObjectType()
export abstract class LinkedLoginsPayload {
  @Field(() => [LinkedLogin], { nullable: true })
  linkedLogins?: LinkedLogin[] | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class CompleteLoginLinkPayload extends LinkedLoginsPayload {}

@ObjectType()
export class UnlinkLoginPayload extends LinkedLoginsPayload {}
