import { randomUUID } from 'node:crypto';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import { fail, ok, UserError, type Result } from '@kizuna/subgraph';
import { recordAudit } from '../audit/audit-writer';
import { assertCurrentAdmin } from '../networks/current-admin';
import { MAX_ACTIVE_QUESTIONS, validateQuestion, type QuestionRequest } from './questions';
import { AutoApprovalRulesEntity, RegistrationAnswerEntity, RegistrationQuestionEntity } from './registration.entities';

export interface MemberAnswer {
  question: RegistrationQuestionEntity;
  answer: RegistrationAnswerEntity;
}

const NOT_FOUND = (field = 'questionId') => UserError.of('NOT_FOUND', 'No such question in this network.', field);

/** A network's registration questions: administrators write, order and archive them; everyone registering answers them. */
export class QuestionService {
  constructor(private readonly dataSource: DataSource) {}

  /** The questions asked now, in order. */
  active(networkId: string, manager: EntityManager = this.dataSource.manager): Promise<RegistrationQuestionEntity[]> {
    return manager.find(RegistrationQuestionEntity, { where: { networkId, archivedAt: IsNull() }, order: { position: 'ASC', createdAt: 'ASC' } });
  }

  /** For administrators: the asked questions in order, then the archived ones (newest archived first). */
  async all(networkId: string, includeArchived: boolean): Promise<RegistrationQuestionEntity[]> {
    const active = await this.active(networkId);
    if (!includeArchived) return active;
    const archived = await this.dataSource
      .getRepository(RegistrationQuestionEntity)
      .createQueryBuilder('q')
      .where('q.network_id = :networkId AND q.archived_at IS NOT NULL', { networkId })
      .orderBy('q.archived_at', 'DESC')
      .getMany();
    return [...active, ...archived];
  }

