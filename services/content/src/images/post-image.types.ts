import { Arg, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { imageUrl } from './image-url';
import type { PostImageRecord } from './post-image.service';

export enum PostImageSizeEnum {
  LARGE = 'LARGE',
  SMALL = 'SMALL',
}
registerEnumType(PostImageSizeEnum, {
  name: 'PostImageSize',
  description: 'LARGE: at most 1280 px on the longer side (the post itself); SMALL: at most 400 px (feed cards).',
});

@ObjectType('PostImage', { description: 'An image on a post, upright, without metadata (WebP).' })
export class PostImageType {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Width of the LARGE size in pixels (SMALL keeps the proportions).' })
  width: number;

  @Field(() => Int, { description: 'Height of the LARGE size in pixels.' })
  height: number;

  @Field(() => String, { nullable: true, description: 'What the image shows, for screen readers; null when the author gave none.' })
  alt: string | null;

  @Field(() => String, { description: 'Where the browser loads it. The URL is unguessable and works without a token: only readers of the post get it.' })
  url(@Arg('size', () => PostImageSizeEnum, { nullable: true, defaultValue: PostImageSizeEnum.LARGE }) size?: PostImageSizeEnum | null): string {
    return imageUrl(this.record.objectKey, size === PostImageSizeEnum.SMALL ? 400 : 1280);
  }

  record: PostImageRecord;
}

export function presentPostImage(record: PostImageRecord): PostImageType {
  return Object.assign(new PostImageType(), { id: record.id, width: record.width, height: record.height, alt: record.alt, record });
}

@InputType({ description: "An image uploaded with `POST /media/post-images` (its answer's id), with optional alt text." })
export class PostImageInput {
  @Field(() => ID)
  imageId: string;

  @Field(() => String, { nullable: true, description: 'What the image shows, one line, up to 1,000 characters.' })
  alt?: string | null;
}
