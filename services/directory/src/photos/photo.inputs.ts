import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError, Verbatim } from '@kizuna/subgraph';
import { ProfileType } from '../profiles/profile.type';

@InputType()
export class UploadMyPhotoInput {
  @Verbatim()
  @Field({
    description:
      'The image file, base64-encoded (a data: URL prefix is allowed): JPEG, PNG, WebP or GIF (first frame), at most 8 MB and 50 megapixels. ' +
      'It is turned upright, cropped square, resized and stored as WebP without any metadata (no EXIF, no GPS position).',
  })
  contentBase64: string;
}

@ObjectType()
export class UploadMyPhotoPayload {
  @Field(() => ProfileType, { nullable: true })
  profile?: ProfileType | null;

  @Field(() => [UserError], { description: 'PHOTO_TOO_LARGE, PHOTO_TOO_MANY_PIXELS, PHOTO_UNSUPPORTED, PHOTO_UNREADABLE, VALIDATION, NOT_READY.' })
  errors: UserError[];
}

@ObjectType()
export class RemoveMyPhotoPayload {
  @Field(() => ProfileType, { nullable: true })
  profile?: ProfileType | null;

  @Field(() => [UserError])
  errors: UserError[];
}
