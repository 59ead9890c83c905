import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { graphqlPeer } from '../test/graphql-peer';
import type { FeedItem } from './feed.api';
import { FeedCard } from './FeedCard';

const user = userEvent.setup({ delay: null });
const EMILY = { id: 'c1d2e3f4-0000-4000-8000-000000000001', displayName: 'Emily Johnson', profile: { photoUrl: null } };
const VIEWER = 'c1d2e3f4-0000-4000-8000-000000000002';

const item: FeedItem = {
  id: 'f0000000-0000-4000-8000-000000000001',
  kind: 'POST',
  title: 'Emily Johnson',
  excerpt: 'Reunion on Saturday',
  linkPath: null,
  audience: 'NETWORK',
  publishedAt: '2026-12-01T09:00:00.000Z',
  pinned: false,
  hiddenByModerators: false,
  reactionCount: 2,
  commentCount: 0,
  viewerLiked: false,
  actor: EMILY,
  subject: { typename: 'Post', id: 'f0000000-0000-4000-8000-000000000001' },
  survey: null,
  article: null,
  post: {
    id: 'f0000000-0000-4000-8000-000000000001',
    body: 'Reunion on Saturday',
    hashtags: [],
    links: [],
    createdAt: '2026-12-01T09:00:00.000Z',
    editedAt: null,
    author: EMILY,
    mentions: [],
    images: [],
  },
  prompt: null,
};

/** The card as a feed shows it: the list keeps the item, the card reports its changes. */
function Shown() {
  const [shown, setShown] = useState(item);
  return <FeedCard item={shown} viewerId={VIEWER} moderator={false} onChange={setShown} onDeleted={() => undefined} />;
}

function open(answer: Parameters<typeof graphqlPeer>[0]) {
  const peer = graphqlPeer(answer);
  render(
    <MemoryRouter>
      <Shown />
    </MemoryRouter>,
    { wrapper: peer.wrapper },
  );
  return peer;
}

test('a like shows at once, pressed, and then the count the server gives', async () => {
  let answer: (value: Record<string, unknown>) => void = () => undefined;
  const { requests } = open(() => new Promise((resolve) => (answer = resolve)));
  const like = screen.getByRole('button', { name: 'Like (2 likes)' });
  expect(like.getAttribute('aria-pressed')).toBe('false');

  await user.click(like);
  // Before the server answered.
  expect(screen.getByRole('button', { name: 'Like (3 likes)' }).getAttribute('aria-pressed')).toBe('true');
  expect(requests).toEqual([{ operationName: 'LikeFeedItem', variables: { input: { feedItemId: item.id } } }]);

  // Others liked it meanwhile: the server's count wins.
  answer({ likeFeedItem: { feedItem: { id: item.id, reactionCount: 5, viewerLiked: true }, errors: [] } });
  await screen.findByRole('button', { name: 'Like (5 likes)' });
  expect(screen.getByRole('button', { name: 'Like (5 likes)' }).getAttribute('aria-pressed')).toBe('true');
});

test('a like the server refuses is taken back, and the member is told why', async () => {
  open(() => ({ likeFeedItem: { feedItem: null, errors: [{ code: 'NOT_FOUND', field: 'input.feedItemId', message: 'No such feed item.' }] } }));
  await user.click(screen.getByRole('button', { name: 'Like (2 likes)' }));
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('It is no longer there.'));
  expect(screen.getByRole('button', { name: 'Like (2 likes)' }).getAttribute('aria-pressed')).toBe('false');
});

test('someone else’s post can be reported with a reason; the dialog starts in its field', async () => {
  const { requests } = open(() => ({ reportContent: { report: { id: 'r1' }, errors: [] } }));
  await user.click(screen.getByRole('button', { name: 'Item actions' }));
  expect(screen.queryByRole('menuitem', { name: 'Edit' })).toBeNull();
  await user.click(await screen.findByRole('menuitem', { name: 'Report' }));
  const reason = await screen.findByRole('textbox', { name: /Why are you reporting it/ });
  await waitFor(() => expect(document.activeElement).toBe(reason));
  await user.type(reason, 'Spam');
  await user.click(screen.getByRole('button', { name: 'Report' }));
  await screen.findByText('Thank you: the moderators will look at it.');
  expect(requests.at(-1)).toEqual({ operationName: 'ReportContent', variables: { input: { feedItemId: item.id, commentId: null, reason: 'Spam' } } });
});

const promptItem: FeedItem = {
  ...item,
  id: 'f0000000-0000-4000-8000-000000000009',
  kind: 'PROMPT',
  title: 'なんでもOKデー: share anything',
  excerpt: '今週のこと、なんでもどうぞ',
  linkPath: '/hashtags/%E3%81%AA%E3%82%93%E3%81%A7%E3%82%82ok%E3%83%87%E3%83%BC',
  actor: null,
  subject: null,
  post: null,
  prompt: { hashtag: 'なんでもOKデー', title: 'なんでもOKデー: share anything', body: '今週のこと、なんでもどうぞ', occurrenceAt: '2026-12-04T03:00:00.000Z' },
};

test("a posting prompt's card shows its text and starts the page's composer with its hashtag", async () => {
  const answers: string[] = [];
  const peer = graphqlPeer(() => ({}));
  render(
    <MemoryRouter>
      <FeedCard
        item={promptItem}
        viewerId={VIEWER}
        moderator={false}
        onChange={() => undefined}
        onDeleted={() => undefined}
        onAnswerPrompt={(text) => answers.push(text)}
      />
    </MemoryRouter>,
    { wrapper: peer.wrapper },
  );
  expect(screen.getByRole('heading', { name: 'なんでもOKデー: share anything' })).toBeTruthy();
  expect(screen.getByText('今週のこと、なんでもどうぞ')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'See the answers' }).getAttribute('href')).toBe(promptItem.linkPath);
  await user.click(screen.getByRole('button', { name: 'Post under #なんでもOKデー' }));
  expect(answers).toEqual(['#なんでもOKデー ']);
});

test("without a composer on the page, a prompt's button opens its hashtag's page", () => {
  const peer = graphqlPeer(() => ({}));
  render(
    <MemoryRouter>
      <FeedCard item={promptItem} viewerId={VIEWER} moderator={false} onChange={() => undefined} onDeleted={() => undefined} />
    </MemoryRouter>,
    { wrapper: peer.wrapper },
  );
  expect(screen.getByRole('link', { name: 'Post under #なんでもOKデー' }).getAttribute('href')).toBe(promptItem.linkPath);
});
