export * from './viewer';
export * from './verifier';
export * from './auth-checker';
