import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError, Verbatim } from '@kizuna/subgraph';
import { MemberType } from '../memberships/member.type';

@InputType()
export class VerifyEmailInput {
  @Field({ description: 'The token from the link in the verification e-mail.' })
  token: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  email: string;

  @Field(() => String, { nullable: true, description: 'The network whose sign-in page asked: the mail speaks its language and leads back to it.' })
  networkSlug?: string | null;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the link in the password reset e-mail.' })
  token: string;

  @Verbatim()
  @Field()
  newPassword: string;
}

@InputType()
export class ChangePasswordInput {
  @Verbatim()
  @Field()
  currentPassword: string;

  @Verbatim()
  @Field()
  newPassword: string;
}

@InputType()
export class ChangeEmailInput {
  @Field()
  newEmail: string;

  @Verbatim()
  @Field()
  currentPassword: string;
}

@InputType()
export class ConfirmEmailChangeInput {
  @Field({ description: 'The token from the link sent to the new address.' })
  token: string;
}

@ObjectType()
export class VerifyEmailPayload {
  @Field({ description: 'Whether the address is now verified.' })
  emailVerified: boolean;

  @Field(() => String, { nullable: true, description: 'The session the link started, in the network it was sent for (with the refresh cookie).' })
  accessToken?: string | null;

  @Field(() => MemberType, { nullable: true, description: 'The membership the session is for.' })
  member?: MemberType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class ResendVerificationEmailPayload {
  @Field({ description: 'Whether a new link was sent.' })
  sent: boolean;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class RequestPasswordResetPayload {
  @Field(() => [UserError], { description: 'Only for a malformed address: the answer never tells whether an address is registered.' })
  errors: UserError[];
}

@ObjectType()
export class ResetPasswordPayload {
  @Field({ description: 'Whether the password was changed.' })
  passwordChanged: boolean;

  @Field(() => String, { nullable: true, description: 'The network to sign in to afterwards, when the reset was asked for from one.' })
  networkSlug?: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class ChangePasswordPayload {
  @Field()
  passwordChanged: boolean;

  @Field(() => [UserError])
  errors: UserError[];
}

/** The account's e-mail state after a change request, cancellation or confirmation. */
@ObjectType()
export class AccountEmailPayload {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'The address waiting for confirmation, if any.' })
  pendingEmail?: string | null;

  @Field(() => Boolean, { nullable: true })
  emailVerified?: boolean | null;

  @Field(() => [UserError])
  errors: UserError[];
}
