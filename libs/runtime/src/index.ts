export * from './settings';
export * from './logger';
export * from './http-errors';
export * from './http-server';
