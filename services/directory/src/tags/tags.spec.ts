import { validateTagColor, validateTagName } from './tag-validation';

describe('tag validation', () => {
  it('trims names and refuses empty, too long or multi-line ones', () => {
    expect(validateTagName('  OB会 幹事 ')).toEqual({ name: 'OB会 幹事' });
    expect(validateTagName('   ').error).toMatchObject({ code: 'VALIDATION', field: 'name' });
    expect(validateTagName('x'.repeat(51)).error).toMatchObject({ code: 'VALIDATION', field: 'name' });
    expect(validateTagName('あ'.repeat(50))).toEqual({ name: 'あ'.repeat(50) });
    expect(validateTagName('two\nlines').error).toMatchObject({ code: 'VALIDATION' });
  });

  it('takes colours as #rrggbb and blank as the default', () => {
    expect(validateTagColor('#2F9E44')).toEqual({ color: '#2f9e44' });
    expect(validateTagColor('')).toEqual({ color: null });
    expect(validateTagColor(null)).toEqual({ color: null });
    expect(validateTagColor('red').error).toMatchObject({ code: 'VALIDATION', field: 'color' });
    expect(validateTagColor('#12345').error).toMatchObject({ code: 'VALIDATION' });
  });
});
