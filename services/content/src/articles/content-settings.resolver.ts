import { Arg, Authorized, Mutation, Query, Resolver } from 'type-graphql';
import { Permission, type Viewer } from '@kizuna/auth';
import { CurrentViewer } from '@kizuna/subgraph';
import type { ContentSettingsService } from './content-settings.service';
import { ContentSettingsPayload, ContentSettingsType, UpdateContentSettingsInput } from './content-settings.types';

@Resolver()
export class ContentSettingsResolver {
  constructor(private readonly settings: ContentSettingsService) {}

  @Authorized()
  @Query(() => ContentSettingsType, { description: 'The viewer\'s network\'s content settings (the web shows members "Write an article" from them).' })
  async contentSettings(@CurrentViewer() viewer: Viewer): Promise<ContentSettingsType> {
    return this.settings.get(viewer.networkId);
  }

  @Authorized(Permission.MANAGE_CONTENT)
  @Mutation(() => ContentSettingsPayload, { description: "Changes the network's content settings (MANAGE_CONTENT)." })
  async updateContentSettings(@Arg('input') input: UpdateContentSettingsInput, @CurrentViewer() viewer: Viewer): Promise<ContentSettingsPayload> {
    return { settings: await this.settings.update(viewer, { membersMayWriteArticles: input.membersMayWriteArticles ?? undefined }), errors: [] };
  }
}
