import type { EntityManager } from 'typeorm';
import { UserError } from '@kizuna/subgraph';
import type { MembershipEntity } from '../memberships/membership.entity';
import type { NetworkEntity } from '../networks/network.entity';
import type { AutoApprovalService } from './auto-approval.service';
import type { QuestionService } from './question.service';
import { validateAnswers, type AcceptedAnswer, type AnswerRequest } from './questions';
import { RegistrationAnswerEntity } from './registration.entities';

export type ProfileAnswers = Record<string, string | string[]>;

export type RegistrationCheck = { ok: true; answers: AcceptedAnswer[] } | { ok: false; errors: UserError[] };

/**
 * The network's part of registering: it must be open, the answers must fit its questions
 * (checked before anything is stored), the answers are kept with the membership, and an
 * auto-approval rule may approve the new membership at once.
 */
export class RegistrationService {
  constructor(
    private readonly questions: QuestionService,
    private readonly autoApproval: AutoApprovalService,
  ) {}

  async check(network: NetworkEntity, answers: AnswerRequest[] | null | undefined): Promise<RegistrationCheck> {
    if (!network.registrationOpen) {
      return { ok: false, errors: [UserError.of('REGISTRATION_CLOSED', 'This network is not accepting registrations at the moment.', 'networkSlug')] };
    }
    const result = validateAnswers(await this.questions.active(network.id), answers ?? []);
    return result.errors.length > 0 ? { ok: false, errors: result.errors } : { ok: true, answers: result.answers };
  }

  /** Keeps the answers with the new membership, in the registration's transaction. */
  async store(manager: EntityManager, membership: MembershipEntity, answers: AcceptedAnswer[]): Promise<void> {
    if (answers.length === 0) return;
    await manager.insert(
      RegistrationAnswerEntity,
      answers.map((answer) => ({
        membershipId: membership.id,
        questionId: answer.question.id,
        networkId: membership.networkId,
        value: answer.value,
        displayText: answer.displayText,
      })),
    );
  }

  /** The answers handed to the directory as profile fields, by field key; undefined when there are none. */
  profileAnswers(answers: AcceptedAnswer[]): ProfileAnswers | undefined {
    const entries = answers.filter((a) => a.question.profileField).map((a) => [a.question.profileField!, a.profileValue] as const);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }

  /** After the registration is published: approves at once when a rule matches. */
  approveIfRuleMatches(manager: EntityManager, membership: MembershipEntity, answers: AcceptedAnswer[], verifiedEmail: string | null): Promise<MembershipEntity> {
    return this.autoApproval.applyAtRegistration(manager, membership, answers, verifiedEmail);
  }
}
