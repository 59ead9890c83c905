import { Anchor, Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../session/viewer';
import { useUnreadTotal } from './live';

/** The header's "Messages" link with the live total of unread messages. */
export function MessagesNavLink() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const enabled = viewer?.status === 'APPROVED' || viewer?.status === 'PENDING';
  const total = useUnreadTotal(enabled);
  if (!enabled) return null;
  const label = total ? t('messaging.nav.withUnread', { n: total }) : t('messaging.nav.label');
  return (
    <Anchor component={Link} to="/messages" size="sm" c="dimmed" fw={500} aria-label={label} data-testid="messages-link">
      <Group gap={6} wrap="nowrap" component="span">
        <span aria-hidden="true">{t('messaging.nav.label')}</span>
        {total ? (
          <Badge size="sm" color="red" circle={total < 10} aria-hidden="true" data-testid="messages-unread" data-count={total}>
            {total > 99 ? '99+' : total}
          </Badge>
        ) : null}
      </Group>
    </Anchor>
  );
}
