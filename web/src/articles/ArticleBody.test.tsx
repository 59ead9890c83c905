import { render, screen } from '@testing-library/react';
import { ArticleBody } from './ArticleBody';
import { parseVideoLink, videoPlayerUrl } from './articleExtensions';

const body = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '卒業生インタビュー' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '<img src=x onerror=alert(1)>' },
        { type: 'text', text: '太字', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'リンク', marks: [{ type: 'link', attrs: { href: 'https://kizuna.dev' } }] },
      ],
    },
    { type: 'video', attrs: { provider: 'youtube', videoId: 'dQw4w9WgXcQ' } },
  ],
};

test('renders the stored document read-only: headings, marks, links and privacy-friendly players, text never as markup', () => {
  const { container } = render(<ArticleBody body={body} />);
  expect(screen.getByRole('heading', { level: 2, name: '卒業生インタビュー' })).toBeTruthy();
  expect(screen.getByText('太字').tagName).toBe('STRONG');
  const link = screen.getByRole('link', { name: 'リンク' });
  expect(link.getAttribute('href')).toBe('https://kizuna.dev');
  expect(link.getAttribute('rel')).toContain('noopener');
  expect(container.querySelector('img')).toBeNull();
  expect(screen.getByText('<img src=x onerror=alert(1)>', { exact: false })).toBeTruthy();
  expect(container.querySelector('iframe')?.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
  expect(container.querySelector('[contenteditable="true"]')).toBeNull();
});

test('plays uploaded videos with the browser’s player and offers PDFs as download cards with name and size', () => {
  const { container } = render(
    <ArticleBody
      body={{
        type: 'doc',
        content: [
          { type: 'videoFile', attrs: { fileId: 'f1', src: '/media/articles/n/m/0a.mp4' } },
          { type: 'attachment', attrs: { fileId: 'f2', src: '/media/articles/n/m/0b.pdf', name: '2026年度 総会資料.pdf', size: 1_572_864 } },
          { type: 'videoFile', attrs: { fileId: 'gone', src: null } },
          { type: 'attachment', attrs: { fileId: 'gone-too', src: null, name: null, size: null } },
        ],
      }}
    />,
  );
  const videos = container.querySelectorAll('video');
  expect(videos).toHaveLength(1);
  const [video] = videos;
  expect(video!.getAttribute('src')).toBe('/media/articles/n/m/0a.mp4');
  expect(video!.hasAttribute('controls')).toBe(true);
  expect(video!.getAttribute('preload')).toBe('metadata');
  const [link, ...others] = screen.getAllByRole('link');
  expect(others).toEqual([]);
  expect(link!.getAttribute('href')).toBe('/media/articles/n/m/0b.pdf');
  expect(link!.getAttribute('download')).toBe('2026年度 総会資料.pdf');
  expect(link!.textContent).toContain('2026年度 総会資料.pdf');
  expect(link!.textContent).toContain('1.5 MB');
});

test('reads YouTube and Vimeo addresses as provider and id, and nothing else', () => {
  expect(parseVideoLink('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toEqual({ provider: 'youtube', videoId: 'dQw4w9WgXcQ' });
  expect(parseVideoLink('https://youtu.be/dQw4w9WgXcQ')).toEqual({ provider: 'youtube', videoId: 'dQw4w9WgXcQ' });
  expect(parseVideoLink('https://vimeo.com/76979871')).toEqual({ provider: 'vimeo', videoId: '76979871' });
  expect(parseVideoLink('https://evil.example/watch?v=dQw4w9WgXcQ')).toBeNull();
  expect(parseVideoLink('javascript:alert(1)')).toBeNull();
  expect(videoPlayerUrl('vimeo', '76979871')).toBe('https://player.vimeo.com/video/76979871?dnt=1');
  expect(videoPlayerUrl('youtube', '"><script>')).toBeNull();
});
