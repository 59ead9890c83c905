export * from './viewer';
export * from './verifier';
export * from './auth-checker';
export * from './verified-tokens';
