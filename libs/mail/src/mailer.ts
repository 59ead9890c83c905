import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain-text body; always sent, so every client can read the mail. */
  text: string;
  html?: string;
}

export interface MailerOptions {
  /** `smtp://host:port`, `smtps://user:pass@host:465`, … */
  smtpUrl: string;
  /** The sender, e.g. `Kizuna <no-reply@example.org>`. */
  from: string;
}

export interface Mailer {
  /** Hands one message to the SMTP server; rejects when the server refuses it. */
  send(message: MailMessage): Promise<{ messageId: string }>;
  close(): void;
}

/** Sends mail over SMTP with nodemailer (pooled connections). */
export function createMailer({ smtpUrl, from }: MailerOptions): Mailer {
  const url = new URL(smtpUrl);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error(`SMTP URL must start with smtp:// or smtps://, got ${url.protocol}`);
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
    secure: url.protocol === 'smtps:',
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    // A local server (the development mailbox) speaks plain SMTP; never upgrade to TLS without a certificate there.
    ignoreTLS: url.protocol === 'smtp:' && ['127.0.0.1', 'localhost', '::1'].includes(url.hostname),
    pool: true,
    maxConnections: 3,
  });
  return {
    async send({ to, subject, text, html }) {
      const info = await transport.sendMail({ from, to, subject, text, html });
      return { messageId: info.messageId };
    },
    close() {
      transport.close();
    },
  };
}
