import { useId, useState, type ReactNode } from 'react';
import { ActionIcon, Alert, Anchor, Avatar, Badge, Button, Card, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserError } from '../api/documents';
import { useMutation } from '../api/hooks';
import { formatDateTime } from '../components/format';
import {
  DeletePostMutation,
  EditPostMutation,
  HideFeedItemMutation,
  HideFromMyFeedMutation,
  LikeFeedItemMutation,
  PinFeedItemMutation,
  UnhideFeedItemMutation,
  UnlikeFeedItemMutation,
  UnpinFeedItemMutation,
  type FeedItem,
  type FeedMember,
} from './feed.api';
import { describeFeedError } from './feedErrors';
import { Comments } from './Comments';
import { PostBody } from './PostBody';
import { SurveyCard } from '../surveys/SurveyCard';
import { ArticleCard } from '../articles/ArticleCard';
import classes from './feed.module.css';
import { PostImageGrid } from './PostImages';
import { ConfirmDialog, ReportDialog } from './ReportDialog';
import { TextComposer } from './TextComposer';
import { MAX_POST_CHARACTERS } from './PostComposer';

export interface FeedCardProps {
  item: FeedItem;
  viewerId: string;
  /** The viewer holds MANAGE_CONTENT: pins, hides for everyone, deletes any post. */
  moderator: boolean;
  /** The item changed here (a like, an edit, a pin). */
  onChange: (item: FeedItem) => void;
  /** The post was deleted. */
  onDeleted: (id: string) => void;
  /** The viewer took it out of their own feed (the list offers to undo). */
  onHiddenFromMyFeed?: (id: string) => void;
  /** Open with its comments shown (an item's own page). */
  commentsOpen?: boolean;
  /** What an item may show below its text, e.g. a post's images. */
  media?: ReactNode;
  /** A PROMPT's "Post under #tag": starts the page's composer with this text; without it the button opens the hashtag's page. */
  onAnswerPrompt?: (text: string) => void;
}

