import { Authorized, Mutation, Resolver } from 'type-graphql';
import { Access, type Viewer } from '@kizuna/auth';
import { CurrentViewer } from '@kizuna/subgraph';
import { RemoveMyPhotoPayload } from './photo.inputs';
import type { PhotoService } from './photo.service';

/** Photos are uploaded over `POST /media/photos` (photo-upload.routes.ts): GraphQL bodies are limited to 1 MB. */
@Resolver()
export class PhotoResolver {
  constructor(private readonly photos: PhotoService) {}

  @Authorized(Access.PENDING_ALLOWED)
  @Mutation(() => RemoveMyPhotoPayload, { description: "Removes the signed-in member's profile photo." })
  async removeMyPhoto(@CurrentViewer() viewer: Viewer): Promise<RemoveMyPhotoPayload> {
    const result = await this.photos.removeMine(viewer);
    return result.ok ? { profile: result.value, errors: [] } : { profile: null, errors: result.errors };
  }
}
