export * from './mailer';
export * from './mailbox';
