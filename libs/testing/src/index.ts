export * from './stack';
export * from './free-port';
export * from './oidc-provider';
export * from './http-browser';
export * from './tokens';
export * from './redelivery';
export * from './access-rules';
export { startLocalMailbox, type LocalMailbox, type ReceivedMail } from '@kizuna/mail';
export { SERVICE_NAMES, type ServiceName } from '@kizuna/stack';
