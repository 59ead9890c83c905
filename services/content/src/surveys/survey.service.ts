import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import { SurveyAnswered, SurveyClosed, SurveyOpened, type Outbox } from '@kizuna/events';
import { fail, ok, periodicJob, UserError, type Logger, type PeriodicJob, type Result } from '@kizuna/subgraph';
import { isContentModerator, isStaff, type FeedAudience } from '../feed/feed-item.record';
import { excerptOf, type FeedService } from '../feed/feed.service';
import type { FeedViewer } from '../segments/segment-membership';
import {
  applyAnswers,
  emptyTallies,
  readAnswers,
  readDescription,
  readQuestions,
  readTitle,
  resultsOf,
  type AnswerInput,
  type QuestionInput,
  type QuestionTally,
  type ResultsVisibility,
  type StoredAnswer,
  type SurveyQuestion,
  type SurveyResults,
} from './survey-definition';

export interface SurveyRecord {
  id: string;
  networkId: string;
  authorMembershipId: string;
  title: string;
  description: string;
  questions: SurveyQuestion[];
  anonymous: boolean;
  resultsVisibility: ResultsVisibility;
  audience: FeedAudience;
  segmentId: string | null;
  closesAt: Date | null;
  closedAt: Date | null;
  responseCount: number;
  tallies: QuestionTally[];
  createdAt: Date;
  editedAt: Date | null;
}

export interface SurveyResponseRecord {
  surveyId: string;
  membershipId: string;
  answers: StoredAnswer[];
  createdAt: Date;
  updatedAt: Date;
}

/** What staff send to create a survey, or to rewrite it before its first answer. */
export interface SurveyDraft {
  title: string;
  description?: string | null;
  questions: QuestionInput[];
  anonymous: boolean;
  audience: FeedAudience;
  segmentId?: string | null;
  closesAt?: Date | null;
  resultsVisibility: ResultsVisibility;
}

const SURVEY_COLUMNS = `s.id, s.network_id AS "networkId", s.author_membership_id AS "authorMembershipId", s.title, s.description, s.questions, s.anonymous,
  s.results_visibility AS "resultsVisibility", f.audience, f.segment_id AS "segmentId", s.closes_at AS "closesAt", s.closed_at AS "closedAt",
  s.response_count AS "responseCount", s.tallies, s.created_at AS "createdAt", s.edited_at AS "editedAt"`;

const surveyNotFound = () => UserError.of('NOT_FOUND', 'No such survey.', 'surveyId');
const surveyClosed = () => UserError.of('SURVEY_CLOSED', 'This survey is closed.', 'surveyId');
/** Due surveys closed per statement of the periodic check. */
const CLOSE_BATCH = 100;

export const surveyPath = (id: string) => `/surveys/${id}`;

/** Closed by staff, by the periodic check, or its closing time has come (the check may not have run yet). */
export function isClosed(survey: Pick<SurveyRecord, 'closedAt' | 'closesAt'>, now = Date.now()): boolean {
  return survey.closedAt !== null || (survey.closesAt !== null && survey.closesAt.getTime() <= now);
}

/** Staff see every survey's results; others per the survey's rule (AFTER_VOTING also opens once it closed). */
export function maySeeResults(viewer: Viewer, survey: SurveyRecord, answered: boolean): boolean {
  if (isStaff(viewer) || isContentModerator(viewer)) return true;
  if (survey.resultsVisibility === 'AFTER_VOTING') return answered || isClosed(survey);
  if (survey.resultsVisibility === 'AFTER_CLOSING') return isClosed(survey);
  return false;
}

export function resultsOfSurvey(survey: SurveyRecord): SurveyResults {
  return resultsOf(survey.id, survey.responseCount, isClosed(survey), survey.tallies);
}

