import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '@kizuna/auth';
import type { RequestContext } from '@kizuna/subgraph';
import { RemoveMyPhotoPayload, UploadMyPhotoInput, UploadMyPhotoPayload } from './photo.inputs';
import type { PhotoService } from './photo.service';

@Resolver()
export class PhotoResolver {
  constructor(private readonly photos: PhotoService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => UploadMyPhotoPayload, { description: 'Sets the signed-in member\'s profile photo (pending applicants too), replacing the previous one.' })
  async uploadMyPhoto(@Arg('input') input: UploadMyPhotoInput, @Ctx() { viewer }: RequestContext): Promise<UploadMyPhotoPayload> {
    const result = await this.photos.uploadMine(viewer!, input.contentBase64);
    return result.ok ? { profile: result.value, errors: [] } : { profile: null, errors: result.errors };
  }

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => RemoveMyPhotoPayload, { description: 'Removes the signed-in member\'s profile photo.' })
  async removeMyPhoto(@Ctx() { viewer }: RequestContext): Promise<RemoveMyPhotoPayload> {
    const result = await this.photos.removeMine(viewer!);
    return result.ok ? { profile: result.value, errors: [] } : { profile: null, errors: result.errors };
  }
}
