import { useCallback, useEffect, useRef, useState } from 'react';
import { ActionIcon, Alert, Anchor, Avatar, Button, Group, Loader, Menu, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserError } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useClient, useMutation } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { AddCommentMutation, CommentsQuery, DeleteCommentMutation, EditCommentMutation, type FeedComment } from './feed.api';
import { describeFeedError } from './feedErrors';
import classes from './feed.module.css';
import { PostBody } from './PostBody';
import { ConfirmDialog, ReportDialog } from './ReportDialog';
import { TextComposer } from './TextComposer';

const COMMENTS_PAGE = 10;
/** Replies shown with each comment at first; "More replies" asks for the rest. */
const REPLIES_FIRST = 3;
const REPLIES_PAGE = 20;
export const MAX_COMMENT_CHARACTERS = 2000;

interface Thread {
  comment: FeedComment;
  /** The cursor of the comment before this one: asking `after` it with `first: 1` reaches this comment again. */
  before: string | null;
  cursor: string;
  replies: FeedComment[];
  repliesCursor: string | null | undefined;
  moreReplies: boolean;
}

interface Props {
  feedItemId: string;
  viewerId: string;
  moderator: boolean;
  /** Comments and replies were added (+) or deleted (−). */
  onCountChange: (delta: number) => void;
  /** Put the cursor in the comment box when the comments open. */
  focusComposer?: boolean;
  /** The item's comment count as it is known now (it changes live): a change brings newer comments in. */
  commentCount?: number;
}

