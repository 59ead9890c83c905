import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, isAdmin, type Viewer } from '@kizuna/auth';
import { requestLoader } from '@kizuna/data';
import { CurrentViewer, type RequestContext } from '@kizuna/subgraph';
import { MemberType } from '../memberships/member.type';
import { NetworkType } from '../networks/network.type';
import type { MemberAnswer, QuestionService } from './question.service';
import type { RegistrationQuestionEntity } from './registration.entities';
import {
  CreateRegistrationQuestionInput,
  RegistrationAnswerType,
  RegistrationQuestionIdInput,
  RegistrationQuestionKind,
  RegistrationQuestionPayload,
  RegistrationQuestionType,
  ReorderRegistrationQuestionsInput,
  ReorderRegistrationQuestionsPayload,
  UpdateRegistrationQuestionInput,
} from './registration.types';

export function toQuestion(entity: RegistrationQuestionEntity): RegistrationQuestionType {
  return {
    id: entity.id,
    kind: entity.kind as RegistrationQuestionKind,
    label: entity.label,
    helpText: entity.helpText,
    required: entity.required,
    position: entity.position,
    options: entity.options,
    profileField: entity.profileField,
    adminOnly: entity.profileField === null,
    archivedAt: entity.archivedAt,
  };
}

function toAnswer({ question, answer }: MemberAnswer): RegistrationAnswerType {
  return { question: toQuestion(question), displayText: answer.displayText, values: Array.isArray(answer.value) ? answer.value : [answer.value] };
}

@Resolver(() => RegistrationQuestionType)
export class RegistrationQuestionResolver {
  constructor(private readonly questions: QuestionService) {}

  @Authorized(Access.ADMIN)
  @Query(() => [RegistrationQuestionType], {
    description: "The current network's registration questions in order, then the archived ones (owners and admins).",
  })
  async registrationQuestions(
    @CurrentViewer() viewer: Viewer,
    @Arg('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<RegistrationQuestionType[]> {
    return (await this.questions.all(viewer.networkId, includeArchived)).map(toQuestion);
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => RegistrationQuestionPayload, { description: 'Adds a question at the end of the registration form.' })
  async createRegistrationQuestion(
    @Arg('input') input: CreateRegistrationQuestionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RegistrationQuestionPayload> {
    return questionPayload(await this.questions.create(viewer, input));
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => RegistrationQuestionPayload, { description: "Changes a question's wording, options, whether it is required and where its answer goes." })
  async updateRegistrationQuestion(
    @Arg('input') input: UpdateRegistrationQuestionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RegistrationQuestionPayload> {
    return questionPayload(await this.questions.update(viewer, input.questionId, input));
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => RegistrationQuestionPayload, { description: 'Stops asking a question; answers already given stay readable.' })
  async archiveRegistrationQuestion(@Arg('input') input: RegistrationQuestionIdInput, @CurrentViewer() viewer: Viewer): Promise<RegistrationQuestionPayload> {
    return questionPayload(await this.questions.archive(viewer, input.questionId));
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => RegistrationQuestionPayload, { description: 'Asks an archived question again, at the end of the form.' })
  async restoreRegistrationQuestion(@Arg('input') input: RegistrationQuestionIdInput, @CurrentViewer() viewer: Viewer): Promise<RegistrationQuestionPayload> {
    return questionPayload(await this.questions.restore(viewer, input.questionId));
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => ReorderRegistrationQuestionsPayload, { description: 'Puts every question being asked in a new order.' })
  async reorderRegistrationQuestions(
    @Arg('input') input: ReorderRegistrationQuestionsInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReorderRegistrationQuestionsPayload> {
    const result = await this.questions.reorder(viewer, input.questionIds);
    return result.ok ? { questions: result.value.map(toQuestion), errors: [] } : { errors: result.errors };
  }
}

/** The questions on a network's registration page: public, like the page. */
@Resolver(() => NetworkType)
export class NetworkQuestionsResolver {
  constructor(private readonly questions: QuestionService) {}

  @FieldResolver(() => [RegistrationQuestionType], { description: 'The questions asked when registering, in order. Public.' })
  async registrationQuestions(@Root() network: NetworkType): Promise<RegistrationQuestionType[]> {
    return (await this.questions.active(network.id)).map(toQuestion);
  }
}

/** What an applicant answered, on the member: for the network's admins, and (except admin-only answers) for the member. */
@Resolver(() => MemberType)
export class MemberAnswersResolver {
  constructor(private readonly questions: QuestionService) {}

  @FieldResolver(() => [RegistrationAnswerType], {
    nullable: true,
    description: "Answers given when registering, in the questions' order. Administrators see all; the member sees theirs except admin-only ones; others null.",
  })
  async registrationAnswers(@Root() member: MemberType, @Ctx() context: RequestContext): Promise<RegistrationAnswerType[] | null> {
    const viewer = context.viewer;
    if (!viewer || viewer.networkId !== member.networkId) return null;
    const asAdmin = isAdmin(viewer) && viewer.status === 'approved';
    const self = viewer.membershipId === member.id;
    if (!asAdmin && !self) return null;
    const loader = requestLoader(context, 'registrationAnswers', (ids: string[]) => this.questions.answersOf(viewer.networkId, ids));
    const answers = (await loader.get(member.id)) ?? [];
    return answers.filter((a) => asAdmin || a.question.profileField !== null).map(toAnswer);
  }
}

function questionPayload(result: { ok: true; value: RegistrationQuestionEntity } | { ok: false; errors: RegistrationQuestionPayload['errors'] }) {
  return result.ok ? { question: toQuestion(result.value), errors: [] } : { errors: result.errors };
}
