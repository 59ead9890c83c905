import { Arg, Authorized, Directive, Int, Mutation, Query, Resolver } from 'type-graphql';
import { connectionListSize, cost, CurrentViewer } from '@kizuna/subgraph';
import { Access, type Viewer } from '@kizuna/auth';
import { MultiLine } from '@kizuna/subgraph';
import type { AutoApprovalService } from './auto-approval.service';
import type { AutoApprovalRulesEntity } from './registration.entities';
import { toQuestion } from './registration.resolver';
import {
  AutoApprovalRulesType,
  DeleteRosterEntryInput,
  DeleteRosterEntryPayload,
  ImportRosterInput,
  ImportRosterPayload,
  RosterEntryConnection,
  RosterImportMode,
  RosterPreview,
  UpdateAutoApprovalRulesInput,
  UpdateAutoApprovalRulesPayload,
} from './registration.types';

@Resolver(() => AutoApprovalRulesType)
export class AutoApprovalResolver {
  constructor(private readonly autoApproval: AutoApprovalService) {}

  @Authorized(Access.ADMIN)
  @Query(() => AutoApprovalRulesType, { description: "The current network's auto-approval rules (owners and admins)." })
  async autoApprovalRules(@CurrentViewer() viewer: Viewer): Promise<AutoApprovalRulesType> {
    return this.present(viewer, await this.autoApproval.rules(viewer.networkId));
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => UpdateAutoApprovalRulesPayload)
  async updateAutoApprovalRules(@Arg('input') input: UpdateAutoApprovalRulesInput, @CurrentViewer() viewer: Viewer): Promise<UpdateAutoApprovalRulesPayload> {
    const result = await this.autoApproval.updateRules(viewer, input);
    return result.ok ? { rules: await this.present(viewer, result.value.rules), approvedCount: result.value.approved, errors: [] } : { errors: result.errors };
  }

  @Authorized(Access.ADMIN)
  @MultiLine('csv')
  @Directive(cost(10))
  @Query(() => RosterPreview, { description: 'What uploading this roster CSV would do, row by row; stores nothing.' })
  rosterPreview(
    @CurrentViewer() viewer: Viewer,
    @Arg('csv') csv: string,
    @Arg('mode', () => RosterImportMode, { defaultValue: RosterImportMode.APPEND }) mode: RosterImportMode,
  ): Promise<RosterPreview> {
    return this.autoApproval.previewRoster(viewer, csv, mode);
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => ImportRosterPayload, { description: 'Stores a roster CSV: every row, or none when any row is at fault.' })
  async importRoster(@Arg('input') input: ImportRosterInput, @CurrentViewer() viewer: Viewer): Promise<ImportRosterPayload> {
    const result = await this.autoApproval.importRoster(viewer, input.csv, input.mode);
    return result.ok
      ? { importedCount: result.value.imported, totalCount: result.value.total, approvedCount: result.value.approved, errors: [] }
      : { errors: result.errors };
  }

  @Authorized(Access.ADMIN)
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => RosterEntryConnection, { description: 'The roster, oldest first; search matches e-mail or name, or a year.' })
  async rosterEntries(
    @CurrentViewer() viewer: Viewer,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<RosterEntryConnection> {
    const page = await this.autoApproval.roster(viewer, search, first, after);
    const edges = page.entries.map((node, i) => ({ node, cursor: page.cursors[i] }));
    return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => DeleteRosterEntryPayload)
  async deleteRosterEntry(@Arg('input') input: DeleteRosterEntryInput, @CurrentViewer() viewer: Viewer): Promise<DeleteRosterEntryPayload> {
    const result = await this.autoApproval.deleteRosterEntry(viewer, input.entryId);
    return result.ok ? { entry: result.value, errors: [] } : { errors: result.errors };
  }

  private async present(viewer: Viewer, rules: AutoApprovalRulesEntity): Promise<AutoApprovalRulesType> {
    const question = await this.autoApproval.rosterYearQuestion(rules);
    return {
      emailDomains: rules.emailDomains,
      rosterEnabled: rules.rosterEnabled,
      rosterYearQuestion: question ? toQuestion(question) : null,
      rosterEntryCount: await this.autoApproval.rosterCount(viewer.networkId),
    };
  }
}
