import 'reflect-metadata';

export * from './config';
export * from './logger';
export * from './http-errors';
export * from './shared-types';
export * from './result';
export * from './member-reference';
export * from './subgraph-schema';
export * from './run-service';
