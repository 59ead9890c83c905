import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ApproveMembershipMutation,
  DecideMembershipsMutation,
  PendingMembersQuery,
  RejectMembershipMutation,
  type MembershipDecision,
  type PageInfo,
  type PendingMember,
  type UserError,
} from '../api/documents';
import { describeRequestError, translateUserError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { AlertIcon, CheckIcon, XIcon } from '../components/icons';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { mayOpen, usePermissions } from '../roles/permissions';
import { useViewer } from '../session/viewer';
import { RegistrationAnswersList } from '../registration/RegistrationAnswersList';
import classes from './AdminApprovalsPage.module.css';

const PAGE_SIZE = 50;
/** The server's limit on a decision's message. */
const MESSAGE_MAX_LENGTH = 2000;

/** A decision being confirmed: on one applicant (a row's button) or on the selection (bulk). */
interface PendingDecision {
  decision: MembershipDecision;
  members: PendingMember[];
  bulk: boolean;
}

/**
 * Administrators approve or reject applicants, one by one or the selected ones at once, with an
 * optional message shown to the applicants; decided rows disappear.
 */
export function AdminApprovalsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('approvals.pageTitle'));
  const { client } = useSession();
  const { viewer } = useViewer();
  const permissions = usePermissions();
  const allowed = mayOpen(viewer, permissions, 'APPROVE_MEMBERS');
  const query = useQuery(PendingMembersQuery, { first: PAGE_SIZE }, { pause: !allowed });
  const [members, setMembers] = useState<PendingMember[]>([]);
  const [pageInfo, setPageInfo] = useState<PageInfo>({ hasNextPage: false, endCursor: null });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [pending, setPending] = useState<PendingDecision | null>(null);
  const [message, setMessage] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [dialogErrors, setDialogErrors] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    const connection = query.data?.pendingMembers;
    if (!connection) return;
    const nodes = connection.edges.map((edge) => edge.node);
    setMembers(nodes);
    setPageInfo(connection.pageInfo);
    const ids = new Set(nodes.map((m) => m.id));
    setSelected((current) => new Set([...current].filter((id) => ids.has(id))));
  }, [query.data]);

  if (!viewer) return <PageLoader />;
  const network = viewer.network.name;
  if (!allowed) {
    return (
      <ContentPage title={t('approvals.title')}>
        <Alert color="yellow" variant="light" icon={<AlertIcon size={20} />}>
          {t('approvals.forbidden')}
        </Alert>
      </ContentPage>
    );
  }

  const selectedMembers = members.filter((m) => selected.has(m.id));
  const allSelected = members.length > 0 && selectedMembers.length === members.length;
  const someSelected = selectedMembers.length > 0 && !allSelected;

  const toggle = (member: PendingMember, checked: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(member.id);
      else next.delete(member.id);
      return next;
    });
  };

  const open = (decision: MembershipDecision, targets: PendingMember[], bulk: boolean) => {
    if (targets.length === 0) return;
    setPending({ decision, members: targets, bulk });
    setMessage('');
    setDialogErrors([]);
    setDone(null);
    setError(null);
  };

  const close = () => {
    if (submitting) return;
    setPending(null);
    setDialogErrors([]);
  };

  /** A user error in the user's language; on a bulk decision, naming the applicant it is about. */
  const describeUserError = (userError: UserError, targets: PendingMember[]): string => {
    const text = translateUserError(t, userError);
    const index = /^(?:input\.)?memberIds\.(\d+)$/.exec(userError.field ?? '')?.[1];
    const member = index === undefined ? undefined : targets[Number(index)];
    return member ? t('approvals.memberError', { name: member.displayName, error: text }) : text;
  };

  const confirm = async () => {
    if (!pending) return;
    const { decision, members: targets, bulk } = pending;
    const note = message.trim() || undefined;
    let decided: string[] | null = null;
    let errors: UserError[] = [];
    let requestError: string | null = null;
    const [member] = targets;
    if (!member) return;
    setSubmitting(true);
    setDialogErrors([]);
    if (bulk) {
      const result = await client
        .mutation(DecideMembershipsMutation, {
          input: { memberIds: targets.map((m) => m.id), decision, message: note },
        })
        .toPromise();
      const payload = result.data?.decideMemberships;
      if (result.error || !payload) requestError = result.error ? describeRequestError(t, result.error) : t('errors.unexpected');
      else if (payload.errors.length > 0) errors = payload.errors;
      else decided = targets.map((m) => m.id);
    } else {
      const input = { memberId: member.id, message: note };
      const result =
        decision === 'APPROVE'
          ? await client.mutation(ApproveMembershipMutation, { input }).toPromise()
          : await client.mutation(RejectMembershipMutation, { input }).toPromise();
      const payload = result.data && ('approveMembership' in result.data ? result.data.approveMembership : result.data.rejectMembership);
      if (result.error || !payload) requestError = result.error ? describeRequestError(t, result.error) : t('errors.unexpected');
      else if (payload.errors.length > 0) errors = payload.errors;
      else decided = [member.id];
    }
    setSubmitting(false);
    if (requestError) {
      setDialogErrors([requestError]);
      return;
    }
    if (!decided) {
      setDialogErrors(errors.map((e) => describeUserError(e, targets)));
      return;
    }
    const gone = new Set(decided);
    setMembers((current) => current.filter((m) => !gone.has(m.id)));
    setSelected((current) => new Set([...current].filter((id) => !gone.has(id))));
    setPending(null);
    if (targets.length === 1) {
      setDone(t(decision === 'APPROVE' ? 'approvals.approved' : 'approvals.rejected', { name: member.displayName }));
    } else {
      setDone(t(decision === 'APPROVE' ? 'approvals.approvedMany' : 'approvals.rejectedMany', { count: targets.length }));
    }
  };

  const loadMore = async () => {
    if (!pageInfo.endCursor) return;
    const result = await client.query(PendingMembersQuery, { first: PAGE_SIZE, after: pageInfo.endCursor }).toPromise();
    const connection = result.data?.pendingMembers;
    if (result.error || !connection) {
      setError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
      return;
    }
    setMembers((current) => {
      const known = new Set(current.map((m) => m.id));
      return [...current, ...connection.edges.map((edge) => edge.node).filter((m) => !known.has(m.id))];
    });
    setPageInfo(connection.pageInfo);
  };

  const approving = pending?.decision === 'APPROVE';
  const only = pending?.members.length === 1 ? pending.members[0] : undefined;
  const dialogTitle = !pending
    ? ''
    : only
      ? t(approving ? 'approvals.dialog.approveOne' : 'approvals.dialog.rejectOne', { name: only.displayName })
      : t(approving ? 'approvals.dialog.approveMany' : 'approvals.dialog.rejectMany', { count: pending.members.length });

  return (
    <ContentPage title={t('approvals.title')} subtitle={t('approvals.subtitle', { network })}>
      <div role="status" aria-live="polite">
        {done && (
          <Alert color="teal" variant="light" icon={<CheckIcon size={20} />} withCloseButton onClose={() => setDone(null)}>
            {done}
          </Alert>
        )}
      </div>
      {error && (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {query.error && !query.data ? (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{describeRequestError(t, query.error)}</Text>
            <Button variant="light" color="red" size="xs" onClick={query.refetch}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : query.fetching && !query.data ? (
        <PageLoader />
      ) : members.length === 0 ? (
        <Card withBorder radius="lg" padding="xl">
          <Text c="dimmed" ta="center">
            {t('approvals.empty')}
          </Text>
        </Card>
      ) : (
        <Stack gap="sm">
          <Group justify="space-between" gap="sm" className={classes.toolbar}>
            <Checkbox
              label={t('approvals.selectAll')}
              checked={allSelected}
              indeterminate={someSelected}
              onChange={(event) => setSelected(event.currentTarget.checked ? new Set(members.map((m) => m.id)) : new Set())}
            />
            <Group gap="sm" role="group" aria-label={t('approvals.bulkActions')}>
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('approvals.selectedCount', { count: selectedMembers.length })}
              </Text>
              <Button
                variant="light"
                leftSection={<CheckIcon size={18} />}
                disabled={selectedMembers.length === 0}
                onClick={() => open('APPROVE', selectedMembers, true)}
              >
                {t('approvals.approveSelected')}
              </Button>
              <Button
                variant="light"
                color="red"
                leftSection={<XIcon size={18} />}
                disabled={selectedMembers.length === 0}
                onClick={() => open('REJECT', selectedMembers, true)}
              >
                {t('approvals.rejectSelected')}
              </Button>
            </Group>
          </Group>
          <ul className={classes.list}>
            {members.map((member) => (
              <li key={member.id}>
                <Card withBorder radius="md" padding="md">
                  <Group justify="space-between" gap="sm">
                    <Group gap="sm" wrap="nowrap" align="flex-start" className={classes.who}>
                      <Checkbox
                        mt={4}
                        checked={selected.has(member.id)}
                        onChange={(event) => toggle(member, event.currentTarget.checked)}
                        aria-label={t('approvals.selectMember', { name: member.displayName })}
                      />
                      <Stack gap={2} className={classes.details}>
                        <Text fw={600}>{member.displayName}</Text>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm" c="dimmed" className={classes.email}>
                            {member.email}
                          </Text>
                          <Badge size="xs" variant="light" color={member.emailVerified ? 'teal' : 'gray'}>
                            {member.emailVerified ? t('approvals.emailVerified') : t('approvals.emailUnverified')}
                          </Badge>
                        </Group>
                        {member.referredBy && (
                          <Text size="xs" c="dimmed">
                            {t('roles.queue.referredBy', { name: member.referredBy.displayName })}
                          </Text>
                        )}
                        <Text size="xs" c="dimmed">
                          {t('approvals.appliedAt', { date: formatDateTime(member.createdAt, i18n.language) })}
                        </Text>
                        <RegistrationAnswersList answers={member.registrationAnswers} />
                      </Stack>
                    </Group>
                    <Group gap="sm" className={classes.actions}>
                      <Button
                        variant="default"
                        color="red"
                        onClick={() => open('REJECT', [member], false)}
                        leftSection={<XIcon size={18} />}
                        aria-label={t('approvals.rejectMember', { name: member.displayName })}
                        className={classes.action}
                      >
                        {t('approvals.reject')}
                      </Button>
                      <Button
                        onClick={() => open('APPROVE', [member], false)}
                        leftSection={<CheckIcon size={18} />}
                        aria-label={t('approvals.approveMember', { name: member.displayName })}
                        className={classes.action}
                      >
                        {t('approvals.approve')}
                      </Button>
                    </Group>
                  </Group>
                </Card>
              </li>
            ))}
          </ul>
          {pageInfo.hasNextPage && (
            <Button variant="subtle" onClick={() => void loadMore()}>
              {t('approvals.loadMore')}
            </Button>
          )}
        </Stack>
      )}
      <Modal opened={pending !== null} onClose={close} title={dialogTitle} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <Stack gap="md">
            {dialogErrors.length > 0 && (
              <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
                <Stack gap={4}>
                  {dialogErrors.map((text, index) => (
                    <Text size="sm" key={index}>
                      {text}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            )}
            <Textarea
              label={t('approvals.dialog.message')}
              description={t('approvals.dialog.messageHint')}
              value={message}
              onChange={(event) => setMessage(event.currentTarget.value)}
              maxLength={MESSAGE_MAX_LENGTH}
              autosize
              minRows={3}
              maxRows={8}
              data-autofocus
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={submitting}>
                {t('approvals.dialog.cancel')}
              </Button>
              <Button
                type="submit"
                color={approving ? undefined : 'red'}
                loading={submitting}
                leftSection={approving ? <CheckIcon size={18} /> : <XIcon size={18} />}
              >
                {approving ? t('approvals.dialog.confirmApprove') : t('approvals.dialog.confirmReject')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </ContentPage>
  );
}
