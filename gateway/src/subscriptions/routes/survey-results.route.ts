import { GraphQLError, isObjectType, Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { SurveyAnswered, SurveyClosed, type EventData } from '@kizuna/events';
import type { Ask, GatewayResult, Route } from '../engine/route';
import { eventFieldKeys, selectedFields } from '../selection';
import { hasIdQuery } from './schema-support';

/** Content answers who may see a survey's results now: `results` is null for everyone else. */
export const SURVEY_RESULTS_ACCESS_QUERY = 'query GatewaySubscriptionSurveyResults($id: ID!) { survey(id: $id) { id results { responseCount } } }';

export const surveyKey = (surveyId: string) => `survey:${surveyId}`;

/** Resolves when content shows the subscriber the survey's results; NOT_FOUND or FORBIDDEN otherwise. */
async function requireResultsAccess(ask: Ask, surveyId: string): Promise<void> {
  let result: GatewayResult;
  try {
    result = await ask(SURVEY_RESULTS_ACCESS_QUERY, { id: surveyId }, 'access');
  } catch {
    throw new GraphQLError('Access to the survey could not be checked.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
  const survey = result.data?.survey as { results?: unknown } | null | undefined;
  if (!survey) throw new GraphQLError('No such survey.', { extensions: { code: 'NOT_FOUND' } });
  if (!survey.results) throw new GraphQLError('You may not see the results of this survey yet.', { extensions: { code: 'FORBIDDEN' } });
}

/**
 * The tallies are built once per event for every subscriber, keyed by field name, so the fields
 * under the top level must be asked for by their own names.
 */
function hasNestedAlias(info: GraphQLResolveInfo): boolean {
  const visit = (selections: readonly SelectionNode[], depth: number): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return (depth > 0 && !!selection.alias) || visit(selection.selectionSet?.selections ?? [], depth + 1);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections, depth);
      const fragment = info.fragments[selection.name.value];
      return !!fragment && visit(fragment.selectionSet.selections, depth);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet?.selections ?? [], 0));
}

/** The event's tallies as the SurveyResults object (free texts never travel in events). */
function resultsValues(results: EventData<typeof SurveyAnswered>['results']): Record<string, unknown> {
  return {
    __typename: 'SurveyResults',
    surveyId: results.surveyId,
    responseCount: results.responseCount,
    closed: results.closed,
    questions: results.questions.map((question) => ({
      __typename: 'SurveyQuestionResults',
      questionId: question.questionId,
      answerCount: question.answerCount,
      options: question.options.map((option) => ({ __typename: 'SurveyOptionCount', ...option })),
      scale: question.scale.map((value) => ({ __typename: 'SurveyScaleCount', ...value })),
      mean: question.mean,
      freeTextAnswers: null,
    })),
  };
}

/**
 * `surveyResultsChanged(surveyId)`: a survey's tallies after each answer and when it closes, to
 * subscribers content shows the results to at subscribe (staff; members per the survey's rule, so
 * a member who answers subscribes again). Delivered from the event's values: the tallies are the
 * same for everyone allowed, so nothing is fetched per subscriber.
 */
export const surveyResultsRoute: Route<{ surveyId: string }> = {
  field: 'surveyResultsChanged',
  sdl: /* GraphQL */ `
  """
  A survey's results after each answer and when it closes, while the viewer may see them
  (NOT_FOUND for a survey they cannot see, FORBIDDEN while its results are not theirs to see).
  freeTextAnswers is always null here. Fields below SurveyResults take no aliases.
  """
  surveyResultsChanged(surveyId: ID!): SurveyResults!
`,
  supported: (apiSchema) => isObjectType(apiSchema.getType('SurveyResults')) && hasIdQuery(apiSchema, 'survey'),
  events: [SurveyAnswered, SurveyClosed],
  async open({ args, info, ask }) {
    if (hasNestedAlias(info)) throw new GraphQLError('Fields inside surveyResultsChanged take no aliases.', { extensions: { code: 'BAD_USER_INPUT' } });
    await requireResultsAccess(ask, args.surveyId);
    return { keys: [surveyKey(args.surveyId)], eventFields: eventFieldKeys(selectedFields(info)) };
  },
  route(event) {
    const data = event.data as EventData<typeof SurveyAnswered> | EventData<typeof SurveyClosed>;
    return [{ kind: 'deliver', to: { keys: [surveyKey(data.surveyId)] }, values: resultsValues(data.results) }];
  },
};
