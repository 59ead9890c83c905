import { render, screen, waitFor, within } from '@testing-library/react';
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

/** The upload endpoint's side of `POST /media/article-files`: answers each upload from the test, records what was sent. */
function uploadPeer(answer: (name: string) => { status: number; body: unknown }) {
  const sent: string[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = ((input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://peer.test');
    sent.push(`${url.pathname}?${url.searchParams.toString()}`);
    const { status, body } = answer(url.searchParams.get('name') ?? '');
    return Promise.resolve({ ok: status < 400, status, json: () => Promise.resolve(body) } as Response);
  }) as typeof fetch;
  return { sent, restore: () => (globalThis.fetch = original) };
}

function renderEditor() {
  const peer = graphqlPeer(({ operationName }) => {
    if (operationName === 'ArticleCategories') return { articleCategories: [] };
    if (operationName === 'CreateArticle') return { createArticle: { article: null, errors: [] } };
    return {};
  });
  const view = render(
    <MemoryRouter>
      <ArticleForm article={null} />
    </MemoryRouter>,
    { wrapper: peer.wrapper },
  );
  const fileInput = (accept: string) => view.container.querySelector<HTMLInputElement>(`input[type="file"][accept="${accept}"]`)!;
  return { peer, view, fileInput };
}

test('uploads a PDF and a video from the toolbar and saves them in the document by id', async () => {
  const files = {
    'minutes.pdf': {
      id: 'f1f1f1f1-0000-4000-8000-000000000001',
      kind: 'pdf',
      url: '/media/articles/a.pdf',
      name: 'minutes.pdf',
      size: 2_621_440,
      contentType: 'application/pdf',
    },
    'clip.mp4': {
      id: 'f1f1f1f1-0000-4000-8000-000000000002',
      kind: 'video',
      url: '/media/articles/b.mp4',
      name: 'clip.mp4',
      size: 4096,
      contentType: 'video/mp4',
    },
  } as Record<string, unknown>;
  const uploads = uploadPeer((name) => ({ status: 200, body: { file: files[name], errors: [] } }));
  try {
    const { peer, view, fileInput } = renderEditor();
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    expect(within(toolbar).getByRole('button', { name: 'Video file' })).toBeTruthy();
    expect(within(toolbar).getByRole('button', { name: 'PDF' })).toBeTruthy();
    await user.upload(fileInput('application/pdf'), new File(['%PDF-1.4'], 'minutes.pdf', { type: 'application/pdf' }));
    const card = await screen.findByRole('link', { name: /minutes\.pdf/ });
    expect(card.getAttribute('href')).toBe('/media/articles/a.pdf');
    expect(card.textContent).toContain('2.5 MB');
    await user.upload(fileInput('video/mp4,video/webm'), new File(['....ftyp'], 'clip.mp4', { type: 'video/mp4' }));
    await waitFor(() => expect(view.container.querySelector('video')?.getAttribute('src')).toBe('/media/articles/b.mp4'));
    expect(uploads.sent).toEqual(['/media/article-files?name=minutes.pdf', '/media/article-files?name=clip.mp4']);

    await user.type(screen.getByLabelText('Title', { exact: false }), 'General meeting');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(peer.requests.some((request) => request.operationName === 'CreateArticle')).toBe(true));
    const body = (
      peer.requests.find((request) => request.operationName === 'CreateArticle')!.variables.input as {
        body: { content: { type: string; attrs?: Record<string, unknown> }[] };
      }
    ).body;
    const nodes = body.content.filter((node) => node.type === 'attachment' || node.type === 'videoFile');
    expect(nodes.map((node) => [node.type, node.attrs?.fileId])).toEqual([
      ['attachment', 'f1f1f1f1-0000-4000-8000-000000000001'],
      ['videoFile', 'f1f1f1f1-0000-4000-8000-000000000002'],
    ]);
  } finally {
    uploads.restore();
  }
});

test('says clearly when a file is too large or not a video or PDF, and inserts nothing', async () => {
  const uploads = uploadPeer(() => ({
    status: 400,
    body: { file: null, errors: [{ code: 'VALIDATION', field: 'file', message: 'Only MP4 and WebM videos and PDF documents can be added to articles.' }] },
  }));
  try {
    const { view, fileInput } = renderEditor();
    const big = new File(['%PDF-'], 'huge.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    await user.upload(fileInput('application/pdf'), big);
    expect((await screen.findByRole('alert')).textContent).toBe('This PDF is too large: PDFs may be at most 20 MB.');
    // Not even sent: the limit is known here.
    expect(uploads.sent).toEqual([]);

    await user.upload(fileInput('video/mp4,video/webm'), new File(['<html>'], 'movie.mp4', { type: 'video/mp4' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Choose an MP4 or WebM video.'));
    expect(uploads.sent).toHaveLength(1);
    expect(view.container.querySelector('video, .article-attachment')).toBeNull();
  } finally {
    uploads.restore();
  }
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

test('staff take a published article back to a draft, and delete it only after confirming', async () => {
  const id = 'a1b2c3d4-0000-4000-8000-0000000000c7';
  const published = {
    id,
    title: 'Spring newsletter',
    status: 'PUBLISHED',
    audience: 'NETWORK',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello' }] }] },
  };
  const peer = graphqlPeer(({ operationName }) => {
    if (operationName === 'ArticleCategories') return { articleCategories: [] };
    if (operationName === 'UnpublishArticle') return { unpublishArticle: { article: { ...published, status: 'DRAFT' }, errors: [] } };
    if (operationName === 'DeleteArticle') return { deleteArticle: { deletedArticleId: id, errors: [] } };
    return {};
  });
  render(
    <MemoryRouter>
      <ArticleForm article={published as unknown as Parameters<typeof ArticleForm>[0]['article']} />
    </MemoryRouter>,
    { wrapper: peer.wrapper },
  );
  await user.click(screen.getByRole('button', { name: 'Unpublish' }));
  await waitFor(() => expect(peer.requests.find((request) => request.operationName === 'UnpublishArticle')?.variables.input).toEqual({ articleId: id }));

  await user.click(screen.getByRole('button', { name: 'Delete article' }));
  const dialog = await screen.findByRole('dialog', { name: 'Delete “Spring newsletter”?' });
  expect(peer.requests.some((request) => request.operationName === 'DeleteArticle')).toBe(false);
  await user.click(within(dialog).getByRole('button', { name: 'Delete article' }));
  await waitFor(() => expect(peer.requests.find((request) => request.operationName === 'DeleteArticle')?.variables.input).toEqual({ articleId: id }));
});
