export * from './settings';
export * from './logger';
export * from './http-errors';
export * from './json-body';
export * from './http-server';
export * from './request-logging';
export * from './periodic-job';