/** One item of the feed, whatever its kind, with its likes, comments and menu. */
export function FeedCard({ item, viewerId, moderator, onChange, onDeleted, onHiddenFromMyFeed, commentsOpen = false, media, onAnswerPrompt }: FeedCardProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [showComments, setShowComments] = useState(commentsOpen);
  const [focusComments, setFocusComments] = useState(false);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const describe = (error: UserError) => describeFeedError(t, error);
  const edit = useMutation(EditPostMutation, { fields: ['body'] as const, describe });
  const remove = useMutation(DeletePostMutation, { describe });
  const hideForMe = useMutation(HideFromMyFeedMutation, { describe });
  const moderate = {
    pin: useMutation(PinFeedItemMutation, { describe }),
    unpin: useMutation(UnpinFeedItemMutation, { describe }),
    hide: useMutation(HideFeedItemMutation, { describe }),
    unhide: useMutation(UnhideFeedItemMutation, { describe }),
  };
  const post = item.post;
  const own = (post?.author.id ?? item.actor?.id) === viewerId;
  const actionErrors = [...hideForMe.errors.form, ...Object.values(moderate).flatMap((mutation) => mutation.errors.form)];

  const runModeration = async (action: keyof typeof moderate) => {
    const changed = (await moderate[action].run({ input: { feedItemId: item.id } }))?.feedItem;
    if (changed) {
      onChange(changed);
      setNotice(t(`feed.moderation.done.${action}`));
    }
  };

  return (
    <Card component="article" withBorder radius="lg" padding="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <CardHeading item={item} titleId={titleId} language={i18n.language} />
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('feed.menu.label')}>
                <span aria-hidden="true">⋯</span>
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item component={Link} to={`/posts/${item.id}`}>
                {t('feed.menu.open')}
              </Menu.Item>
              {post && own && <Menu.Item onClick={() => setEditing(true)}>{t('feed.menu.edit')}</Menu.Item>}
              {post && (own || moderator) && (
                <Menu.Item color="red" onClick={() => setDeleting(true)}>
                  {t('feed.menu.delete')}
                </Menu.Item>
              )}
              {!own && onHiddenFromMyFeed && (
                <Menu.Item
                  onClick={() =>
                    void hideForMe.run({ input: { feedItemId: item.id } }).then((payload) => {
                      if (payload) onHiddenFromMyFeed(item.id);
                    })
                  }
                >
                  {t('feed.menu.hideForMe')}
                </Menu.Item>
              )}
              {!own && <Menu.Item onClick={() => setReporting(true)}>{t('feed.menu.report')}</Menu.Item>}
              {moderator && (
                <>
                  <Menu.Divider />
                  <Menu.Label>{t('feed.menu.moderation')}</Menu.Label>
                  <Menu.Item onClick={() => void runModeration(item.pinned ? 'unpin' : 'pin')}>
                    {item.pinned ? t('feed.menu.unpin') : t('feed.menu.pin')}
                  </Menu.Item>
                  <Menu.Item
                    color={item.hiddenByModerators ? undefined : 'red'}
                    onClick={() => void runModeration(item.hiddenByModerators ? 'unhide' : 'hide')}
                  >
                    {item.hiddenByModerators ? t('feed.menu.unhide') : t('feed.menu.hide')}
                  </Menu.Item>
                </>
              )}
            </Menu.Dropdown>
          </Menu>
        </Group>

        {(item.pinned || item.hiddenByModerators || item.kind === 'PROMPT') && (
          <Group gap={6}>
            {item.kind === 'PROMPT' && (
              <Badge variant="light" color="grape">
                {t('feed.card.promptLabel')}
              </Badge>
            )}
            {item.pinned && (
              <Badge variant="light" color="indigo">
                {t('feed.card.pinned')}
              </Badge>
            )}
            {item.hiddenByModerators && (
              <Badge variant="light" color="red">
                {t('feed.card.hiddenByModerators')}
              </Badge>
            )}
          </Group>
        )}
        {item.hiddenByModerators && (
          <Text size="xs" c="dimmed">
            {t('feed.card.hiddenHint')}
          </Text>
        )}

        {post && editing ? (
          <TextComposer
            label={t('feed.card.editLabel')}
            submitLabel={t('feed.common.save')}
            maxCharacters={MAX_POST_CHARACTERS}
            initialBody={post.body}
            initialMentions={post.mentions}
            autoFocus
            keepAfterSubmit
            error={edit.errors.fields.body ?? edit.errors.form[0] ?? null}
            onCancel={() => setEditing(false)}
            onSubmit={async (body) => {
              const saved = (await edit.run({ input: { postId: post.id, body } }))?.post;
              if (!saved) return false;
              onChange({ ...item, post: saved });
              setEditing(false);
              return true;
            }}
          />
        ) : item.article ? (
          <ArticleCard article={item.article} />
        ) : item.survey ? (
          <SurveyCard survey={item.survey} onChange={(survey) => onChange({ ...item, survey })} />
        ) : (
          <CardBody item={item} onAnswerPrompt={onAnswerPrompt} />
        )}
        {post && !editing && <PostImageGrid images={post.images} />}
        {media}

        {notice && (
          <Text size="sm" c="teal.9" role="status">
            {notice}
          </Text>
        )}
        {actionErrors.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {actionErrors.join(' ')}
          </Alert>
        )}

        <Group gap="xs">
          <LikeButton item={item} onChange={onChange} />
          <Button
            variant="subtle"
            color="gray"
            size="compact-sm"
            aria-expanded={showComments}
            onClick={() => {
              setFocusComments(!showComments);
              setShowComments(!showComments);
            }}
          >
            {t('feed.card.comments', { count: item.commentCount })}
          </Button>
        </Group>
        {showComments && (
          <Comments
            feedItemId={item.id}
            viewerId={viewerId}
            moderator={moderator}
            focusComposer={focusComments}
            commentCount={item.commentCount}
            onCountChange={(delta) => onChange({ ...item, commentCount: Math.max(0, item.commentCount + delta) })}
          />
        )}
      </Stack>

      {deleting && post && (
        <ConfirmDialog
          title={t('feed.card.deleteTitle')}
          body={t('feed.card.deleteBody')}
          confirmLabel={t('feed.common.delete')}
          busy={remove.busy}
          errors={remove.errors.form}
          onClose={() => setDeleting(false)}
          onConfirm={() =>
            void remove.run({ input: { postId: post.id } }).then((payload) => {
              if (!payload) return;
              setDeleting(false);
              onDeleted(item.id);
            })
          }
        />
      )}
      {reporting && (
        <ReportDialog
          feedItemId={item.id}
          onClose={() => setReporting(false)}
          onReported={() => {
            setReporting(false);
            setNotice(t('feed.report.done'));
          }}
        />
      )}
    </Card>
  );
}

