export * from './viewer';
export * from './permissions';
export * from './verifier';
export * from './auth-checker';
export * from './verified-tokens';
