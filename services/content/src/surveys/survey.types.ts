import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { assumedListSize, MultiLine, UserError } from '@kizuna/subgraph';
import { FeedAudienceEnum } from '../feed/feed.types';
import { MemberType } from '../members/member.type';
import type { QuestionKind, ResultsVisibility, SurveyResults } from './survey-definition';
import { isClosed, type SurveyRecord, type SurveyResponseRecord } from './survey.service';

export enum SurveyQuestionKindEnum {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  SCALE = 'SCALE',
  FREE_TEXT = 'FREE_TEXT',
}
registerEnumType(SurveyQuestionKindEnum, {
  name: 'SurveyQuestionKind',
  description: 'SINGLE_CHOICE: one option; MULTIPLE_CHOICE: any of them; SCALE: a number in a range; FREE_TEXT: up to 2,000 characters.',
});

export enum SurveyAnonymityEnum {
  NAMED = 'NAMED',
  ANONYMOUS = 'ANONYMOUS',
}
registerEnumType(SurveyAnonymityEnum, {
  name: 'SurveyAnonymity',
  description: 'NAMED: staff see who answered what; ANONYMOUS: nobody ever does (results, CSV and events name no one).',
});

export enum SurveyResultsVisibilityEnum {
  AFTER_VOTING = 'AFTER_VOTING',
  AFTER_CLOSING = 'AFTER_CLOSING',
  STAFF_ONLY = 'STAFF_ONLY',
}
registerEnumType(SurveyResultsVisibilityEnum, {
  name: 'SurveyResultsVisibility',
  description: 'When members see the results (staff always do): once they answered (or it closed), once it closed, or never.',
});

// Lists below carry typical sizes for the gateway's cost estimate: with the default (10 per list) a feed page
// of surveys, questions, options and tallies cost more than a member's whole budget.
@ObjectType('SurveyOption')
export class SurveyOptionType {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;
}

@ObjectType('SurveyQuestion')
export class SurveyQuestionType {
  @Field(() => ID)
  id: string;

  @Field(() => SurveyQuestionKindEnum)
  kind: QuestionKind;

  @Field()
  prompt: string;

  @Field({ description: 'A response must answer it.' })
  required: boolean;

  @Directive(assumedListSize(4))
  @Field(() => [SurveyOptionType], { description: 'Choice questions: the options, in order; empty otherwise.' })
  options: SurveyOptionType[];

  @Field(() => Int, { nullable: true, description: 'SCALE: the lowest value (0 or 1).' })
  scaleMin: number | null;

  @Field(() => Int, { nullable: true, description: 'SCALE: the highest value (at most 10).' })
  scaleMax: number | null;

  @Field(() => String, { nullable: true, description: 'SCALE: what the lowest value means.' })
  lowLabel: string | null;

  @Field(() => String, { nullable: true, description: 'SCALE: what the highest value means.' })
  highLabel: string | null;
}

@ObjectType('SurveyOptionCount')
export class SurveyOptionCountType {
  @Field(() => ID)
  optionId: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('SurveyScaleCount')
export class SurveyScaleCountType {
  @Field(() => Int)
  value: number;

  @Field(() => Int)
  count: number;
}

@ObjectType('SurveyFreeTextAnswer', { description: 'One free-text answer, for staff.' })
export class SurveyFreeTextAnswerType {
  @Field()
  text: string;

  @Field(() => MemberType, { nullable: true, description: 'Who wrote it: null on an ANONYMOUS survey.' })
  member: MemberType | null;
}

@ObjectType('SurveyQuestionResults')
export class SurveyQuestionResultsType {
  @Field(() => ID)
  questionId: string;

  @Field(() => Int, { description: 'Responses that answered this question.' })
  answerCount: number;

  @Directive(assumedListSize(4))
  @Field(() => [SurveyOptionCountType], { description: 'Choice questions: each option with how many chose it, in order.' })
  options: SurveyOptionCountType[];

  @Directive(assumedListSize(5))
  @Field(() => [SurveyScaleCountType], { description: 'SCALE: each value from min to max with how many chose it.' })
  scale: SurveyScaleCountType[];

  @Field(() => Float, { nullable: true, description: 'SCALE: the mean answer; null without answers.' })
  mean: number | null;

  @Directive(assumedListSize(10))
  @Field(() => [SurveyFreeTextAnswerType], {
    nullable: true,
    description: 'FREE_TEXT: the answers, oldest first, for staff with MANAGE_CONTENT; null for everyone else and in live updates.',
  })
  freeTextAnswers?: SurveyFreeTextAnswerType[] | null;
}

@ObjectType('SurveyResults', { description: "A survey's tallies: the same for everyone allowed to see them." })
export class SurveyResultsType {
  @Field(() => ID)
  surveyId: string;

  @Field(() => Int)
  responseCount: number;

  @Field()
  closed: boolean;

  @Directive(assumedListSize(3))
  @Field(() => [SurveyQuestionResultsType])
  questions: SurveyQuestionResultsType[];
}

@ObjectType('SurveyQuestionAnswer')
export class SurveyQuestionAnswerType {
  @Field(() => ID)
  questionId: string;

  @Field(() => [ID], { description: 'Choice questions: the chosen options.' })
  optionIds: string[];

  @Field(() => Int, { nullable: true, description: 'SCALE: the chosen value.' })
  value: number | null;

  @Field(() => String, { nullable: true, description: 'FREE_TEXT: the text.' })
  text: string | null;
}

@ObjectType('SurveyResponse', { description: "The viewer's own answer." })
export class SurveyResponseType {
  @Directive(assumedListSize(3))
  @Field(() => [SurveyQuestionAnswerType])
  answers: SurveyQuestionAnswerType[];

