import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { graphqlPeer } from '../test/graphql-peer';
import { TextComposer } from './TextComposer';

const user = userEvent.setup({ delay: null });
const TARO = { memberId: '0b7a6c2e-1f1e-4a57-9d43-5d1c8e0f9a11', displayName: 'Taro Yamada' };
const HANAKO = { memberId: '4c2d9e1a-7b3f-4e2a-8c1d-2f6a9b0e3d22', displayName: 'Hanako Sato' };

function person(member: typeof TARO) {
  return {
    ...member,
    nameKana: null,
    nameRomaji: null,
    headline: null,
    photoUrl: null,
    entryYear: null,
    department: null,
    employer: null,
    jobTitle: null,
    location: null,
    skills: [],
  };
}

/** The composer with a directory that finds members by the start of their name. */
function open() {
  const peer = graphqlPeer(({ operationName, variables }) => {
    if (operationName !== 'Directory') throw new Error(`unexpected ${operationName}`);
    const text = ((variables.filter as { text: string | null }).text ?? '').toLowerCase();
    const found = [TARO, HANAKO].filter((member) =>
      member.displayName
        .toLowerCase()
        .split(' ')
        .some((word) => word.startsWith(text)),
    );
    return {
      directory: {
        edges: found.map((member) => ({ cursor: member.memberId, node: person(member) })),
        pageInfo: { hasNextPage: false, endCursor: null },
        totalCount: found.length,
        fuzzy: false,
      },
    };
  });
  const onSubmit = jest.fn(async (_body: string) => true);
  render(
    <MemoryRouter>
      <TextComposer label="Post text" submitLabel="Post" maxCharacters={5000} onSubmit={onSubmit} />
    </MemoryRouter>,
    { wrapper: peer.wrapper },
  );
  const box = () => screen.getByLabelText('Post text') as HTMLTextAreaElement;
  return { ...peer, onSubmit, box };
}

test('@ searches the directory; the chosen member shows by name and is sent as <@memberId>; Ctrl+Enter posts', async () => {
  const { onSubmit, box, requests } = open();
  await user.type(box(), 'Thanks @yam');
  const option = await screen.findByRole('option', { name: 'Taro Yamada' });
  expect(screen.queryByRole('option', { name: 'Hanako Sato' })).toBeNull();
  expect(requests.at(-1)?.variables).toEqual({ filter: { text: 'yam' }, first: 8 });
  expect(option.getAttribute('aria-selected')).toBe('true');
  await user.keyboard('{Enter}');

  // The text shows the name; the picker is gone.
  await waitFor(() => expect(box().value).toBe('Thanks @Taro Yamada '));
  expect(screen.queryByRole('listbox')).toBeNull();
  await user.type(box(), 'for the slides #reunion');
  // Counted as the service counts what is sent: the token, not the name.
  const sent = `Thanks <@${TARO.memberId}> for the slides #reunion`;
  expect(screen.getByText(`${sent.length} / 5,000`)).toBeTruthy();

  await user.keyboard('{Control>}{Enter}{/Control}');
  await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(sent));
  await waitFor(() => expect(box().value).toBe(''));
});

test('Enter alone starts a new line, and a member is also picked with the mouse', async () => {
  const { onSubmit, box } = open();
  await user.type(box(), 'Hello{Enter}@sa');
  const option = await screen.findByRole('option', { name: 'Hanako Sato' });
  await user.click(option);
  await waitFor(() => expect(box().value).toBe('Hello\n@Hanako Sato '));
  expect(onSubmit).not.toHaveBeenCalled();
  await user.click(screen.getByRole('button', { name: 'Post' }));
  await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(`Hello\n<@${HANAKO.memberId}>`));
});

test('a name typed by hand without picking stays text, and over 5,000 characters nothing is sent', async () => {
  const { onSubmit, box } = open();
  // Exactly 5,000 characters go; three more do not.
  const full = `@Taro Yamada ${'あ'.repeat(4987)}`;
  await user.click(box());
  await user.paste(`${full}いいい`);
  expect(screen.getByRole('alert').textContent).toBe('Too long: at most 5,000 characters.');
  await user.click(screen.getByRole('button', { name: 'Post' }));
  expect(onSubmit).not.toHaveBeenCalled();

  await user.clear(box());
  await user.paste(full);
  expect(screen.getByText('5,000 / 5,000')).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Post' }));
  await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  expect(onSubmit.mock.calls[0]).toEqual([full]);
});

test('when the directory finds no one, the picker says so and the text stays as typed', async () => {
  const { onSubmit, box } = open();
  await user.type(box(), 'Hi @zz');
  await screen.findByText('No member found for “zz”.');
  expect(screen.queryByRole('listbox')).toBeNull();
  await user.keyboard('{Control>}{Enter}{/Control}');
  await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('Hi @zz'));
});
