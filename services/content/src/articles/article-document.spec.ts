import { readDocument } from './article-document';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const IMAGE_ID = '0b7c0f8e-3f7a-4b7e-9d7a-2f1d3c4b5a69';

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

  it.each([
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