  @Field()
  answeredAt: Date;

  @Field({ description: 'When they last changed it.' })
  updatedAt: Date;
}

@Directive('@key(fields: "id")')
@ObjectType('Survey', { description: 'A survey staff put in the feed (its feed item has the same id).' })
export class SurveyType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Directive(assumedListSize(3))
  @Field(() => [SurveyQuestionType])
  questions: SurveyQuestionType[];

  @Field(() => SurveyAnonymityEnum)
  anonymity: SurveyAnonymityEnum;

  @Field(() => FeedAudienceEnum)
  audience: FeedAudienceEnum;

  @Field(() => ID, { nullable: true, description: 'SEGMENT: the directory segment that may answer.' })
  segmentId: string | null;

  @Field(() => SurveyResultsVisibilityEnum)
  resultsVisibility: ResultsVisibility;

  @Field(() => Date, { nullable: true, description: 'When it closes by itself.' })
  closesAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it closed (early by staff, or at closesAt).' })
  closedAt: Date | null;

  @Field({ description: 'No answers are taken any more.' })
  closed: boolean;

  @Field({ description: 'Staff may still change its wording (no answer yet, not closed).' })
  editable: boolean;

  @Field()
  createdAt: Date;

  record: SurveyRecord;
}

const AUDIENCE = { network: FeedAudienceEnum.NETWORK, staff: FeedAudienceEnum.STAFF, segment: FeedAudienceEnum.SEGMENT } as const;

export function presentSurvey(record: SurveyRecord): SurveyType {
  const closed = isClosed(record);
  return Object.assign(new SurveyType(), {
    id: record.id,
    title: record.title,
    description: record.description,
    questions: record.questions,
    anonymity: record.anonymous ? SurveyAnonymityEnum.ANONYMOUS : SurveyAnonymityEnum.NAMED,
    audience: AUDIENCE[record.audience],
    segmentId: record.segmentId,
    resultsVisibility: record.resultsVisibility,
    closesAt: record.closesAt,
    closedAt: record.closedAt,
    closed,
    editable: !closed && record.responseCount === 0,
    createdAt: record.createdAt,
    record,
  });
}

export function presentResults(results: SurveyResults): SurveyResultsType {
  return { ...results, questions: results.questions.map((question) => ({ ...question, freeTextAnswers: null })) };
}

export function presentResponse(response: SurveyResponseRecord): SurveyResponseType {
  return {
    answers: response.answers.map((answer) => ({
      questionId: answer.questionId,
      optionIds: answer.optionIds ?? [],
      value: answer.value ?? null,
      text: answer.text ?? null,
    })),
    answeredAt: response.createdAt,
    updatedAt: response.updatedAt,
  };
}

@InputType()
export class SurveyQuestionInput {
  @Field(() => SurveyQuestionKindEnum)
  kind: QuestionKind;

  @Field({ description: 'Up to 500 characters.' })
  prompt: string;

  @Field({ defaultValue: true })
  required: boolean;

  @Field(() => [String], { nullable: true, description: 'Choice questions: 2–20 option labels of 1–200 characters.' })
  options?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'SCALE: 0 or 1 (default 1).' })
  scaleMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'SCALE: at most 10 (default 5).' })
  scaleMax?: number | null;

  @Field(() => String, { nullable: true })
  lowLabel?: string | null;

  @Field(() => String, { nullable: true })
  highLabel?: string | null;
}

@InputType()
export class CreateSurveyInput {
  @Field({ description: 'Up to 200 characters.' })
  title: string;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters.' })
  description?: string | null;

  @Field(() => [SurveyQuestionInput], { description: '1–20 questions.' })
  questions: SurveyQuestionInput[];

  @Field(() => SurveyAnonymityEnum, { defaultValue: SurveyAnonymityEnum.NAMED })
  anonymity: SurveyAnonymityEnum;

  @Field(() => FeedAudienceEnum, { defaultValue: FeedAudienceEnum.NETWORK, description: 'Who may answer (and see it in the feed), as for feed items.' })
  audience: FeedAudienceEnum;

  @Field(() => ID, { nullable: true, description: 'SEGMENT: the directory segment.' })
  segmentId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it closes by itself (in the future); without: open until staff close it.' })
  closesAt?: Date | null;

  @Field(() => SurveyResultsVisibilityEnum, { defaultValue: SurveyResultsVisibilityEnum.AFTER_VOTING })
  resultsVisibility: ResultsVisibility;
}

@InputType()
export class EditSurveyInput {
  @Field(() => ID)
  surveyId: string;

  @Field(() => CreateSurveyInput, { description: 'The whole survey again, before its first answer (its questions get new ids).' })
  survey: CreateSurveyInput;
}

@InputType()
export class SurveyInput {
  @Field(() => ID)
  surveyId: string;
}

@InputType()
export class SurveyAnswerInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => [ID], { nullable: true, description: 'Choice questions: the chosen options (one for SINGLE_CHOICE).' })
  optionIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'SCALE: a value in its range.' })
  value?: number | null;

  @MultiLine()
  @Field(() => String, { nullable: true, description: 'FREE_TEXT: up to 2,000 characters.' })
  text?: string | null;
}

@InputType()
export class AnswerSurveyInput {
  @Field(() => ID)
  surveyId: string;

  @Field(() => [SurveyAnswerInput], { description: 'One per answered question; required questions must be among them. Replaces an earlier answer.' })
  answers: SurveyAnswerInput[];
}

@ObjectType()
export class SurveyPayload {
  @Field(() => SurveyType, { nullable: true, description: 'The survey as it is now; null when errors stopped the change.' })
  survey: SurveyType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class DeleteSurveyPayload {
  @Field(() => ID, { nullable: true })
  deletedSurveyId: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}
