import { Arg, Query, Resolver } from 'type-graphql';
import { NetworkType } from './network.type';
import type { NetworkService } from './network.service';

@Resolver(() => NetworkType)
export class NetworkResolver {
  constructor(private readonly networks: NetworkService) {}

  @Query(() => NetworkType, { nullable: true, description: 'A network\'s public face (its registration page). Public.' })
  network(@Arg('slug') slug: string): Promise<NetworkType | null> {
    return this.networks.findBySlug(slug);
  }
}
