import type { DataSource } from 'typeorm';
import type { Logger } from '@kizuna/runtime';
import type { AccountMailer } from './account-mailer';
import { issueEmailToken } from './email-tokens';
import { mailContext } from './mail-context';
import { templates } from './templates';

/** The account whose owner is told. */
export interface NoticeRecipient {
  id: string;
  email: string;
}

/**
 * Mail that tells an account's owner what strangers tried with it. Sent after the answer, never
 * awaited by it: a failure is logged, and the answer's timing does not depend on the address.
 */
export class AccountNotices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: AccountMailer,
    private readonly log: Logger,
  ) {}

  /** Several failed sign-ins in a row: the address they came from, and a way to a stronger password. */
  failedSignIns(account: NoticeRecipient, network: { id: string; slug: string } | null, fromAddress: string | null): void {
    this.later('failed-sign-ins', async () => {
      const context = await mailContext(this.dataSource.manager, network?.id ?? null, account.id);
      const resetLink = this.mail.link('/forgot-password', network ? { network: network.slug } : {});
      await this.mail.send(account.email, 'failed-sign-ins', templates.failedSignIns(context, fromAddress, resetLink));
    });
  }

  /** Someone registered with an address that already has an account: its owner can sign in or reset the password. */
  registrationWithTakenAddress(account: NoticeRecipient, network: { id: string; slug: string }): void {
    this.later('registration-with-taken-address', async () => {
      const context = await mailContext(this.dataSource.manager, network.id, account.id);
      const signInLink = this.mail.link('/sign-in', { network: network.slug });
      const resetLink = this.mail.link('/forgot-password', { network: network.slug });
      await this.mail.send(account.email, 'registration-with-taken-address', templates.registrationWithTakenAddress(context, signInLink, resetLink));
    });
  }

  /**
   * Someone registered in a network with a verified account's address and its password: the account
   * has joined, and this link (a verification link, so the same page opens it) starts the session there.
   */
  continueJoining(account: NoticeRecipient, network: { id: string; slug: string }): void {
    this.later('continue-joining', async () => {
      const token = await issueEmailToken(this.dataSource.manager, {
        accountId: account.id,
        purpose: 'verify-email',
        email: account.email,
        networkId: network.id,
      });
      const link = this.mail.link('/verify-email', { token });
      const context = await mailContext(this.dataSource.manager, network.id, account.id);
      await this.mail.send(account.email, 'continue-joining', templates.continueJoining(context, link), link);
    });
  }

  private later(kind: string, send: () => Promise<void>): void {
    setImmediate(() => {
      send().catch((error: unknown) => this.log.error({ err: error, kind }, 'notice e-mail could not be sent'));
    });
  }
}
