export * from './processes';
export * from './postgres';
export * from './system';
