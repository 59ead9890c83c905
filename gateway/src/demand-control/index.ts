export { demandControlPlugin, formatTokenLimitError } from './apollo-plugin';
export { readCostDirectives, type CostDirectives, type ListSize } from './cost-directives';
export { compileCost, MUTATION_WEIGHT, type CompiledCost } from './cost-estimate';
export { callerClassOf, DemandControl, demandLimitsFrom, type CallerClass, type DemandLimits, type DemandVerdict } from './demand-control';
export { DEMAND_LIMIT_EXCEEDED, demandLimitExceeded, tokenLimitError, type DemandLimit } from './errors';
export { operationShape, type OperationShape } from './operation-shape';
