import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { MemoryRouter } from 'react-router';
import { PostBody } from './PostBody';

const TARO = { id: '0b7a6c2e-1f1e-4a57-9d43-5d1c8e0f9a11', displayName: '山田 太郎' };

function show(body: string, mentions = [TARO]) {
  return render(
    <MantineProvider>
      <MemoryRouter>
        <PostBody body={body} mentions={mentions} />
      </MemoryRouter>
    </MantineProvider>,
  ).container;
}

test('a mention is a link to the member’s profile with their name', () => {
  show(`Thanks <@${TARO.id}> for the slides!`);
  const link = screen.getByRole('link', { name: '@山田 太郎' });
  expect(link.getAttribute('href')).toBe(`/members/${TARO.id}`);
  expect(link.parentElement?.textContent).toBe('Thanks @山田 太郎 for the slides!');
});

test('a mention of someone no longer in the network names no one and links nowhere', () => {
  show('Ask <@99999999-1f1e-4a57-9d43-5d1c8e0f9a11> about it');
  expect(screen.queryByRole('link')).toBeNull();
  expect(screen.getByText('Ask @former member about it')).toBeTruthy();
});

test('hashtags link to their page in the form the service looks them up, in any width or case', () => {
  show('今日は #なんでもOKデー です ＃Ｒｅｕｎｉｏｎ2026');
  expect(screen.getByRole('link', { name: '#なんでもOKデー' }).getAttribute('href')).toBe(`/hashtags/${encodeURIComponent('なんでもokデー')}`);
  expect(screen.getByRole('link', { name: '＃Ｒｅｕｎｉｏｎ2026' }).getAttribute('href')).toBe('/hashtags/reunion2026');
});

test('a # inside a word or an address is no hashtag', () => {
  show('今日は#なんでも C#sharp and https://example.jp/page#section');
  const links = screen.getAllByRole('link');
  expect(links).toHaveLength(1);
  expect(links[0]!.getAttribute('href')).toBe('https://example.jp/page#section');
});

test('web addresses open in a new tab, marked as user content, without the sentence’s closing punctuation', () => {
  show('Slides: https://example.jp/slides?id=3. And http://alumni.example.com/ too');
  const slides = screen.getByRole('link', { name: 'https://example.jp/slides?id=3' });
  expect(slides.getAttribute('href')).toBe('https://example.jp/slides?id=3');
  expect(slides.getAttribute('target')).toBe('_blank');
  expect(slides.getAttribute('rel')).toBe('noopener noreferrer ugc nofollow');
  expect(screen.getByRole('link', { name: 'http://alumni.example.com/' }).getAttribute('rel')).toBe('noopener noreferrer ugc nofollow');
});

test('markup in a post is shown as the text it is, never run', () => {
  const body = '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">click</a> javascript:alert(4)';
  const container = show(body);
  expect(container.querySelector('img, script, a[href^="javascript"]')).toBeNull();
  expect(screen.queryByRole('link')).toBeNull();
  expect(container.querySelector('p')?.textContent).toBe(body);
});

test('line breaks stay', () => {
  const container = show('First line\nsecond line\n\n#tag on the fourth');
  const paragraph = container.querySelector('p')!;
  expect(paragraph.textContent).toBe('First line\nsecond line\n\n#tag on the fourth');
  expect(paragraph.style.whiteSpace).toBe('pre-wrap');
});
