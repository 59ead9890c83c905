import type { Express } from 'express';
import { AuthenticationError, isAllowed, Permission, type TokenVerifier } from '@kizuna/auth';
import { csvLine, isUuid, UTF8_BOM } from '@kizuna/data';
import type { Logger } from '@kizuna/subgraph';
import type { SegmentMembership } from '../segments/segment-membership';
import type { SurveyRecord, SurveyResponseRecord, SurveyService } from './survey.service';

/**
 * The CSV of a survey: one row per response, one column per question (choices by their labels,
 * several joined with "; "). A NAMED survey starts each row with the member and when they answered;
 * an ANONYMOUS one has neither (not even the time, which could tell who it was).
 */
export function surveyCsv(survey: SurveyRecord, responses: readonly SurveyResponseRecord[], names: ReadonlyMap<string, string>): string {
  const who = survey.anonymous ? [] : ['memberId', 'displayName', 'answeredAt'];
  const lines = [UTF8_BOM + csvLine([...who, ...survey.questions.map((question) => question.prompt)])];
  for (const response of responses) {
    const cells = survey.questions.map((question) => {
      const answer = response.answers.find((a) => a.questionId === question.id);
      if (!answer) return null;
      if (answer.optionIds) return answer.optionIds.map((id) => question.options.find((option) => option.id === id)?.label ?? '').join('; ');
      return answer.value ?? answer.text ?? null;
    });
    const member = survey.anonymous ? [] : [response.membershipId, names.get(response.membershipId) ?? '', response.updatedAt.toISOString()];
    lines.push(csvLine([...member, ...cells]));
  }
  return lines.join('');
}

/**
 * `GET /exports/surveys/<id>.csv` with the bearer token, through the gateway: the responses of a
 * survey for staff with MANAGE_CONTENT (others: 403). An unknown id, or another network's, is 404;
 * a malformed one 400; each with `{ errors: [{ code, field, message }] }`.
 */
export function surveyExportRoutes(app: Express, surveys: SurveyService, segments: SegmentMembership, verifier: TokenVerifier, log: Logger): void {
  app.get('/exports/surveys/:file', async (req, res) => {
    try {
      let viewer;
      try {
        viewer = await verifier.fromAuthorizationHeader(req.headers.authorization);
      } catch (error) {
        if (!(error instanceof AuthenticationError)) throw error;
        res.status(401).json({ errors: [{ code: 'UNAUTHENTICATED', field: null, message: error.message }] });
        return;
      }
      if (!viewer) {
        res.status(401).json({ errors: [{ code: 'UNAUTHENTICATED', field: null, message: 'Sign in to continue' }] });
        return;
      }
      if (!isAllowed(viewer, [Permission.MANAGE_CONTENT])) {
        res.status(403).json({ errors: [{ code: 'FORBIDDEN', field: null, message: 'Only staff who manage content can download survey answers.' }] });
        return;
      }
      const id = /^(.+)\.csv$/.exec(req.params.file)?.[1];
      if (!isUuid(id)) {
        res.status(400).json({ errors: [{ code: 'VALIDATION', field: 'surveyId', message: 'Ask for /exports/surveys/<survey id>.csv.' }] });
        return;
      }
      const feedViewer = await segments.viewerOf({ viewer, authorization: req.headers.authorization, requestId: '', log });
      const survey = await surveys.find(feedViewer, id);
      if (!survey) {
        res.status(404).json({ errors: [{ code: 'NOT_FOUND', field: 'surveyId', message: 'No such survey.' }] });
        return;
      }
      const responses = await surveys.responses(survey.id);
      const names = survey.anonymous
        ? new Map<string, string>()
        : await surveys.displayNames(
            survey.networkId,
            responses.map((r) => r.membershipId),
          );
      res.status(200);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="survey-${survey.id}.csv"`);
      res.setHeader('cache-control', 'no-store');
      res.end(surveyCsv(survey, responses, names));
      log.info({ surveyId: survey.id, rows: responses.length, networkId: viewer.networkId }, 'survey exported');
    } catch (error) {
      log.error({ err: error }, 'survey export failed');
      if (!res.headersSent) res.status(500).json({ errors: [{ code: 'INTERNAL_SERVER_ERROR', field: null, message: 'Internal server error' }] });
    }
  });
}
