import 'reflect-metadata';

export * from './config';
export * from './logger';
export * from './http-errors';
export * from './shared-types';
export * from './subgraph-schema';
export * from './run-service';
