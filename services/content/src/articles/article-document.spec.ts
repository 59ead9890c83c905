import { fileIdsOf, readDocument, withFileSources, type ArticleDocument } from './article-document';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const IMAGE_ID = '0b7c0f8e-3f7a-4b7e-9d7a-2f1d3c4b5a69';
const VIDEO_ID = '5d0f7a3e-1c2b-4a69-8e7d-6f5a4b3c2d1e';
const PDF_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

describe('article bodies', () => {
  it('keeps the allowed nodes and marks, drops attributes of its own, and lists images and text', () => {
    const result = readDocument(
      doc(
        { type: 'heading', attrs: { level: 2, textAlign: 'left' }, content: [text('見出し')] },
        paragraph(
          text('太字', [{ type: 'bold' }]),
          { type: 'hardBreak' },
          text('リンク', [{ type: 'link', attrs: { href: 'https://kizuna.dev', target: '_blank' } }]),
        ),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('一つ目'))] }] },
        { type: 'image', attrs: { imageId: IMAGE_ID, alt: '写真', src: 'https://evil.example/x.png' } },
        { type: 'video', attrs: { provider: 'youtube', videoId: 'dQw4w9WgXcQ' } },
        { type: 'horizontalRule' },
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.imageIds).toEqual([IMAGE_ID]);
    expect(result.value.plainText).toBe('見出し 太字 リンク 一つ目');
    expect(JSON.stringify(result.value.json)).not.toMatch(/evil|_blank|textAlign/);
  });

  it('keeps uploaded videos and PDFs by id only, and adds their addresses when read', () => {
    const result = readDocument(
      doc(
        { type: 'videoFile', attrs: { fileId: VIDEO_ID, src: 'https://evil.example/x.mp4' } },
        { type: 'attachment', attrs: { fileId: PDF_ID, name: '<script>.pdf', size: 1 } },
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.files).toEqual([
      { fileId: VIDEO_ID, kind: 'video' },
      { fileId: PDF_ID, kind: 'pdf' },
    ]);
    expect(JSON.stringify(result.value.json)).not.toMatch(/evil|script|size/);
    expect(fileIdsOf(result.value.json)).toEqual([VIDEO_ID, PDF_ID]);
    const read = withFileSources(result.value.json, (id) => (id === PDF_ID ? { src: '/media/a.pdf', name: '会報.pdf', size: 2048 } : null));
    expect((read.content as ArticleDocument[]).map((node) => node.attrs)).toEqual([
      { fileId: VIDEO_ID, src: null },
      { fileId: PDF_ID, src: '/media/a.pdf', name: '会報.pdf', size: 2048 },
    ]);
  });

  it.each([
    ['a video file by URL', doc({ type: 'videoFile', attrs: { src: 'https://example.com/a.mp4' } })],
    ['an attachment without an id', doc({ type: 'attachment', attrs: { fileId: 'report.pdf' } })],
    ['a script node', doc({ type: 'script', content: [text('alert(1)')] })],
    ['raw HTML as a node', doc({ type: 'html', attrs: { html: '<b>x</b>' } })],
    ['a javascript: link', doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])))],
    ['a relative link', doc(paragraph(text('x', [{ type: 'link', attrs: { href: '/admin' } }])))],
    ['a level 1 heading', doc({ type: 'heading', attrs: { level: 1 }, content: [text('x')] })],
    ['an unknown mark', doc(paragraph(text('x', [{ type: 'underline' }])))],
    ['an image by URL', doc({ type: 'image', attrs: { src: 'https://example.com/a.png' } })],
    ['a video from elsewhere', doc({ type: 'video', attrs: { provider: 'dailymotion', videoId: 'x' } })],
    ['a malformed YouTube id', doc({ type: 'video', attrs: { provider: 'youtube', videoId: '"><script>' } })],
    ['text directly in the document', doc(text('x'))],
    ['an empty document', doc(paragraph())],
    ['not a document', 'hello'],
  ])('refuses %s on body', (_what, body) => {
    const result = readDocument(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => `${error.code} ${error.field}`)).toEqual(['VALIDATION body']);
  });
});
