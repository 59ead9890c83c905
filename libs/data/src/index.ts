export * from './data-source';
export * from './pagination';
