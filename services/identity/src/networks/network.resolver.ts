import { Arg, Authorized, Mutation, Query, Resolver } from 'type-graphql';
import { Access, type Viewer } from '@kizuna/auth';
import { CurrentViewer } from '@kizuna/subgraph';
import { UpdateNetworkSettingsInput, UpdateNetworkSettingsPayload } from './network.inputs';
import { NetworkType } from './network.type';
import type { NetworkService } from './network.service';

@Resolver(() => NetworkType)
export class NetworkResolver {
  constructor(private readonly networks: NetworkService) {}

  @Query(() => NetworkType, {
    nullable: true,
    description: "A network's public face (its registration page), also by a former slug. Public.",
  })
  network(@Arg('slug') slug: string): Promise<NetworkType | null> {
    return this.networks.findBySlug(slug);
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => UpdateNetworkSettingsPayload, {
    description: "Changes the current network's name, address, branding, language or whether it is open for registration (owners and admins).",
  })
  async updateNetworkSettings(@Arg('input') input: UpdateNetworkSettingsInput, @CurrentViewer() viewer: Viewer): Promise<UpdateNetworkSettingsPayload> {
    const result = await this.networks.updateSettings(viewer, input);
    return result.ok ? { network: result.value, errors: [] } : { errors: result.errors };
  }
}
