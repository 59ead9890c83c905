import { validateProfileChanges } from '../profiles/profile.validation';
import { demoDetails, isDemoEmail } from './demo-profiles';

const FIELDS = { club: '00000000-0000-4000-8000-0000000000c1', mentoring: '00000000-0000-4000-8000-0000000000c2' };

describe('demo profiles', () => {
  it('are the same for the same e-mail and differ between people', () => {
    const taro = demoDetails('taro.yamada@demo.kizuna.dev', '山田 太郎', FIELDS);
    expect(demoDetails('taro.yamada@demo.kizuna.dev', '山田 太郎', FIELDS)).toEqual(taro);
    expect(taro).toMatchObject({ nameKana: 'やまだ たろう', nameRomaji: 'Taro Yamada' });
    expect(taro.entryYear).toBeGreaterThanOrEqual(1995);
    expect(taro.entryYear).toBeLessThanOrEqual(2022);
    const people = ['hanako.sato', 'ichiro.suzuki', 'misaki.takahashi', 'kenta.tanaka'].map((handle) => demoDetails(`${handle}@demo.kizuna.dev`, 'x', FIELDS));
    expect(new Set(people.map((p) => `${p.employer}|${p.entryYear}|${p.department}`)).size).toBeGreaterThan(1);
  });

  it('pass the profile checks every member edit goes through', () => {
    const details = demoDetails('emily.johnson@demo.kizuna.dev', 'Emily Johnson', FIELDS);
    expect(details.nameKana).toBe('エミリー ジョンソン');
    const { errors } = validateProfileChanges({ ...details, links: details.links, contactVisibility: undefined, customFields: undefined });
    expect(errors).toEqual([]);
  });

  it("touch only the demo networks' people", () => {
    expect(isDemoEmail('taro.yamada@demo.kizuna.dev')).toBe(true);
    expect(isDemoEmail('TARO@CORP.KIZUNA.DEV')).toBe(true);
    expect(isDemoEmail('taro@example.jp')).toBe(false);
    expect(isDemoEmail(null)).toBe(false);
  });
});
