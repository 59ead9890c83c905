import { getOperationAST, type DocumentNode, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { isAdmin, permissionsOf, type Viewer } from '@kizuna/auth';
import type { CostDirectives } from './cost-directives';
import { compileCost, type CompiledCost } from './cost-estimate';
import { demandLimitExceeded } from './errors';
import { operationShape, type OperationShape } from './operation-shape';

/** Who calls, for the cost budget: nobody signed in, a member, or someone who runs the network. */
export type CallerClass = 'anonymous' | 'member' | 'admin';

export interface DemandLimits {
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  /** The length assumed for a list that neither a slicing argument nor `@listSize` sizes. */
  defaultListSize: number;
  budgets: Record<CallerClass, number>;
}

/** Owners, admins and staff (any permission of the network) run admin screens: their lists are longer. */
export function callerClassOf(viewer: Viewer | undefined): CallerClass {
  if (!viewer) return 'anonymous';
  if (viewer.status === 'approved' && (isAdmin(viewer) || permissionsOf(viewer).length > 0)) return 'admin';
  return 'member';
}

interface Analysis {
  operation: OperationDefinitionNode;
  shape: OperationShape;
  /** Compiled only for operations within the other limits. */
  cost?: CompiledCost;
}

/** The verdict on one operation: refused with an error, or allowed with its estimated cost. */
export type DemandVerdict = { error: GraphQLError } | { estimatedCost: number; cost: CompiledCost };

/**
 * Demand control: what one operation may ask of the graph, judged on the document before any
 * planning or fetching. Depth, aliases and root fields are measured once per document; the cost
 * is compiled once per document and evaluated with each request's variables. The analysis lives
 * as long as the parsed document (Apollo Server keeps parsed documents by query hash).
 */
export class DemandControl {
  private readonly analyses = new WeakMap<DocumentNode, Map<string, Analysis>>();

  constructor(
    readonly limits: DemandLimits,
    private readonly directives: CostDirectives,
  ) {}

  /** Judges one validated operation of `document` (null when the document does not name one operation). */
  check(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    caller: CallerClass,
  ): DemandVerdict | null {
    const analysis = this.analysisOf(document, operationName);
    if (!analysis) return null;
    const { shape } = analysis;
    const { limits } = this;
    if (shape.depth > limits.maxDepth) return { error: demandLimitExceeded('depth', shape.depth, limits.maxDepth) };
    if (shape.aliases > limits.maxAliases) return { error: demandLimitExceeded('aliases', shape.aliases, limits.maxAliases) };
    if (shape.rootFields > limits.maxRootFields) return { error: demandLimitExceeded('rootFields', shape.rootFields, limits.maxRootFields) };
    analysis.cost ??= compileCost(schema, this.directives, document, analysis.operation, limits.defaultListSize);
    const estimatedCost = analysis.cost.estimate(variables);
    const budget = limits.budgets[caller];
    if (estimatedCost > budget) return { error: demandLimitExceeded('cost', estimatedCost, budget) };
    return { estimatedCost, cost: analysis.cost };
  }

  private analysisOf(document: DocumentNode, operationName: string | null | undefined): Analysis | undefined {
    let byOperation = this.analyses.get(document);
    if (!byOperation) this.analyses.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let analysis = byOperation.get(key);
    if (!analysis) {
      const operation = getOperationAST(document, operationName);
      if (!operation) return undefined;
      analysis = { operation, shape: operationShape(document, operation) };
      byOperation.set(key, analysis);
    }
    return analysis;
  }
}

/** The limits as the gateway's settings give them. */
export function demandLimitsFrom(settings: {
  DEMAND_MAX_TOKENS: number;
  DEMAND_MAX_DEPTH: number;
  DEMAND_MAX_ALIASES: number;
  DEMAND_MAX_ROOT_FIELDS: number;
  DEMAND_DEFAULT_LIST_SIZE: number;
  DEMAND_COST_BUDGET_ANONYMOUS: number;
  DEMAND_COST_BUDGET_MEMBER: number;
  DEMAND_COST_BUDGET_ADMIN: number;
}): DemandLimits {
  return {
    maxTokens: settings.DEMAND_MAX_TOKENS,
    maxDepth: settings.DEMAND_MAX_DEPTH,
    maxAliases: settings.DEMAND_MAX_ALIASES,
    maxRootFields: settings.DEMAND_MAX_ROOT_FIELDS,
    defaultListSize: settings.DEMAND_DEFAULT_LIST_SIZE,
    budgets: { anonymous: settings.DEMAND_COST_BUDGET_ANONYMOUS, member: settings.DEMAND_COST_BUDGET_MEMBER, admin: settings.DEMAND_COST_BUDGET_ADMIN },
  };
}
