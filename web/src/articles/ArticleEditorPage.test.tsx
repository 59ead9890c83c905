import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { graphqlPeer } from '../test/graphql-peer';
import { ArticleForm } from './ArticleEditorPage';

const user = userEvent.setup({ delay: null });

test('the editor saves a draft as a document of the allowed nodes, and shows the server’s typed errors on their fields', async () => {
  const peer = graphqlPeer(({ operationName }) => {
    if (operationName === 'ArticleCategories') return { articleCategories: [{ id: 'c1d2e3f4-0000-4000-8000-0000000000c1', name: 'Interviews' }] };
    if (operationName === 'CreateArticle')
      return { createArticle: { article: null, errors: [{ code: 'VALIDATION', field: 'title', message: 'Give the title.' }] } };
    return {};
  });
  render(
    <MemoryRouter>
      <ArticleForm article={null} />
    </MemoryRouter>,
    { wrapper: peer.wrapper },
  );
  await user.type(screen.getByLabelText('Title', { exact: false }), 'Alumni news');
  expect(screen.getByRole('textbox', { name: 'Article' })).toBeTruthy();
  expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Save draft' }));
  await waitFor(() => expect(peer.requests.some((request) => request.operationName === 'CreateArticle')).toBe(true));
  const input = peer.requests.find((request) => request.operationName === 'CreateArticle')!.variables.input as Record<string, unknown>;
  expect(input).toMatchObject({ title: 'Alumni news', audience: 'NETWORK', segmentId: null, coverImageId: null, body: { type: 'doc' } });
  await screen.findByText('Give a title of at most 200 characters.');
});

test('a member’s editor has no audience, publishing or scheduling, shows why the office sent it back, and submits for review', async () => {
  const id = 'a1b2c3d4-0000-4000-8000-0000000000a1';
  const saved = {
    id,
    title: 'Class reunion',
    status: 'DRAFT',
    rejectionReason: 'Add a photo, please.',
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
  };
  const peer = graphqlPeer(({ operationName }) => {
    if (operationName === 'ArticleCategories') return { articleCategories: [] };
    if (operationName === 'EditArticle') return { editArticle: { article: saved, errors: [] } };
    if (operationName === 'SubmitArticle') return { submitArticle: { article: { ...saved, status: 'SUBMITTED', rejectionReason: null }, errors: [] } };
    return {};
  });
  render(
    <MemoryRouter>
      <ArticleForm article={saved as unknown as Parameters<typeof ArticleForm>[0]['article']} mode="member" />
    </MemoryRouter>,
    { wrapper: peer.wrapper },
  );
  expect(screen.getByText('Add a photo, please.')).toBeTruthy();
  expect(screen.queryByText('Who may read it')).toBeNull();
  expect(screen.queryByRole('button', { name: 'Publish now' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Schedule' })).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Submit for review' }));
  await waitFor(() => expect(peer.requests.some((request) => request.operationName === 'SubmitArticle')).toBe(true));
  const names = peer.requests.map((request) => request.operationName).filter((name) => name === 'EditArticle' || name === 'SubmitArticle');
  expect(names).toEqual(['EditArticle', 'SubmitArticle']);
  expect(peer.requests.find((request) => request.operationName === 'EditArticle')!.variables.input).toMatchObject({
    articleId: id,
    article: { title: 'Class reunion', audience: 'NETWORK' },
  });
  expect(peer.requests.find((request) => request.operationName === 'SubmitArticle')!.variables.input).toEqual({ articleId: id });
});
