export * from './stack';
export * from './free-port';
export { SERVICE_NAMES, type ServiceName } from '@kizuna/stack';
