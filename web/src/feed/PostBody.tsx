import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MentionedMember } from './feed.api';
import { splitPostText } from './postText';

/**
 * A post's or comment's text as members read it, built from text nodes only (nothing the author
 * wrote is ever read as HTML): `<@id>` becomes a link to the member's profile with their name,
 * `#tag` a link to the tag's page, web addresses links that open in a new tab, marked as
 * user-generated and handing this page nothing; line breaks stay.
 */
export function PostBody({ body, mentions, size = 'sm' }: { body: string; mentions: readonly MentionedMember[]; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  const names = new Map(mentions.map((member) => [member.id.toLowerCase(), member.displayName]));
  return (
    <Text size={size} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {splitPostText(body).map((part, index) => {
        switch (part.kind) {
          case 'text':
            return part.text;
          case 'mention': {
            const name = names.get(part.memberId.toLowerCase());
            // A member who left the network is named no more.
            if (!name) return `@${t('feed.formerMember')}`;
            return (
              <Anchor key={index} component={Link} to={`/members/${encodeURIComponent(part.memberId)}`} fw={600} inherit>
                @{name}
              </Anchor>
            );
          }
          case 'hashtag':
            return (
              <Anchor key={index} component={Link} to={`/hashtags/${encodeURIComponent(part.tag)}`} inherit>
                {part.text}
              </Anchor>
            );
          case 'link':
            return (
              <Anchor key={index} href={part.url} target="_blank" rel="noopener noreferrer ugc nofollow" inherit>
                {part.url}
              </Anchor>
            );
        }
      })}
    </Text>
  );
}
