import 'reflect-metadata';

export * from './config';
export * from './logger';
export * from './shared-types';
export * from './subgraph-schema';
export * from './run-service';
