import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { MultiLine, UserError } from '@kizuna/subgraph';
import { PostImageInput } from '../images/post-image.types';
import type { PostRecord } from './post.service';

@Directive('@key(fields: "id")')
@ObjectType('Post', { description: "A member's post in the feed (its feed item has the same id)." })
export class PostType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The text: `<@memberId>` mentions a member, `#tag` a hashtag; the client renders http(s) links as links.' })
  body: string;

  @Field(() => [String], { description: 'Its hashtags, without #, in the form they are looked up (NFKC, lower case).' })
  hashtags: string[];

  @Field(() => [String], { description: 'The http(s) links in the text, in order, once each.' })
  links: string[];

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When its author last changed it.' })
  editedAt: Date | null;

  record: PostRecord;
}

export function presentPost(record: PostRecord): PostType {
  return Object.assign(new PostType(), {
    id: record.id,
    body: record.body,
    hashtags: record.hashtags,
    links: record.links,
    createdAt: record.createdAt,
    editedAt: record.editedAt,
    record,
  });
}

@ObjectType('PostEdit', { description: 'An earlier text of an edited post.' })
export class PostEditType {
  @Field()
  body: string;

  @Field({ description: 'When this text was written.' })
  writtenAt: Date;

  @Field({ description: 'When it was replaced by the next one.' })
  replacedAt: Date;
}

@InputType()
export class CreatePostInput {
  @MultiLine()
  @Field({ description: 'Up to 5,000 characters.' })
  body: string;

  @Field(() => [PostImageInput], { nullable: true, description: 'Up to 4 images the viewer uploaded (`POST /media/post-images`), in the order shown.' })
  images?: PostImageInput[] | null;
}

@InputType()
export class EditPostInput {
  @Field(() => ID)
  postId: string;

  @MultiLine()
  @Field()
  body: string;

  @Field(() => [PostImageInput], {
    nullable: true,
    description: "The post's images from now on, in order: its current ones to keep and new uploads (up to 4); those left out are deleted. Omitted: unchanged.",
  })
  images?: PostImageInput[] | null;
}

@InputType()
export class DeletePostInput {
  @Field(() => ID)
  postId: string;
}

@ObjectType()
export class PostPayload {
  @Field(() => PostType, { nullable: true, description: 'The post as it is now; null when errors stopped the change.' })
  post: PostType | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class DeletePostPayload {
  @Field(() => ID, { nullable: true, description: "The deleted post's id (and its feed item's)." })
  deletedPostId: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}
