import { mailLocale, templates } from './templates';

describe('identity mail templates', () => {
  it('writes each mail in Japanese or English, with the link in the text and as a button', () => {
    const link = 'https://alumni.example/verify-email?token=abc';
    const ja = templates.verifyEmail({ locale: 'ja', networkName: '絆大学 同窓会' }, link);
    const en = templates.verifyEmail({ locale: 'en', networkName: 'Kizuna Corp' }, link);
    expect(ja.subject).toBe('【絆大学 同窓会】メールアドレスの確認');
    expect(en.subject).toBe('[Kizuna Corp] Verify your e-mail address');
    for (const mail of [ja, en]) {
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(`href="${link}"`);
    }
  });

  it('escapes what people typed (network names, addresses) in the HTML body', () => {
    const mail = templates.confirmEmailChange({ locale: 'en', networkName: '<b>Alumni</b>' }, 'https://x.example/confirm-email?token=t&x=1', 'a"b@example.org');
    expect(mail.html).not.toContain('<b>Alumni</b>');
    expect(mail.html).toContain('&lt;b&gt;Alumni&lt;/b&gt;');
    expect(mail.html).toContain('href="https://x.example/confirm-email?token=t&amp;x=1"');
    expect(mail.html).toContain('a&quot;b@example.org');
  });

  it('chooses Japanese unless the language is English', () => {
    expect(mailLocale('en')).toBe('en');
    expect(mailLocale('en-GB')).toBe('en');
    expect(mailLocale('ja')).toBe('ja');
    expect(mailLocale(null)).toBe('ja');
    expect(mailLocale('fr')).toBe('ja');
  });
});