  async create(viewer: Viewer, request: QuestionRequest): Promise<Result<RegistrationQuestionEntity>> {
    const { definition, errors } = validateQuestion(request);
    if (!definition) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const actor = await assertCurrentAdmin(manager, viewer);
      await this.lockQuestions(manager, viewer.networkId);
      const active = await this.active(viewer.networkId, manager);
      if (active.length >= MAX_ACTIVE_QUESTIONS) {
        return fail(UserError.of('LIMIT_REACHED', `A network can ask at most ${MAX_ACTIVE_QUESTIONS} questions. Archive one first.`));
      }
      const clash = profileFieldClash(active, definition.profileField, null);
      if (clash) return fail(clash);
      const question = await manager.save(RegistrationQuestionEntity, {
        id: randomUUID(),
        networkId: viewer.networkId,
        ...definition,
        position: (active.at(-1)?.position ?? 0) + 1,
        archivedAt: null,
      });
      await this.audit(manager, actor.id, viewer.networkId, 'registration.question.created', question);
      return ok(question);
    });
  }

  async update(viewer: Viewer, questionId: string, request: QuestionRequest): Promise<Result<RegistrationQuestionEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const actor = await assertCurrentAdmin(manager, viewer);
      await this.lockQuestions(manager, viewer.networkId);
      const question = await this.find(manager, viewer.networkId, questionId);
      if (!question) return fail(NOT_FOUND());
      if (request.kind && request.kind.toLowerCase() !== question.kind) {
        return fail(UserError.of('VALIDATION', 'The kind of a question cannot change. Archive it and add a new one.', 'kind'));
      }
      const { definition, errors } = validateQuestion(request, question);
      if (!definition) return fail(...errors);
      if (!question.archivedAt) {
        const clash = profileFieldClash(await this.active(viewer.networkId, manager), definition.profileField, question.id);
        if (clash) return fail(clash);
      }
      Object.assign(question, definition);
      const saved = await manager.save(RegistrationQuestionEntity, question);
      await this.audit(manager, actor.id, viewer.networkId, 'registration.question.updated', saved);
      return ok(saved);
    });
  }

  /** Stops asking a question; answers already given stay readable with it. */
  async archive(viewer: Viewer, questionId: string): Promise<Result<RegistrationQuestionEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const actor = await assertCurrentAdmin(manager, viewer);
      await this.lockQuestions(manager, viewer.networkId);
      const question = await this.find(manager, viewer.networkId, questionId);
      if (!question) return fail(NOT_FOUND());
      if (question.archivedAt) return fail(UserError.of('INVALID_STATE', 'This question is already archived.', 'questionId'));
      const rules = await manager.findOneBy(AutoApprovalRulesEntity, { networkId: viewer.networkId });
      if (rules?.rosterYearQuestionId === question.id) {
        return fail(
          UserError.of(
            'IN_USE',
            'Roster matching uses this question for the year. Choose another year question in the auto-approval rules first.',
            'questionId',
          ),
        );
      }
      question.archivedAt = new Date();
      const saved = await manager.save(RegistrationQuestionEntity, question);
      await this.audit(manager, actor.id, viewer.networkId, 'registration.question.archived', saved);
      return ok(saved);
    });
  }

  /** Asks an archived question again, at the end of the list. */
  async restore(viewer: Viewer, questionId: string): Promise<Result<RegistrationQuestionEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const actor = await assertCurrentAdmin(manager, viewer);
      await this.lockQuestions(manager, viewer.networkId);
      const question = await this.find(manager, viewer.networkId, questionId);
      if (!question) return fail(NOT_FOUND());
      if (!question.archivedAt) return fail(UserError.of('INVALID_STATE', 'This question is being asked already.', 'questionId'));
      const active = await this.active(viewer.networkId, manager);
      if (active.length >= MAX_ACTIVE_QUESTIONS) {
        return fail(UserError.of('LIMIT_REACHED', `A network can ask at most ${MAX_ACTIVE_QUESTIONS} questions. Archive one first.`));
      }
      const clash = profileFieldClash(active, question.profileField, question.id);
      if (clash) return fail(clash);
      question.archivedAt = null;
      question.position = (active.at(-1)?.position ?? 0) + 1;
      const saved = await manager.save(RegistrationQuestionEntity, question);
      await this.audit(manager, actor.id, viewer.networkId, 'registration.question.restored', saved);
      return ok(saved);
    });
  }

  /** Puts the asked questions in the order given: every asked question, each once. */
  async reorder(viewer: Viewer, questionIds: string[]): Promise<Result<RegistrationQuestionEntity[]>> {
    return this.dataSource.transaction(async (manager) => {
      const actor = await assertCurrentAdmin(manager, viewer);
      await this.lockQuestions(manager, viewer.networkId);
      const active = await this.active(viewer.networkId, manager);
      const byId = new Map(active.map((q) => [q.id, q]));
      const errors: UserError[] = [];
      const seen = new Set<string>();
      for (const [index, id] of questionIds.entries()) {
        if (!byId.has(id)) errors.push(UserError.of('NOT_FOUND', 'No such question is being asked in this network.', `questionIds.${index}`));
        else if (seen.has(id)) errors.push(UserError.of('VALIDATION', 'This question is listed more than once.', `questionIds.${index}`));
        seen.add(id);
      }
      if (errors.length === 0 && seen.size !== active.length) {
        errors.push(UserError.of('VALIDATION', 'List every question being asked, each once.', 'questionIds'));
      }
      if (errors.length > 0) return fail(...errors);
      const ordered = questionIds.map((id, index) => Object.assign(byId.get(id)!, { position: index + 1 }));
      await manager.save(RegistrationQuestionEntity, ordered);
      await recordAudit(manager, [
        {
          networkId: viewer.networkId,
          actorMembershipId: actor.id,
          action: 'registration.questions.reordered',
          targetMembershipId: null,
          details: { order: ordered.map((q) => q.label).join(' / ') },
        },
      ]);
      return ok(ordered);
    });
  }

  /** The answers each membership gave, in the questions' order (archived questions' answers included). */
  async answersOf(networkId: string, membershipIds: string[]): Promise<Map<string, MemberAnswer[]>> {
    const ids = membershipIds.filter(isUuid);
    const result = new Map<string, MemberAnswer[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return result;
    const answers = await this.dataSource.getRepository(RegistrationAnswerEntity).findBy({ networkId, membershipId: In(ids) });
    if (answers.length === 0) return result;
    const questions = await this.dataSource
      .getRepository(RegistrationQuestionEntity)
      .findBy({ networkId, id: In([...new Set(answers.map((a) => a.questionId))]) });
    const byId = new Map(questions.map((q) => [q.id, q]));
    const order = (q: RegistrationQuestionEntity) => [q.archivedAt ? 1 : 0, q.position] as const;
    for (const answer of answers) {
      const question = byId.get(answer.questionId);
      if (question) result.get(answer.membershipId)?.push({ question, answer });
    }
    for (const list of result.values()) {
      list.sort((a, b) => {
        const [x, y] = [order(a.question), order(b.question)];
        return x[0] - y[0] || x[1] - y[1];
      });
    }
    return result;
  }

  private find(manager: EntityManager, networkId: string, questionId: string): Promise<RegistrationQuestionEntity | null> {
    if (!isUuid(questionId)) return Promise.resolve(null);
    return manager.findOneBy(RegistrationQuestionEntity, { id: questionId, networkId });
  }

  /** One change to a network's questions at a time: positions and limits stay consistent. */
  private async lockQuestions(manager: EntityManager, networkId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('identity.registration-questions'), hashtext($1))`, [networkId]);
  }

  private audit(manager: EntityManager, actorId: string, networkId: string, action: string, question: RegistrationQuestionEntity) {
    return recordAudit(manager, [
      {
        networkId,
        actorMembershipId: actorId,
        action,
        targetMembershipId: null,
        details: {
          questionId: question.id,
          label: question.label,
          kind: question.kind,
          required: String(question.required),
          profileField: question.profileField,
          options: question.options.length ? question.options.map((o) => o.label).join(' / ') : null,
        },
      },
    ]);
  }
}

function profileFieldClash(active: RegistrationQuestionEntity[], profileField: string | null, self: string | null): UserError | null {
  if (!profileField) return null;
  const other = active.find((q) => q.profileField === profileField && q.id !== self);
  return other ? UserError.of('VALIDATION', `The question “${other.label}” already fills this profile field.`, 'profileField') : null;
}
