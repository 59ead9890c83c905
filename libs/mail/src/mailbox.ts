import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  id: number;
  from: string;
  /** Lower-cased recipient addresses from the SMTP envelope. */
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  /** Every http(s) link in the text body, in order. */
  links: string[];
  receivedAt: Date;
}

export interface MailFilter {
  to: string;
  /** Substring of the subject, or a pattern it must match. */
  subject?: string | RegExp;
}

export interface LocalMailbox {
  smtpPort: number;
  /** `smtp://127.0.0.1:<port>`: give it to a mailer. */
  smtpUrl: string;
  /** The inbox page, when an HTTP port was asked for. */
  webUrl?: string;
  messages(filter?: Partial<MailFilter>): ReceivedMail[];
  /** The first message (oldest first) matching the filter that arrives or has arrived; rejects after the timeout. */
  waitForMail(filter: MailFilter, timeoutMs?: number): Promise<ReceivedMail>;
  clear(): void;
  stop(): Promise<void>;
}

export interface LocalMailboxOptions {
  /** 0 or omitted: any free port. */
  smtpPort?: number;
  /** When given (0 for any free port), serves an inbox page listing messages and their links. */
  httpPort?: number;
  host?: string;
  /** Called for each message as it arrives. */
  onMail?(mail: ReceivedMail): void;
}

const LINK = /https?:\/\/[^\s<>"')]+/g;

function matches(mail: ReceivedMail, filter: Partial<MailFilter>): boolean {
  if (filter.to && !mail.to.includes(filter.to.trim().toLowerCase())) return false;
  if (filter.subject instanceof RegExp) return filter.subject.test(mail.subject);
  if (filter.subject) return mail.subject.includes(filter.subject);
  return true;
}

/**
 * A mailbox on this machine: an SMTP server (smtp-server) that accepts every message, parses it
 * (mailparser) and keeps it in memory, with an optional inbox page. Used by tests and `npm start`.
 */
export async function startLocalMailbox(options: LocalMailboxOptions = {}): Promise<LocalMailbox> {
  const host = options.host ?? '127.0.0.1';
  const received: ReceivedMail[] = [];
  const waiters = new Set<{ filter: MailFilter; resolve(mail: ReceivedMail): void }>();
  let nextId = 1;

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    banner: 'Kizuna local mailbox',
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const text = parsed.text ?? '';
          const mail: ReceivedMail = {
            id: nextId++,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text,
            html: typeof parsed.html === 'string' ? parsed.html : null,
            links: text.match(LINK) ?? [],
            receivedAt: new Date(),
          };
          received.push(mail);
          options.onMail?.(mail);
          for (const waiter of [...waiters]) {
            if (matches(mail, waiter.filter)) {
              waiters.delete(waiter);
              waiter.resolve(mail);
            }
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort ?? 0, host, () => resolve());
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  let http: HttpServer | undefined;
  let webUrl: string | undefined;
  if (options.httpPort !== undefined) {
    http = createServer((req, res) => {
      if (req.url === '/messages.json') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(received));
        return;
      }
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(inboxPage(received));
    });
    await new Promise<void>((resolve, reject) => {
      http!.once('error', reject);
      http!.listen(options.httpPort, host, () => resolve());
    });
    webUrl = `http://${host === '0.0.0.0' ? 'localhost' : host}:${(http.address() as AddressInfo).port}`;
  }

  return {
    smtpPort,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl,
    messages: (filter = {}) => received.filter((mail) => matches(mail, filter)),
    waitForMail(filter, timeoutMs = 10_000) {
      const already = received.find((mail) => matches(mail, filter));
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const waiter = {
          filter,
          resolve: (mail: ReceivedMail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No mail to ${filter.to}${filter.subject ? ` about ${String(filter.subject)}` : ''} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    clear() {
      received.length = 0;
    },
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (http) await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function inboxPage(messages: ReceivedMail[]): string {
  const items = [...messages]
    .reverse()
    .map(
      (mail) => `<article>
  <h2>${escapeHtml(mail.subject)}</h2>
  <p class="meta">${escapeHtml(mail.receivedAt.toISOString())} · to ${escapeHtml(mail.to.join(', '))} · from ${escapeHtml(mail.from)}</p>
  ${mail.links.map((link) => `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`).join('\n  ')}
  <pre>${escapeHtml(mail.text)}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kizuna local inbox (${messages.length})</title>
<meta http-equiv="refresh" content="5">
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}article{border-bottom:1px solid #ddd;padding:1rem 0}.meta{color:#666;font-size:.9rem}pre{white-space:pre-wrap;background:#f6f6f6;padding:.75rem}</style>
</head><body><h1>Kizuna local inbox</h1><p>Every e-mail sent while running locally arrives here (newest first; the page refreshes itself).</p>
${items || '<p>No mail yet.</p>'}
</body></html>`;
}