/** The comments of an item, oldest first, each with its replies (one level): add, reply, edit and delete one's own, report others'. */
export function Comments({ feedItemId, viewerId, moderator, onCountChange, focusComposer = false, commentCount }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const [threads, setThreads] = useState<Thread[] | null>(null);
  const [next, setNext] = useState<{ hasNextPage: boolean; endCursor: string | null | undefined }>({ hasNextPage: false, endCursor: null });
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  /** Which box sent last (a comment: null, or the comment replied to): it shows the outcome. */
  const [sentFrom, setSentFrom] = useState<string | null>(null);

  const load = useCallback(
    async (after: string | null | undefined, previousCursor: string | null) => {
      const result = await client.query(CommentsQuery, { feedItemId, first: COMMENTS_PAGE, after, repliesFirst: REPLIES_FIRST }).toPromise();
      const connection = result.data?.feedItem?.comments;
      if (!connection) {
        setLoadError(result.error ? describeRequestError(t, result.error) : t('feed.comments.gone'));
        return;
      }
      setLoadError(null);
      let before = previousCursor;
      const page = connection.edges.map((edge): Thread => {
        const thread = {
          comment: edge.node,
          before,
          cursor: edge.cursor,
          replies: edge.node.replies.edges.map((reply) => reply.node),
          repliesCursor: edge.node.replies.pageInfo.endCursor,
          moreReplies: edge.node.replies.pageInfo.hasNextPage,
        };
        before = edge.cursor;
        return thread;
      });
      setThreads((shown) => {
        const known = new Set((shown ?? []).map((thread) => thread.comment.id));
        return [...(after ? (shown ?? []) : []), ...page.filter((thread) => !after || !known.has(thread.comment.id))];
      });
      setNext(connection.pageInfo);
    },
    [client, feedItemId, t],
  );

  useEffect(() => {
    void load(null, null);
  }, [load]);

  // Others commented: once every page is shown, what came after the last comment is added at the end.
  const seenCount = useRef(commentCount);
  useEffect(() => {
    if (commentCount === seenCount.current) return;
    seenCount.current = commentCount;
    if (threads === null || next.hasNextPage) return;
    // Comments added here have no cursor yet: the last one loaded is where to go on from.
    const last = threads.findLast((thread) => thread.cursor !== '')?.cursor ?? null;
    void load(next.endCursor ?? last, last);
  }, [commentCount, threads, next, load]);

  const loadMore = async () => {
    setLoadingMore(true);
    await load(next.endCursor, threads?.at(-1)?.cursor ?? null);
    setLoadingMore(false);
  };

  const moreReplies = async (thread: Thread) => {
    const result = await client
      .query(CommentsQuery, { feedItemId, first: 1, after: thread.before, repliesFirst: REPLIES_PAGE, repliesAfter: thread.repliesCursor })
      .toPromise();
    const node = result.data?.feedItem?.comments.edges[0]?.node;
    if (!node || node.id !== thread.comment.id) return;
    changeThread(thread.comment.id, (current) => {
      const known = new Set(current.replies.map((reply) => reply.id));
      return {
        ...current,
        replies: [...current.replies, ...node.replies.edges.map((edge) => edge.node).filter((reply) => !known.has(reply.id))],
        repliesCursor: node.replies.pageInfo.endCursor,
        moreReplies: node.replies.pageInfo.hasNextPage,
      };
    });
  };

  const changeThread = (commentId: string, change: (thread: Thread) => Thread) =>
    setThreads((shown) => (shown ?? []).map((thread) => (thread.comment.id === commentId ? change(thread) : thread)));

  const add = useMutation(AddCommentMutation, { fields: ['body'] as const, describe: (error: UserError) => describeFeedError(t, error) });
  const submitComment = async (body: string, replyToCommentId: string | null): Promise<boolean> => {
    setSentFrom(replyToCommentId);
    const payload = await add.run({ input: { feedItemId, body, replyToCommentId } });
    const comment = payload?.comment;
    if (!comment) return false;
    onCountChange(1);
    if (replyToCommentId) {
      changeThread(replyToCommentId, (thread) => ({
        ...thread,
        comment: { ...thread.comment, replyCount: thread.comment.replyCount + 1 },
        replies: [...thread.replies, comment],
      }));
      setReplyingTo(null);
    } else if (!next.hasNextPage) {
      // Oldest first: a new comment belongs at the end, which is on screen once every page is.
      setThreads((shown) => [
        ...(shown ?? []),
        { comment, before: shown?.at(-1)?.cursor ?? null, cursor: '', replies: [], repliesCursor: null, moreReplies: false },
      ]);
    }
    return true;
  };
  const addError = add.errors.fields.body ?? add.errors.form[0] ?? null;

  const onEdited = (comment: FeedComment) => {
    setThreads((shown) =>
      (shown ?? []).map((thread) =>
        thread.comment.id === comment.id
          ? { ...thread, comment: { ...comment, replyCount: thread.comment.replyCount } }
          : { ...thread, replies: thread.replies.map((reply) => (reply.id === comment.id ? comment : reply)) },
      ),
    );
  };
  const onDeleted = (comment: FeedComment) => {
    if (comment.replyToCommentId) {
      changeThread(comment.replyToCommentId, (thread) => ({
        ...thread,
        comment: { ...thread.comment, replyCount: Math.max(0, thread.comment.replyCount - 1) },
        replies: thread.replies.filter((reply) => reply.id !== comment.id),
      }));
      onCountChange(-1);
    } else {
      setThreads((shown) => (shown ?? []).filter((thread) => thread.comment.id !== comment.id));
      onCountChange(-(1 + comment.replyCount));
    }
  };

  const commentProps = { viewerId, moderator, onEdited, onDeleted };
  return (
    <Stack gap="sm" mt="sm">
      {loadError && (
        <Alert color="red" variant="light" role="alert">
          {loadError}
        </Alert>
      )}
      {threads === null && !loadError && <Loader size="sm" aria-label={t('common.loading')} />}
      {threads && threads.length > 0 && (
        <ul className={classes.comments} aria-label={t('feed.comments.listLabel')}>
          {threads.map((thread) => (
            <li key={thread.comment.id} id={`comment-${thread.comment.id}`}>
              <CommentView comment={thread.comment} {...commentProps} onReply={() => setReplyingTo(thread.comment.id)} />
              {(thread.replies.length > 0 || replyingTo === thread.comment.id) && (
                <ul className={classes.replies} aria-label={t('feed.comments.repliesLabel', { name: thread.comment.author.displayName })}>
                  {thread.replies.map((reply) => (
                    <li key={reply.id} id={`comment-${reply.id}`}>
                      <CommentView comment={reply} {...commentProps} />
                    </li>
                  ))}
                  {thread.moreReplies && (
                    <li>
                      <Button variant="subtle" size="compact-sm" onClick={() => void moreReplies(thread)}>
                        {t('feed.comments.moreReplies')}
                      </Button>
                    </li>
                  )}
                  {replyingTo === thread.comment.id && (
                    <li>
                      <ReplyComposer
                        name={thread.comment.author.displayName}
                        onSubmit={(body) => submitComment(body, thread.comment.id)}
                        error={sentFrom === thread.comment.id ? addError : null}
                        onCancel={() => setReplyingTo(null)}
                      />
                    </li>
                  )}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {next.hasNextPage && (
        <Button variant="subtle" size="xs" onClick={() => void loadMore()} loading={loadingMore} style={{ alignSelf: 'flex-start' }}>
          {t('feed.comments.loadMore')}
        </Button>
      )}
      <TextComposer
        label={t('feed.comments.composerLabel')}
        placeholder={t('feed.comments.placeholder')}
        submitLabel={t('feed.comments.submit')}
        maxCharacters={MAX_COMMENT_CHARACTERS}
        minRows={1}
        autoFocus={focusComposer}
        error={sentFrom === null ? addError : null}
        onSubmit={(body) => submitComment(body, null)}
      />
    </Stack>
  );
}

function ReplyComposer({
  name,
  onSubmit,
  error,
  onCancel,
}: {
  name: string;
  onSubmit: (body: string) => Promise<boolean>;
  error: string | null;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <TextComposer
      label={t('feed.comments.replyLabel', { name })}
      submitLabel={t('feed.comments.reply')}
      maxCharacters={MAX_COMMENT_CHARACTERS}
      minRows={1}
      autoFocus
      onSubmit={onSubmit}
      error={error}
      onCancel={onCancel}
    />
  );
}

function CommentView({
  comment,
  viewerId,
  moderator,
  onReply,
  onEdited,
  onDeleted,
}: {
  comment: FeedComment;
  viewerId: string;
  moderator: boolean;
  onReply?: () => void;
  onEdited: (comment: FeedComment) => void;
  onDeleted: (comment: FeedComment) => void;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState(false);
  const describe = (error: UserError) => describeFeedError(t, error);
  const edit = useMutation(EditCommentMutation, { fields: ['body'] as const, describe });
  const remove = useMutation(DeleteCommentMutation, { describe });
  const own = comment.author.id === viewerId;

  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Avatar src={comment.author.profile?.photoUrl} alt="" radius="xl" size="sm" name={comment.author.displayName} />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} wrap="wrap">
          <Anchor component={Link} to={`/members/${comment.author.id}`} size="sm" fw={600} className={classes.target}>
            {comment.author.displayName}
          </Anchor>
          <Text size="xs" c="dimmed">
            <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, i18n.language)}</time>
            {comment.editedAt && ` · ${t('feed.card.edited')}`}
          </Text>
        </Group>
        {editing ? (
          <TextComposer
            label={t('feed.comments.editLabel')}
            submitLabel={t('feed.common.save')}
            maxCharacters={MAX_COMMENT_CHARACTERS}
            initialBody={comment.body}
            initialMentions={comment.mentions}
            minRows={1}
            autoFocus
            keepAfterSubmit
            onCancel={() => setEditing(false)}
            error={edit.errors.fields.body ?? edit.errors.form[0] ?? null}
            onSubmit={async (body) => {
              const saved = (await edit.run({ input: { commentId: comment.id, body } }))?.comment;
              if (!saved) return false;
              onEdited(saved);
              setEditing(false);
              return true;
            }}
          />
        ) : (
          <PostBody body={comment.body} mentions={comment.mentions} />
        )}
        {reported && (
          <Text size="xs" c="teal.9" role="status">
            {t('feed.report.done')}
          </Text>
        )}
        {!editing && (
          <Group gap={4}>
            {onReply && (
              <Button variant="subtle" size="compact-sm" onClick={onReply}>
                {t('feed.comments.reply')}
              </Button>
            )}
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t('feed.comments.actions', { name: comment.author.displayName })}>
                  <span aria-hidden="true">⋯</span>
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {own && <Menu.Item onClick={() => setEditing(true)}>{t('feed.common.edit')}</Menu.Item>}
                {(own || moderator) && (
                  <Menu.Item color="red" onClick={() => setDeleting(true)}>
                    {t('feed.common.delete')}
                  </Menu.Item>
                )}
                {!own && <Menu.Item onClick={() => setReporting(true)}>{t('feed.menu.report')}</Menu.Item>}
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Stack>
      {deleting && (
        <ConfirmDialog
          title={t('feed.comments.deleteTitle')}
          body={comment.replyCount > 0 ? t('feed.comments.deleteWithReplies', { count: comment.replyCount }) : t('feed.comments.deleteBody')}
          confirmLabel={t('feed.common.delete')}
          busy={remove.busy}
          errors={remove.errors.form}
          onClose={() => setDeleting(false)}
          onConfirm={() =>
            void remove.run({ input: { commentId: comment.id } }).then((payload) => {
              if (!payload) return;
              setDeleting(false);
              onDeleted(comment);
            })
          }
        />
      )}
      {reporting && (
        <ReportDialog
          feedItemId={comment.feedItemId}
          commentId={comment.id}
          onClose={() => setReporting(false)}
          onReported={() => {
            setReporting(false);
            setReported(true);
          }}
        />
      )}
    </Group>
  );
}
