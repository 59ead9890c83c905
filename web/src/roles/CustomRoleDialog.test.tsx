import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '../api/hooks';
import { graphqlPeer } from '../test/graphql-peer';
import { RolesQuery, type CustomRole } from './api';
import { CustomRoleDialog } from './CustomRoleDialog';

// Keystrokes without pauses between them: the test is about the form, not typing speed.
const user = userEvent.setup({ delay: null });
const saved: CustomRole = { id: 'role-1', name: 'Event team', description: null, permissions: ['MANAGE_CONTENT'], memberCount: 0 };

/** The page's list of custom roles, as RolesPage shows it beside the dialog. */
function RoleNames() {
  const roles = useQuery(RolesQuery, {});
  return <output aria-label="role names">{roles.data?.roles.custom.map((role) => role.name).join(', ')}</output>;
}

function open(answer: Parameters<typeof graphqlPeer>[0]) {
  const peer = graphqlPeer(answer);
  const onSaved = jest.fn();
  render(
    <>
      <RoleNames />
      <CustomRoleDialog role={null} onClose={() => undefined} onSaved={onSaved} />
    </>,
    { wrapper: peer.wrapper },
  );
  return { ...peer, onSaved };
}

test('the server’s objections show next to the fields they name, in the user’s language, and nothing is saved', async () => {
  const { onSaved } = open(({ operationName }) => {
    if (operationName === 'Roles') return { roles: { builtIn: [], custom: [] } };
    return {
      createCustomRole: {
        role: null,
        errors: [
          { code: 'NAME_TAKEN', field: 'input.name', message: 'name taken' },
          { code: 'VALIDATION', field: 'input.permissions', message: 'at least one' },
          { code: 'NOT_ALLOWED', field: 'input.permissions', message: 'not yours' },
        ],
      },
    };
  });
  await user.type(screen.getByLabelText('Name'), 'Event team');
  await user.click(screen.getByRole('button', { name: 'Save' }));

  const name = screen.getByLabelText('Name');
  await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
  const describedBy = (name.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
  expect(describedBy).toContain('This name is taken (by another role or a built-in role). Choose another.');
  expect(screen.getByText('Choose at least one permission.')).toBeTruthy();
  // Who may act is about the whole form, not the field it names.
  expect(screen.getByRole('alert').textContent).toContain('You can only grant permissions you hold yourself.');
  expect(onSaved).not.toHaveBeenCalled();
});

test('a saved role closes the dialog with it, and the page’s role list asks the server again', async () => {
  let custom: CustomRole[] = [];
  const { onSaved, requests } = open(({ operationName, variables }) => {
    if (operationName === 'Roles') return { roles: { builtIn: [], custom } };
    expect(variables).toEqual({ input: { name: 'Event team', description: null, permissions: ['MANAGE_CONTENT'] } });
    custom = [saved];
    return { createCustomRole: { role: saved, errors: [] } };
  });
  await user.type(screen.getByLabelText('Name'), '  Event team ');
  await user.click(screen.getByRole('checkbox', { name: /Manage content/ }));
  await user.click(screen.getByRole('button', { name: 'Save' }));

  await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved, true));
  await waitFor(() => expect(screen.getByLabelText('role names').textContent).toBe('Event team'));
  expect(requests.map((request) => request.operationName)).toEqual(['Roles', 'CreateCustomRole', 'Roles']);
});

test('when the gateway cannot be reached the form says so and keeps what was typed', async () => {
  const { onSaved } = open(({ operationName }) => {
    if (operationName === 'Roles') return { roles: { builtIn: [], custom: [] } };
    throw new TypeError('Failed to fetch');
  });
  await user.type(screen.getByLabelText('Name'), 'Event team');
  await user.click(screen.getByRole('button', { name: 'Save' }));

  await waitFor(() => expect(screen.getByRole('alert').textContent).toContain("Couldn't reach Kizuna. Check your connection and try again."));
  expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Event team');
  expect(onSaved).not.toHaveBeenCalled();
});