function MemberAvatar({ member, fallback }: { member: FeedMember | null | undefined; fallback: string }) {
  return <Avatar src={member?.profile?.photoUrl} alt="" radius="xl" name={member?.displayName ?? fallback} />;
}

/** Who and when: the author of a post, the member an event is about, or the item's own title. */
function CardHeading({ item, titleId, language }: { item: FeedItem; titleId: string; language: string }) {
  const { t } = useTranslation();
  const who = item.post?.author ?? item.actor;
  const name = who?.displayName ?? (item.title || t('feed.formerMember'));
  const heading = headingOf(t, item, name);
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
      <MemberAvatar member={who} fallback={name} />
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Title order={3} fz="sm" fw={600} id={titleId} style={{ overflowWrap: 'anywhere' }}>
          {who ? (
            <Anchor component={Link} to={`/members/${who.id}`} inherit c="inherit" className={classes.target}>
              {heading}
            </Anchor>
          ) : (
            heading
          )}
        </Title>
        <Text size="xs" c="dimmed">
          <Anchor
            component={Link}
            to={`/posts/${item.id}`}
            inherit
            c="dimmed"
            className={classes.target}
            aria-label={t('feed.card.permalink', { time: formatDateTime(item.publishedAt, language) })}
          >
            <time dateTime={item.publishedAt}>{formatDateTime(item.publishedAt, language)}</time>
          </Anchor>
          {item.post?.editedAt && ` · ${t('feed.card.edited')}`}
        </Text>
      </Stack>
    </Group>
  );
}

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** The heading line per kind; an unknown kind is shown by its title. */
function headingOf(t: unknown, item: FeedItem, name: string): string {
  const loose = t as LooseT;
  switch (item.kind) {
    case 'POST':
      return name;
    case 'NEW_MEMBER':
      return loose('feed.kinds.NEW_MEMBER', { name });
    case 'JOB_CHANGE':
      return loose('feed.kinds.JOB_CHANGE', { name });
    case 'NEW_ROOM':
      return item.actor ? loose('feed.kinds.NEW_ROOM', { name }) : loose('feed.kinds.NEW_ROOM_anonymous');
    case 'ARTICLE':
      return item.actor ? loose('articles.card.heading', { name }) : loose('articles.card.headingAnonymous');
    default:
      return item.title || name;
  }
}

/** Only paths inside the app are followed: a snapshot never sends the member elsewhere. */
function internalPath(path: string | null | undefined): string | null {
  return path && path.startsWith('/') && !path.startsWith('//') ? path : null;
}

