export * from './limit-store';
export * from './rate-limit';
