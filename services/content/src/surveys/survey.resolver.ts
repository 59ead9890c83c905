import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forbidden, isAllowed, Permission, unauthenticated } from '@kizuna/auth';
import { isUuid, requestLoader } from '@kizuna/data';
import { type ReferenceResolvers, type RequestContext, requireViewer, type Result } from '@kizuna/subgraph';
import { isContentModerator } from '../feed/feed-item.record';
import { FeedAudienceEnum, FeedItemType } from '../feed/feed.types';
import { MemberType } from '../members/member.type';
import type { FeedViewer, SegmentMembership } from '../segments/segment-membership';
import type { SurveyDraft, SurveyRecord, SurveyService } from './survey.service';
import { maySeeResults, resultsOfSurvey } from './survey.service';
import {
  AnswerSurveyInput,
  CreateSurveyInput,
  DeleteSurveyPayload,
  EditSurveyInput,
  presentResponse,
  presentResults,
  presentSurvey,
  SurveyAnonymityEnum,
  SurveyInput,
  SurveyPayload,
  SurveyResponseType,
  SurveyResultsType,
  SurveyType,
} from './survey.types';

const AUDIENCE = { [FeedAudienceEnum.NETWORK]: 'network', [FeedAudienceEnum.STAFF]: 'staff', [FeedAudienceEnum.SEGMENT]: 'segment' } as const;

function draftOf(input: CreateSurveyInput): SurveyDraft {
  return {
    title: input.title,
    description: input.description,
    questions: input.questions,
    anonymous: input.anonymity === SurveyAnonymityEnum.ANONYMOUS,
    audience: AUDIENCE[input.audience],
    segmentId: input.segmentId,
    closesAt: input.closesAt,
    resultsVisibility: input.resultsVisibility,
  };
}

function surveyPayload(result: Result<SurveyRecord>): SurveyPayload {
  return result.ok ? { survey: presentSurvey(result.value), errors: [] } : { survey: null, errors: result.errors };
}

const member = (id: string) => Object.assign(new MemberType(), { id });

@Resolver(() => SurveyType)
export class SurveyResolver {
  constructor(
    private readonly surveys: SurveyService,
    private readonly segments: SegmentMembership,
  ) {}

