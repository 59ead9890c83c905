import { detectArticleFileFormat, sanitiseFileName } from './article-file-format';

const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(12)]);
/** The start of a Matroska-family file: an EBML header whose DocType is `name`. */
const ebml = (name: string) =>
  Buffer.concat([
    Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80 | (4 + 3 + name.length)]),
    Buffer.from([0x42, 0x86, 0x81, 0x01]), // EBMLVersion 1
    Buffer.from([0x42, 0x82, 0x80 | name.length]),
    Buffer.from(name, 'latin1'),
  ]);

describe('article files', () => {
  it('tells the kind by the bytes, never by the name', () => {
    expect(detectArticleFileFormat(mp4)).toMatchObject({ kind: 'video', contentType: 'video/mp4' });
    expect(detectArticleFileFormat(ebml('webm'))).toMatchObject({ kind: 'video', contentType: 'video/webm' });
    expect(detectArticleFileFormat(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toMatchObject({ kind: 'pdf', contentType: 'application/pdf' });
    expect(detectArticleFileFormat(ebml('matroska'))).toBeNull();
    expect(detectArticleFileFormat(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(detectArticleFileFormat(Buffer.from('PK\x03\x04 a zip'))).toBeNull();
    expect(detectArticleFileFormat(Buffer.alloc(0))).toBeNull();
    expect(detectArticleFileFormat(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0xff]))).toBeNull();
  });

  it('keeps a readable download name of at most 200 characters with the right extension', () => {
    const pdf = detectArticleFileFormat(Buffer.from('%PDF-1.4'))!;
    expect(sanitiseFileName('2026年度 総会資料.pdf', pdf)).toBe('2026年度 総会資料.pdf');
    expect(sanitiseFileName('C:\\Users\\me\\Desktop\\report.PDF', pdf)).toBe('report.pdf');
    expect(sanitiseFileName('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(sanitiseFileName('a\u0000b\r\n"c"<d>|e?.pdf', pdf)).toBe('abcde.pdf');
    expect(sanitiseFileName('   ', pdf)).toBe('document.pdf');
    expect(sanitiseFileName(undefined, detectArticleFileFormat(mp4)!)).toBe('video.mp4');
    const long = sanitiseFileName(`${'資'.repeat(300)}.pdf`, pdf);
    expect([...long].length).toBe(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});
