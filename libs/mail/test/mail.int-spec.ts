import { createMailer, startLocalMailbox, type LocalMailbox } from '../src';

describe('mailer and local mailbox', () => {
  let mailbox: LocalMailbox;

  beforeAll(async () => {
    mailbox = await startLocalMailbox({ httpPort: 0 });
  });
  afterAll(() => mailbox.stop());

  it('delivers a message over SMTP with its text, html and links, readable by recipient and subject', async () => {
    const mailer = createMailer({ smtpUrl: mailbox.smtpUrl, from: 'Kizuna <no-reply@kizuna.test>' });
    try {
      const waiting = mailbox.waitForMail({ to: 'Hanako@Example.org', subject: 'メールアドレスの確認' }, 5000);
      await mailer.send({
        to: 'hanako@example.org',
        subject: 'メールアドレスの確認 / Verify your e-mail',
        text: 'こんにちは\nOpen https://kizuna.test/verify-email?token=abc123 to verify.',
        html: '<p>こんにちは</p>',
      });
      const mail = await waiting;
      expect(mail.to).toEqual(['hanako@example.org']);
      expect(mail.from).toBe('no-reply@kizuna.test');
      expect(mail.text).toContain('こんにちは');
      expect(mail.html).toContain('<p>こんにちは</p>');
      expect(mail.links).toEqual(['https://kizuna.test/verify-email?token=abc123']);
      expect(mailbox.messages({ to: 'someone-else@example.org' })).toEqual([]);

      const page = await (await fetch(mailbox.webUrl!)).text();
      expect(page).toContain('https://kizuna.test/verify-email?token=abc123');
      expect(page).toContain('メールアドレスの確認');
    } finally {
      mailer.close();
    }
  });

  it('times out clearly when no matching mail arrives', async () => {
    await expect(mailbox.waitForMail({ to: 'nobody@example.org' }, 200)).rejects.toThrow('No mail to nobody@example.org');
  });

  it('refuses a URL that is not SMTP', () => {
    expect(() => createMailer({ smtpUrl: 'http://127.0.0.1:25', from: 'x@y.z' })).toThrow('smtp://');
  });
});
