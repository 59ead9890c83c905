import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MultiLine, Name, UserError, Verbatim } from '@kizuna/subgraph';
import { RegistrationAnswerInput } from '../registration/registration.types';
import { SessionPayload } from '../sessions/session.inputs';
import { MemberType } from './member.type';

@InputType()
export class RegisterInput {
  @Field()
  networkSlug: string;

  @Field()
  email: string;

  @Verbatim()
  @Field(() => String, { nullable: true, description: 'Required unless signing up through a sign-in provider (socialSignupTicket).' })
  password?: string | null;

  @Name()
  @Field()
  displayName: string;

  @Field(() => String, {
    nullable: true,
    description: 'The `signup` ticket a sign-in provider (LINE, …) gave /join/<network>: the account signs in through that provider, no password needed.',
  })
  socialSignupTicket?: string | null;

  @Field(() => [RegistrationAnswerInput], {
    nullable: true,
    description: "Answers to the network's registration questions (see Network.registrationQuestions).",
  })
  answers?: RegistrationAnswerInput[] | null;

  @Field(() => String, { nullable: true, description: 'The code of the invitation link the person came through; an unusable code is an error on this field.' })
  invitationCode?: string | null;
}

@InputType()
export class ApproveMembershipInput {
  @Field(() => ID)
  memberId: string;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'Shown to the member with the approval.' })
  message?: string | null;
}

@InputType()
export class RejectMembershipInput {
  @Field(() => ID)
  memberId: string;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'Shown to the applicant with the rejection.' })
  message?: string | null;
}

export enum MembershipDecision {
  APPROVE = 'approve',
  REJECT = 'reject',
}
registerEnumType(MembershipDecision, { name: 'MembershipDecision' });

@InputType()
export class DecideMembershipsInput {
  @Field(() => [ID], { description: 'Pending applicants, at most 500. If any is at fault nothing changes.' })
  memberIds: string[];

  @Field(() => MembershipDecision)
  decision: MembershipDecision;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'Shown to every applicant with the decision.' })
  message?: string | null;
}

@InputType()
export class SuspendMembershipInput {
  @Field(() => ID)
  memberId: string;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'Why; kept in the audit log and sent with the event.' })
  reason?: string | null;
}

@InputType()
export class ReinstateMembershipInput {
  @Field(() => ID)
  memberId: string;
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

/** What every single-member decision returns: the member as it is now, or why not. */
@ObjectType()
export abstract class MembershipDecisionPayload {
  @Field(() => MemberType, { nullable: true })
  member?: MemberType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class RejectMembershipPayload extends MembershipDecisionPayload {}

@ObjectType()
export class SuspendMembershipPayload extends MembershipDecisionPayload {}

@ObjectType()
export class ReinstateMembershipPayload extends MembershipDecisionPayload {}

@ObjectType()
export class DecideMembershipsPayload {
  @Field(() => [MemberType], { nullable: true, description: 'The members decided on, in the order given; null when nothing changed.' })
  members?: MemberType[] | null;

  @Field(() => [UserError])
  errors: UserError[];
}