  @Authorized()
  @Query(() => SurveyType, { nullable: true, description: "A survey the viewer may see; null for unknown ids, other networks' and other audiences' surveys." })
  async survey(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<SurveyType | null> {
    const found = await this.surveys.find(await this.segments.viewerOf(context), id);
    return found ? presentSurvey(found) : null;
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => SurveyPayload, { description: 'Puts a survey in the feed for its audience (MANAGE_CONTENT).' })
  async createSurvey(@Arg('input') input: CreateSurveyInput, @Ctx() context: RequestContext): Promise<SurveyPayload> {
    return surveyPayload(await this.surveys.create(await this.segments.viewerOf(context), draftOf(input)));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => SurveyPayload, { description: 'Rewrites a survey until its first answer (MANAGE_CONTENT); SURVEY_ANSWERED after it.' })
  async editSurvey(@Arg('input') input: EditSurveyInput, @Ctx() context: RequestContext): Promise<SurveyPayload> {
    return surveyPayload(await this.surveys.edit(await this.segments.viewerOf(context), input.surveyId, draftOf(input.survey)));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => SurveyPayload, { description: 'Closes a survey now (MANAGE_CONTENT); its final results are published.' })
  async closeSurvey(@Arg('input') input: SurveyInput, @Ctx() context: RequestContext): Promise<SurveyPayload> {
    return surveyPayload(await this.surveys.close(await this.segments.viewerOf(context), input.surveyId));
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => DeleteSurveyPayload, { description: 'Deletes a survey with its feed item and every answer (MANAGE_CONTENT).' })
  async deleteSurvey(@Arg('input') input: SurveyInput, @Ctx() context: RequestContext): Promise<DeleteSurveyPayload> {
    const result = await this.surveys.delete(await this.segments.viewerOf(context), input.surveyId);
    return result.ok ? { deletedSurveyId: result.value, errors: [] } : { deletedSurveyId: null, errors: result.errors };
  }

  @Authorized()
  @Mutation(() => SurveyPayload, { description: "The viewer's answer, or a new one replacing it, until the survey closes (SURVEY_CLOSED after)." })
  async answerSurvey(@Arg('input') input: AnswerSurveyInput, @Ctx() context: RequestContext): Promise<SurveyPayload> {
    return surveyPayload(await this.surveys.answer(await this.segments.viewerOf(context), input.surveyId, input.answers));
  }

  @FieldResolver(() => MemberType, { description: 'The staff member who created it.' })
  author(@Root() survey: SurveyType): MemberType {
    return member(survey.record.authorMembershipId);
  }

  @FieldResolver(() => SurveyResponseType, { nullable: true, description: "The viewer's own answer (to show it or change it); null before they answer." })
  async viewerAnswer(@Root() survey: SurveyType, @Ctx() context: RequestContext): Promise<SurveyResponseType | null> {
    const response = await this.responseOf(survey, context);
    return response ? presentResponse(response) : null;
  }

  @FieldResolver(() => SurveyResultsType, {
    nullable: true,
    description: 'The tallies, when the viewer may see them: staff always, others per resultsVisibility; null otherwise.',
  })
  async results(@Root() survey: SurveyType, @Ctx() context: RequestContext): Promise<SurveyResultsType | null> {
    const viewer = requireViewer(context);
    const answered = (await this.responseOf(survey, context)) !== null;
    if (!maySeeResults(viewer, survey.record, answered)) return null;
    const results = presentResults(resultsOfSurvey(survey.record));
    const freeText = survey.record.questions.filter((question) => question.kind === 'FREE_TEXT');
    if (freeText.length === 0 || !isContentModerator(viewer)) return results;
    // Staff read the texts; an anonymous survey never says whose they are.
    const responses = await this.surveys.responses(survey.id);
    for (const question of results.questions) {
      if (!freeText.some((q) => q.id === question.questionId)) continue;
      question.freeTextAnswers = responses.flatMap((response) => {
        const text = response.answers.find((answer) => answer.questionId === question.questionId)?.text;
        return text ? [{ text, member: survey.record.anonymous ? null : member(response.membershipId) }] : [];
      });
    }
    return results;
  }

  private async responseOf(survey: SurveyType, context: RequestContext) {
    const viewer = requireViewer(context);
    return (await requestLoader(context, responsesKey(viewer), (ids: string[]) => this.surveys.responsesOf(viewer, ids)).get(survey.id)) ?? null;
  }
}

const responsesKey = (viewer: { membershipId: string }) => `survey-responses-of-${viewer.membershipId}`;

@Resolver(() => FeedItemType)
export class FeedItemSurveyResolver {
  constructor(private readonly surveys: SurveyService) {}

  @FieldResolver(() => SurveyType, { nullable: true, description: 'SURVEY: the survey.' })
  async survey(@Root() item: FeedItemType, @Ctx() context: RequestContext): Promise<SurveyType | null> {
    if (item.kind !== 'SURVEY' || item.record.sourceKey !== `content.survey:${item.id}`) return null;
    const networkId = item.record.networkId;
    const survey = await requestLoader(context, `surveys-of-${networkId}`, (ids: string[]) => this.surveys.byIds(networkId, ids)).get(item.id);
    return survey ? presentSurvey(survey) : null;
  }
}

/** `Survey` by id from another subgraph or the gateway: only what the viewer may see, else null. */
export function surveyReferences(surveys: SurveyService, segments: SegmentMembership): ReferenceResolvers {
  return {
    Survey: {
      async __resolveReference(reference: { id?: unknown }, context: RequestContext): Promise<SurveyType | null> {
        if (!context.viewer) throw unauthenticated();
        if (!isAllowed(context.viewer, [])) throw forbidden();
        if (!isUuid(reference.id)) return null;
        const viewer: FeedViewer = await segments.viewerOf(context);
        const found = await surveys.find(viewer, reference.id);
        return found ? presentSurvey(found) : null;
      },
    },
  };
}
