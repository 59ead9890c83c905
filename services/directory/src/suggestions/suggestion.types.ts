import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '@kizuna/subgraph';
import { MemberType } from '../members/member.type';
import { ProfileType } from '../profiles/profile.type';

export enum SuggestionReasonKind {
  SAME_YEAR = 'SAME_YEAR',
  NEAR_YEAR = 'NEAR_YEAR',
  SAME_DEPARTMENT = 'SAME_DEPARTMENT',
  SAME_EMPLOYER = 'SAME_EMPLOYER',
  SHARED_SKILLS = 'SHARED_SKILLS',
  SHARED_INTERESTS = 'SHARED_INTERESTS',
}
registerEnumType(SuggestionReasonKind, {
  name: 'SuggestionReasonKind',
  description:
    'SAME_YEAR: the same graduation or joining year; NEAR_YEAR: one year apart; SAME_DEPARTMENT; SAME_EMPLOYER; SHARED_SKILLS and SHARED_INTERESTS: the values both listed.',
});

@ObjectType('SuggestionReason', { description: 'Why a person is suggested: what the viewer and they have in common.' })
export class SuggestionReasonType {
  @Field(() => SuggestionReasonKind)
  kind: SuggestionReasonKind;

  @Field(() => [String], {
    description: 'The values in common as the suggested person wrote them: the year, department, employer, or the shared skills or interests.',
  })
  values: string[];
}

@ObjectType('Suggestion', { description: 'A member of the network the viewer may know.' })
export class SuggestionType {
  @Field(() => MemberType)
  member: MemberType;

  @Field(() => ProfileType, { description: 'Their profile as the viewer may see it.' })
  profile: ProfileType;

  @Field(() => Int, { description: 'How much the two have in common; suggestions come highest first.' })
  score: number;

  @Field(() => [SuggestionReasonType])
  reasons: SuggestionReasonType[];
}

@InputType()
export class DismissSuggestionInput {
  @Field(() => ID, { description: 'The member not to suggest again.' })
  memberId: string;
}

@ObjectType()
export class DismissSuggestionPayload {
  @Field(() => ID, { nullable: true })
  dismissedMemberId?: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}