/** Staff's live surveys: each is a feed item of kind SURVEY with the same id, written in the same transaction. */
export class SurveyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly feed: FeedService,
  ) {}

  private checkDraft(draft: SurveyDraft): Result<{ title: string; description: string; questions: SurveyQuestion[] }> {
    const errors: UserError[] = [];
    const title = readTitle(draft.title);
    const description = readDescription(draft.description);
    const questions = readQuestions(draft.questions);
    for (const result of [title, description, questions]) if (!result.ok) errors.push(...result.errors);
    if (draft.audience === 'segment' && !isUuid(draft.segmentId)) errors.push(UserError.of('VALIDATION', 'Choose the segment that may answer.', 'segmentId'));
    if (draft.audience !== 'segment' && draft.segmentId) errors.push(UserError.of('VALIDATION', 'Only a SEGMENT audience names a segment.', 'segmentId'));
    if (draft.closesAt && draft.closesAt.getTime() <= Date.now())
      errors.push(UserError.of('VALIDATION', 'The closing time must be in the future.', 'closesAt'));
    if (errors.length > 0 || !title.ok || !description.ok || !questions.ok) return fail(...errors);
    return ok({ title: title.value, description: description.value, questions: questions.value });
  }

  private feedRow(id: string, viewer: Viewer, draft: SurveyDraft, checked: { title: string; description: string }, publishedAt: Date) {
    return {
      id,
      networkId: viewer.networkId,
      sourceKey: `content.survey:${id}`,
      kind: 'SURVEY',
      actorMembershipId: viewer.membershipId,
      title: checked.title,
      excerpt: excerptOf(checked.description),
      linkPath: surveyPath(id),
      subjectTypename: 'Survey',
      subjectId: id,
      audience: draft.audience,
      segmentId: draft.audience === 'segment' ? draft.segmentId! : null,
      publishedAt,
    };
  }

  async create(viewer: Viewer, draft: SurveyDraft): Promise<Result<SurveyRecord>> {
    const checked = this.checkDraft(draft);
    if (!checked.ok) return checked;
    return this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      const [{ now }]: { now: Date }[] = await manager.query(`SELECT date_trunc('milliseconds', now()) AS now`);
      await this.feed.upsert(manager, this.feedRow(id, viewer, draft, checked.value, now));
      await manager.query(
        `INSERT INTO content.surveys (id, network_id, author_membership_id, title, description, questions, anonymous, results_visibility, closes_at, tallies, created_at)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10::jsonb, $11)`,
        [
          id,
          viewer.networkId,
          viewer.membershipId,
          checked.value.title,
          checked.value.description,
          JSON.stringify(checked.value.questions),
          draft.anonymous,
          draft.resultsVisibility,
          draft.closesAt ?? null,
          JSON.stringify(emptyTallies(checked.value.questions)),
          now,
        ],
      );
      await this.outbox.add(manager, SurveyOpened, viewer.networkId, {
        surveyId: id,
        networkId: viewer.networkId,
        authorMembershipId: viewer.membershipId,
        title: checked.value.title,
        anonymous: draft.anonymous,
        audience: draft.audience === 'network' ? 'NETWORK' : draft.audience === 'staff' ? 'STAFF' : 'SEGMENT',
        segmentId: draft.audience === 'segment' ? draft.segmentId! : null,
        closesAt: draft.closesAt?.toISOString() ?? null,
        openedAt: now.toISOString(),
      });
      return ok((await this.lockedById(manager, id))!);
    });
  }

  /** Rewrites a survey (wording, questions, audience, rules) until its first answer; questions get new ids. */
  async edit(viewer: FeedViewer, surveyId: string, draft: SurveyDraft): Promise<Result<SurveyRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const survey = await this.lock(manager, viewer, surveyId);
      if (!survey) return fail(surveyNotFound());
      if (isClosed(survey)) return fail(surveyClosed());
      if (survey.responseCount > 0) return fail(UserError.of('SURVEY_ANSWERED', 'A survey cannot be changed once it has answers.', 'surveyId'));
      const checked = this.checkDraft(draft);
      if (!checked.ok) return checked;
      const [item]: { published_at: Date; actor_membership_id: string }[] = await manager.query(
        `SELECT published_at, actor_membership_id FROM content.feed_items WHERE id = $1`,
        [survey.id],
      );
      await this.feed.upsert(manager, {
        ...this.feedRow(survey.id, viewer, draft, checked.value, item.published_at),
        actorMembershipId: item.actor_membership_id,
      });
      await manager.query(
        `UPDATE content.surveys SET title = $2, description = $3, questions = $4::jsonb, anonymous = $5, results_visibility = $6, closes_at = $7,
           tallies = $8::jsonb, edited_at = now() WHERE id = $1`,
        [
          survey.id,
          checked.value.title,
          checked.value.description,
          JSON.stringify(checked.value.questions),
          draft.anonymous,
          draft.resultsVisibility,
          draft.closesAt ?? null,
          JSON.stringify(emptyTallies(checked.value.questions)),
        ],
      );
      return ok((await this.lockedById(manager, survey.id))!);
    });
  }

  /** Staff close a survey before its time; its final tallies are published once. */
  async close(viewer: FeedViewer, surveyId: string): Promise<Result<SurveyRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const survey = await this.lock(manager, viewer, surveyId);
      if (!survey) return fail(surveyNotFound());
      if (isClosed(survey)) return fail(surveyClosed());
      const [{ now }]: { now: Date }[] = await manager.query(`SELECT date_trunc('milliseconds', now()) AS now`);
      await manager.query(`UPDATE content.surveys SET closed_at = $2 WHERE id = $1`, [survey.id, now]);
      const closed = { ...survey, closedAt: now };
      await this.publishClosed(manager, closed, true);
      return ok(closed);
    });
  }

  /** The survey goes with its feed item and every response. */
  async delete(viewer: FeedViewer, surveyId: string): Promise<Result<string>> {
    return this.dataSource.transaction(async (manager) => {
      const survey = await this.lock(manager, viewer, surveyId);
      if (!survey) return fail<string>(surveyNotFound());
      await manager.query(`DELETE FROM content.feed_items WHERE id = $1 AND network_id = $2`, [survey.id, viewer.networkId]);
      return ok(survey.id);
    });
  }

  /**
   * The viewer's answer, or a new one replacing theirs, until the survey closes. The survey row is
   * locked for the whole change, so concurrent answers queue and the tallies stay exact.
   */
  async answer(viewer: FeedViewer, surveyId: string, inputs: AnswerInput[]): Promise<Result<SurveyRecord>> {
    return this.dataSource.transaction(async (manager) => {
      const survey = await this.lock(manager, viewer, surveyId);
      if (!survey) return fail(surveyNotFound());
      if (isClosed(survey)) return fail(surveyClosed());
      const answers = readAnswers(survey.questions, inputs);
      if (!answers.ok) return answers;
      const [earlier]: { answers: StoredAnswer[] }[] = await manager.query(
        `SELECT answers FROM content.survey_responses WHERE survey_id = $1 AND membership_id = $2`,
        [survey.id, viewer.membershipId],
      );
      let tallies = earlier ? applyAnswers(survey.tallies, earlier.answers, -1) : survey.tallies;
      tallies = applyAnswers(tallies, answers.value, 1);
      const responseCount = survey.responseCount + (earlier ? 0 : 1);
      await manager.query(
        `INSERT INTO content.survey_responses (id, survey_id, network_id, membership_id, answers) VALUES ($1, $2, $3, $4, $5::jsonb)
         ON CONFLICT (survey_id, membership_id) DO UPDATE SET answers = EXCLUDED.answers, updated_at = now()`,
        [randomUUID(), survey.id, viewer.networkId, viewer.membershipId, JSON.stringify(answers.value)],
      );
      await manager.query(`UPDATE content.surveys SET tallies = $2::jsonb, response_count = $3 WHERE id = $1`, [
        survey.id,
        JSON.stringify(tallies),
        responseCount,
      ]);
      const updated = { ...survey, tallies, responseCount };
      await this.outbox.add(manager, SurveyAnswered, viewer.networkId, {
        surveyId: survey.id,
        networkId: viewer.networkId,
        // An anonymous survey's events name nobody.
        ...(survey.anonymous ? {} : { membershipId: viewer.membershipId }),
        changed: !!earlier,
        responseCount,
        results: resultsOfSurvey(updated),
        answeredAt: new Date().toISOString(),
      });
      return ok(updated);
    });
  }

  /**
   * Closes the surveys whose closing time has come and publishes each one's SurveyClosed once:
   * `closed_at` is set in the transaction that publishes, and SKIP LOCKED lets several instances
   * share the work without waiting on each other or closing one twice.
   */
  async closeDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due: SurveyRecord[] = await manager.query(
        `SELECT ${SURVEY_COLUMNS} FROM content.surveys s JOIN content.feed_items f ON f.id = s.id
         WHERE s.closed_at IS NULL AND s.closes_at <= now() ORDER BY s.closes_at LIMIT ${CLOSE_BATCH} FOR UPDATE OF s SKIP LOCKED`,
      );
      for (const survey of due) {
        await manager.query(`UPDATE content.surveys SET closed_at = closes_at WHERE id = $1`, [survey.id]);
        await this.publishClosed(manager, { ...survey, closedAt: survey.closesAt }, false);
      }
      return due.length;
    });
  }

  private async publishClosed(manager: EntityManager, survey: SurveyRecord, early: boolean): Promise<void> {
    await this.outbox.add(manager, SurveyClosed, survey.networkId, {
      surveyId: survey.id,
      networkId: survey.networkId,
      early,
      responseCount: survey.responseCount,
      results: resultsOfSurvey(survey),
      closedAt: survey.closedAt!.toISOString(),
    });
  }

  /** The survey, locked, if the viewer may open its feed item. */
  private async lock(manager: EntityManager, viewer: FeedViewer, surveyId: string): Promise<SurveyRecord | null> {
    if (!isUuid(surveyId)) return null;
    const readable = await this.feed.readable(viewer, [surveyId], manager);
    if (!readable.has(surveyId)) return null;
    const survey = await this.lockedById(manager, surveyId);
    return survey?.networkId === viewer.networkId ? survey : null;
  }

  private async lockedById(manager: EntityManager, id: string): Promise<SurveyRecord | null> {
    const [survey]: SurveyRecord[] = await manager.query(
      `SELECT ${SURVEY_COLUMNS} FROM content.surveys s JOIN content.feed_items f ON f.id = s.id WHERE s.id = $1 FOR UPDATE OF s`,
      [id],
    );
    return survey ?? null;
  }

  /** Surveys by id in one network (their feed items were already checked for the viewer). */
  async byIds(networkId: string, ids: string[]): Promise<Map<string, SurveyRecord>> {
    const rows: SurveyRecord[] = await this.dataSource.query(
      `SELECT ${SURVEY_COLUMNS} FROM content.surveys s JOIN content.feed_items f ON f.id = s.id WHERE s.network_id = $1 AND s.id = ANY($2::uuid[])`,
      [networkId, ids.filter(isUuid)],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** A survey the viewer may open, else null. */
  async find(viewer: FeedViewer, id: string): Promise<SurveyRecord | null> {
    if (!(await this.feed.find(viewer, id))) return null;
    return (await this.byIds(viewer.networkId, [id])).get(id) ?? null;
  }

  /** The viewer's own responses to these surveys. */
  async responsesOf(viewer: Viewer, surveyIds: string[]): Promise<Map<string, SurveyResponseRecord>> {
    const rows: SurveyResponseRecord[] = await this.dataSource.query(
      `SELECT survey_id AS "surveyId", membership_id AS "membershipId", answers, created_at AS "createdAt", updated_at AS "updatedAt"
       FROM content.survey_responses WHERE membership_id = $1 AND network_id = $2 AND survey_id = ANY($3::uuid[])`,
      [viewer.membershipId, viewer.networkId, surveyIds.filter(isUuid)],
    );
    return new Map(rows.map((row) => [row.surveyId, row]));
  }

  /** Every response, for staff: free-text listings and the CSV (anonymous surveys: the caller leaves out who). */
  async responses(surveyId: string): Promise<SurveyResponseRecord[]> {
    return this.dataSource.query(
      `SELECT survey_id AS "surveyId", membership_id AS "membershipId", answers, created_at AS "createdAt", updated_at AS "updatedAt"
       FROM content.survey_responses WHERE survey_id = $1 ORDER BY created_at, id`,
      [surveyId],
    );
  }

  /** Display names the content service knows, for the CSV of a named survey. */
  async displayNames(networkId: string, membershipIds: string[]): Promise<Map<string, string>> {
    const rows: { membership_id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT membership_id, display_name FROM content.members WHERE network_id = $1 AND membership_id = ANY($2::uuid[])`,
      [networkId, membershipIds],
    );
    return new Map(rows.map((row) => [row.membership_id, row.display_name]));
  }

  /** A deleted member's answers go, and the tallies of the surveys they answered follow (each survey locked in turn). */
  async eraseAnswers(manager: EntityManager, membershipId: string, networkId: string): Promise<void> {
    const responses: { survey_id: string; answers: StoredAnswer[] }[] = await manager.query(
      `SELECT survey_id, answers FROM content.survey_responses WHERE membership_id = $1 AND network_id = $2 ORDER BY survey_id`,
      [membershipId, networkId],
    );
    for (const response of responses) {
      const survey = await this.lockedById(manager, response.survey_id);
      if (!survey) continue;
      await manager.query(`UPDATE content.surveys SET tallies = $2::jsonb, response_count = response_count - 1 WHERE id = $1`, [
        survey.id,
        JSON.stringify(applyAnswers(survey.tallies, response.answers, -1)),
      ]);
    }
    await manager.query(`DELETE FROM content.survey_responses WHERE membership_id = $1 AND network_id = $2`, [membershipId, networkId]);
  }
}

/** Closes the surveys whose closing time has come, every `intervalMs` until stopped. */
export function surveyCloser(surveys: SurveyService, intervalMs: number, log: Pick<Logger, 'error' | 'info'>): PeriodicJob {
  return periodicJob(
    'closing due surveys',
    intervalMs,
    async () => {
      let closed: number;
      do {
        closed = await surveys.closeDue();
        if (closed > 0) log.info({ closed }, 'surveys closed at their closing time');
      } while (closed === CLOSE_BATCH);
    },
    log,
  );
}
