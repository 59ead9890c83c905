import type { Logger } from '@kizuna/runtime';
import type { Mailer } from '@kizuna/mail';
import type { MailContent } from './templates';

export type LinkPath = '/verify-email' | '/reset-password' | '/confirm-email' | '/forgot-password' | '/sign-in';

/**
 * Sends identity's e-mail. Links point at the web client (PUBLIC_WEB_URL). Where mail stays on this
 * machine (no SMTP server configured, or one on localhost) each link is also logged, so a person
 * running Kizuna locally can open it from the log.
 */
export class AccountMailer {
  private readonly logLinks: boolean;

  constructor(
    private readonly mailer: Mailer | undefined,
    private readonly publicWebUrl: string,
    private readonly log: Logger,
    smtpUrl: string | undefined,
  ) {
    this.logLinks = !smtpUrl || ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(smtpUrl).hostname);
  }

  link(path: LinkPath, params: Record<string, string>): string {
    const url = new URL(path, this.publicWebUrl);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return url.toString();
  }

  /** Sends one message; a failure throws, so callers that must not lose mail can retry. */
  async send(to: string, kind: string, content: MailContent, link?: string): Promise<void> {
    if (this.mailer) await this.mailer.send({ to, subject: content.subject, text: content.text, html: content.html });
    if (this.logLinks) this.log.info({ to, kind, link }, link ? `e-mail sent: ${kind} → ${link}` : `e-mail sent: ${kind}`);
    else this.log.info({ kind }, `e-mail sent: ${kind}`);
    if (!this.mailer) this.log.warn({ to, kind }, 'SMTP_URL is not set: the e-mail was only logged');
  }
}
