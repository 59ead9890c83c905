export * from './batch-loader';
export * from './data-source';
export * from './ids';
export * from './pagination';
export * from './errors';
export * from './csv';
export * from './write-batcher';
