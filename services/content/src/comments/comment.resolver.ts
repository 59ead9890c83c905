import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { requestLoader } from '@kizuna/data';
import { assumedListSize, connectionListSize, cost, type RequestContext, type Result } from '@kizuna/subgraph';
import { MemberType } from '../members/member.type';
import type { CommentPage, CommentRecord, CommentService } from './comment.service';
import { AddCommentInput, CommentConnection, CommentPayload, CommentType, DeleteCommentInput, EditCommentInput, presentComment } from './comment.types';
import type { SegmentMembership } from '../segments/segment-membership';

export function commentConnection(page: CommentPage): CommentConnection {
  const edges = page.comments.map((comment, index) => ({ cursor: page.cursors[index], node: presentComment(comment) }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

function commentPayload(result: Result<CommentRecord>): CommentPayload {
  return result.ok ? { comment: presentComment(result.value), errors: [] } : { comment: null, errors: result.errors };
}

const member = (id: string) => Object.assign(new MemberType(), { id });

@Resolver(() => CommentType)
export class CommentResolver {
  constructor(
    private readonly comments: CommentService,
    private readonly segments: SegmentMembership,
  ) {}

  @Authorized()
  @Mutation(() => CommentPayload, { description: 'Comments on a feed item, or replies to one of its comments (a reply cannot be answered: VALIDATION).' })
  async addComment(@Arg('input') input: AddCommentInput, @Ctx() context: RequestContext): Promise<CommentPayload> {
    return commentPayload(await this.comments.add(await this.segments.viewerOf(context), input.feedItemId, input.body, input.replyToCommentId));
  }

  @Authorized()
  @Mutation(() => CommentPayload, { description: "Changes the text of the viewer's own comment." })
  async editComment(@Arg('input') input: EditCommentInput, @Ctx() context: RequestContext): Promise<CommentPayload> {
    return commentPayload(await this.comments.edit(await this.segments.viewerOf(context), input.commentId, input.body));
  }

  @Authorized()
  @Mutation(() => CommentPayload, { description: 'Deletes a comment and its replies (its author, or staff with MANAGE_CONTENT).' })
  async deleteComment(@Arg('input') input: DeleteCommentInput, @Ctx() context: RequestContext): Promise<CommentPayload> {
    return commentPayload(await this.comments.delete(await this.segments.viewerOf(context), input.commentId));
  }

  @FieldResolver(() => MemberType)
  author(@Root() comment: CommentType): MemberType {
    return member(comment.record.authorMembershipId);
  }

  @Directive(assumedListSize(3))
  @FieldResolver(() => [MemberType], { description: 'Members mentioned with `<@memberId>`.' })
  mentions(@Root() comment: CommentType): MemberType[] {
    return comment.record.mentions.map(member);
  }

  @FieldResolver(() => Int, { description: 'Replies to this comment (0 for a reply).' })
  async replyCount(@Root() comment: CommentType, @Ctx() context: RequestContext): Promise<number> {
    return (await requestLoader(context, 'comment-reply-counts', (ids: string[]) => this.comments.replyCounts(ids)).get(comment.id)) ?? 0;
  }

  @Directive(cost(5))
  @Directive(connectionListSize())
  @FieldResolver(() => CommentConnection, { description: 'Replies, oldest first (empty for a reply).' })
  async replies(
    @Root() comment: CommentType,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<CommentConnection> {
    if (comment.record.parentCommentId) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    return commentConnection(await this.comments.page({ parentCommentId: comment.id }, first, after));
  }
}
