import 'reflect-metadata';

export * from '@kizuna/runtime';
export * from './shared-types';
export * from './result';
export * from './member-reference';
export * from './subgraph-schema';
export * from './run-service';
// The privacy slice's parts that services use themselves; the rest stays behind privacySlice().
export { accountMembershipsSql, DELETED_MEMBER_ID, GraphQLJSONObject, mergeEventHandlers, type PersonalDataReference } from './personal-data';
export * from './privacy-slice';
export * from './current-viewer';
export * from './text';
export * from './input-guard';
export * from './cost';
export * from './upload-viewer';