function CardBody({ item, onAnswerPrompt }: { item: FeedItem; onAnswerPrompt?: (text: string) => void }) {
  const { t } = useTranslation();
  if (item.post) return <PostBody body={item.post.body} mentions={item.post.mentions} size="md" />;
  const path = internalPath(item.linkPath);
  if (item.prompt) return <PromptBody prompt={item.prompt} path={path} onAnswer={onAnswerPrompt} />;
  const loose = t as unknown as LooseT;
  const lines: { text: string; strong?: boolean }[] = [];
  if (item.kind === 'JOB_CHANGE' || item.kind === 'NEW_MEMBER') {
    if (item.excerpt) lines.push({ text: item.excerpt });
  } else if (item.kind === 'NEW_ROOM') {
    if (item.title) lines.push({ text: item.title, strong: true });
    if (item.excerpt) lines.push({ text: item.excerpt });
  } else {
    if (item.title && item.actor) lines.push({ text: item.title, strong: true });
    if (item.excerpt) lines.push({ text: item.excerpt });
  }
  return (
    <Stack gap={4}>
      {lines.map((line, index) => (
        <Text key={index} size={line.strong ? 'md' : 'sm'} fw={line.strong ? 600 : undefined} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {line.text}
        </Text>
      ))}
      {path && (
        <Anchor component={Link} to={path} size="sm">
          {loose(`feed.open.${item.kind}`, { defaultValue: t('feed.open.other') })}
        </Anchor>
      )}
    </Stack>
  );
}

/** A posting prompt: its text and the invitation to answer under its hashtag (the hashtag's page lists the answers). */
function PromptBody({ prompt, path, onAnswer }: { prompt: NonNullable<FeedItem['prompt']>; path: string | null; onAnswer?: (text: string) => void }) {
  const { t } = useTranslation();
  const draft = `#${prompt.hashtag} `;
  return (
    <Stack gap="xs" align="flex-start">
      {prompt.body && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {prompt.body}
        </Text>
      )}
      <Group gap="sm">
        {onAnswer ? (
          <Button size="compact-md" variant="light" color="grape" onClick={() => onAnswer(draft)}>
            {t('feed.card.postUnder', { tag: prompt.hashtag })}
          </Button>
        ) : (
          path && (
            <Button component={Link} to={path} size="compact-md" variant="light" color="grape">
              {t('feed.card.postUnder', { tag: prompt.hashtag })}
            </Button>
          )
        )}
        {path && (
          <Anchor component={Link} to={path} size="sm">
            {t('feed.open.PROMPT')}
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}

/** Likes at once and tells the server; the server's count wins, a refusal puts it back. */
function LikeButton({ item, onChange }: { item: FeedItem; onChange: (item: FeedItem) => void }) {
  const { t } = useTranslation();
  const describe = (error: UserError) => describeFeedError(t, error);
  const like = useMutation(LikeFeedItemMutation, { describe });
  const unlike = useMutation(UnlikeFeedItemMutation, { describe });
  const [optimistic, setOptimistic] = useState<{ liked: boolean; count: number } | null>(null);
  const liked = optimistic?.liked ?? item.viewerLiked;
  const count = optimistic?.count ?? item.reactionCount;
  const errors = [...like.errors.form, ...unlike.errors.form];

  const toggle = async () => {
    const next = !liked;
    setOptimistic({ liked: next, count: Math.max(0, count + (next ? 1 : -1)) });
    const payload = await (next ? like : unlike).run({ input: { feedItemId: item.id } });
    setOptimistic(null);
    if (payload?.feedItem) onChange({ ...item, reactionCount: payload.feedItem.reactionCount, viewerLiked: payload.feedItem.viewerLiked });
  };

  return (
    <>
      <Button
        variant={liked ? 'light' : 'subtle'}
        color={liked ? 'indigo' : 'gray'}
        size="compact-sm"
        aria-pressed={liked}
        aria-label={t('feed.card.likeLabel', { count })}
        onClick={() => void toggle()}
        leftSection={<span aria-hidden="true">{liked ? '♥' : '♡'}</span>}
      >
        {count}
      </Button>
      {errors.length > 0 && (
        <Text size="xs" c="red" role="alert">
          {errors.join(' ')}
        </Text>
      )}
    </>
  );
}
