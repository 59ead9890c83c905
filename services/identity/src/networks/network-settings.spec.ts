import { logoProblem, validateNetworkSettings } from './network-settings';

const png = (extraBytes = 0) =>
  `data:image/png;base64,${Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(extraBytes)]).toString('base64')}`;

describe('logoProblem', () => {
  it('accepts an https address and a small raster image', () => {
    expect(logoProblem('https://cdn.example.ac.jp/logo.png')).toBeNull();
    expect(logoProblem(png(100))).toBeNull();
  });

  it('refuses other schemes, SVG, a mislabelled file and a large image', () => {
    expect(logoProblem('http://example.com/logo.png')).toMatch(/https/);
    expect(logoProblem('javascript:alert(1)')).toMatch(/https/);
    expect(logoProblem(`data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`)).toMatch(/PNG, JPEG, GIF or WebP/);
    expect(logoProblem(`data:image/jpeg;base64,${Buffer.from('not a jpeg').toString('base64')}`)).toMatch(/not the image/);
    expect(logoProblem(png(200 * 1024))).toMatch(/200 KB/);
  });
});

describe('validateNetworkSettings', () => {
  it('normalises what it accepts and clears optional fields given empty', () => {
    const { changes, errors } = validateNetworkSettings({
      slug: ' Kizuna-Alumni ',
      primaryColor: '#AABBCC',
      welcomeText: '  ',
      logoUrl: '',
      defaultLocale: 'EN',
    });
    expect(errors).toEqual([]);
    expect(changes).toEqual({ slug: 'kizuna-alumni', primaryColor: '#aabbcc', welcomeText: null, logoUrl: null, defaultLocale: 'en' });
  });

  it('leaves omitted fields out of the changes', () => {
    expect(validateNetworkSettings({ registrationOpen: false }).changes).toEqual({ registrationOpen: false });
  });
});
