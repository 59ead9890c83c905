import { passwordRuleErrors } from './password-rules';

const codes = (password: string, email?: string) => passwordRuleErrors(password, email).map((e) => e.code);

describe('password rules', () => {
  it('accepts long, unusual passphrases', () => {
    expect(codes('correct-horse-battery', 'hanako@example.org')).toEqual([]);
    expect(codes('kizuna-demo-2026', 'admin@demo.kizuna.dev')).toEqual([]);
    expect(codes('月が綺麗ですね-1987-夏')).toEqual([]);
  });

  it('refuses short and overly long passwords, naming the rule', () => {
    expect(codes('Sh0rt!x')).toEqual(['PASSWORD_TOO_SHORT']);
    expect(codes('x'.repeat(129))).toEqual(['PASSWORD_TOO_LONG']);
    expect(codes('q7#Vp2!mZr'.repeat(12) + 'q7#Vp2!m')).toEqual([]);
  });

  it('refuses passwords from common-password lists, also disguised', () => {
    expect(codes('password123')).toEqual(['PASSWORD_TOO_COMMON']);
    expect(codes('qwertyuiop')).toEqual(['PASSWORD_TOO_COMMON']);
    expect(codes('P@ssw0rd123')).toEqual(['PASSWORD_TOO_COMMON']);
    expect(codes('Password1234')).toEqual(['PASSWORD_TOO_COMMON']);
    expect(codes('iloveyou12')).toEqual(['PASSWORD_TOO_COMMON']);
  });

  it('refuses easily guessed patterns', () => {
    expect(codes('aaaaaaaaaaaa')).toEqual(['PASSWORD_TOO_GUESSABLE']);
    expect(codes('sakura12345')).toEqual(['PASSWORD_TOO_GUESSABLE']);
  });

  it('refuses a password containing the e-mail local part, case-insensitively', () => {
    expect(codes('Hanako.Tanaka-unusual-2026', 'hanako.tanaka@example.org')).toEqual(['PASSWORD_CONTAINS_EMAIL']);
  });

  it('stays quick on long input', () => {
    const started = process.hrtime.bigint();
    passwordRuleErrors('q7#Vp2!mZr'.repeat(12), undefined);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1000);
  });

  it('reports every broken rule at once, on the given field', () => {
    const errors = passwordRuleErrors('taro1', 'taro@example.org', 'newPassword');
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['PASSWORD_TOO_SHORT', 'newPassword'],
      ['PASSWORD_CONTAINS_EMAIL', 'newPassword'],
    ]);
  });
});
