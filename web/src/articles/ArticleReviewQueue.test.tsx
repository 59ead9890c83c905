import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { graphqlPeer } from '../test/graphql-peer';
import { ArticleReviewQueue } from './ArticleReviewQueue';

const user = userEvent.setup({ delay: null });

const submission = {
  id: 'a1b2c3d4-0000-4000-8000-0000000000b2',
  title: 'Homecoming day',
  excerpt: 'We met again after ten years.',
  status: 'SUBMITTED',
  publishedAt: null,
  updatedAt: '2026-12-01T09:00:00.000Z',
  submittedAt: '2026-12-01T09:00:00.000Z',
  rejectionReason: null,
  author: { id: 'b1b2c3d4-0000-4000-8000-0000000000b3', displayName: 'Hanako Sato' },
};

test('the review queue shows the count and sends a submission back with the reason, showing the server’s error on the field', async () => {
  let attempts = 0;
  const peer = graphqlPeer(({ operationName }) => {
    if (operationName === 'ArticleReviewQueue')
      return { articleReviewQueueCount: 1, articleReviewQueue: { edges: [{ node: submission }], pageInfo: { hasNextPage: false, endCursor: null } } };
    if (operationName === 'RejectArticle') {
      attempts += 1;
      if (attempts === 1) return { rejectArticle: { article: null, errors: [{ code: 'VALIDATION', field: 'reason', message: 'Tell the author why.' }] } };
      return { rejectArticle: { article: { ...submission, status: 'DRAFT', rejectionReason: 'Add a photo.' }, errors: [] } };
    }
    return {};
  });
  render(
    <MemoryRouter>
      <ArticleReviewQueue />
    </MemoryRouter>,
    { wrapper: peer.wrapper },
  );
  await screen.findByText('1 article awaiting review');
  const row = screen.getByRole('article', { name: 'Homecoming day' });
  expect(within(row).getByText('By Hanako Sato', { exact: false })).toBeTruthy();
  await user.click(within(row).getByRole('button', { name: 'Send back' }));
  const dialog = await screen.findByRole('dialog');
  // Sent trimmed.
  await user.type(within(dialog).getByRole('textbox', { name: /Reason for the author/ }), ' x');
  await user.click(within(dialog).getByRole('button', { name: 'Send back' }));
  await within(dialog).findByText('Give a reason of at most 1,000 characters.');
  await user.clear(within(dialog).getByRole('textbox', { name: /Reason for the author/ }));
  await user.type(within(dialog).getByRole('textbox', { name: /Reason for the author/ }), 'Add a photo.');
  await user.click(within(dialog).getByRole('button', { name: 'Send back' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(peer.requests.filter((request) => request.operationName === 'RejectArticle').map((request) => request.variables.input)).toEqual([
    { articleId: submission.id, reason: 'x' },
    { articleId: submission.id, reason: 'Add a photo.' },
  ]);
});
