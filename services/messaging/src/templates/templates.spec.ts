import { parseTemplate, renderTemplate, type TemplateContext } from './template-syntax';

const taro: TemplateContext = {
  name: '山田 太郎',
  network: '絆大学 同窓会',
  profile: { employer: '株式会社きずな', entryYear: 2012, skills: ['TypeScript', '営業'], 'custom.club': '野球部', department: '' },
};
const render = (body: string, context = taro) => {
  const parsed = parseTemplate(body);
  expect(parsed.errors).toEqual([]);
  return renderTemplate(parsed, context);
};

describe('message templates', () => {
  it("fills in the recipient's name, network and profile fields in Japanese text", () => {
    expect(render('{{name}}さん、{{network}}です。{{profile.entryYear}}年入学、{{profile.employer}}でのご活躍を。').text).toBe(
      '山田 太郎さん、絆大学 同窓会です。2012年入学、株式会社きずなでのご活躍を。',
    );
    expect(render('{{ profile.custom.club }}のOB会').text).toBe('野球部のOB会');
  });

  it('joins lists with a comma', () => {
    expect(render('得意: {{profile.skills}}').text).toBe('得意: TypeScript, 営業');
  });

  it('uses the fallback for an empty or missing value and names the empty variables', () => {
    const rendered = render(
      '{{profile.department | "ご所属"}}／{{profile.jobTitle | "役職 \\"未設定\\""}}／{{profile.custom.gone | "—"}}／{{profile.location}}',
    );
    expect(rendered.text).toBe('ご所属／役職 "未設定"／—／');
    expect(rendered.emptyVariables).toEqual(['profile.department', 'profile.jobTitle', 'profile.custom.gone', 'profile.location']);
    expect(render('{{name | "会員"}}様', { ...taro, name: '  ' }).text).toBe('会員様');
    expect(render('{{profile.skills | "なし"}}', { ...taro, profile: { skills: [] } }).text).toBe('なし');
  });

  it('lists the variables used, each once, in order', () => {
    expect(parseTemplate('{{name}} {{profile.employer | "x"}} {{name}} {{profile.custom.club}}').variables).toEqual([
      'name',
      'profile.employer',
      'profile.custom.club',
    ]);
    expect(parseTemplate('変数なし { 単独の括弧 }').variables).toEqual([]);
  });

  it('reports unknown variables and malformed braces with their position', () => {
    expect(parseTemplate('こんにちは{{nickname}}').errors).toEqual([{ position: 6, message: expect.stringContaining('nickname') }]);
    expect(parseTemplate('{{profile.salary}}').errors[0]).toMatchObject({ position: 1, message: expect.stringContaining('profile.salary') });
    expect(parseTemplate('abc {{name').errors).toEqual([{ position: 5, message: expect.stringContaining('not closed') }]);
    expect(parseTemplate('abc }} {{name}}').errors).toEqual([{ position: 5, message: expect.stringContaining('without a matching') }]);
    expect(parseTemplate('{{name | 会員}}').errors[0].position).toBe(1);
    expect(parseTemplate('{{}}').errors).toHaveLength(1);
    expect(parseTemplate('{{profile.custom.a b}}').errors).toHaveLength(1);
  });

  it('keeps text without variables as it is', () => {
    expect(render('ご案内です。\n詳しくはこちら: https://example.jp/?a={b}').text).toBe('ご案内です。\n詳しくはこちら: https://example.jp/?a={b}');
  });
});
