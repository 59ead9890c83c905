import type { DataSource } from 'typeorm';
import type { Viewer } from '@kizuna/auth';
import { isUuid } from '@kizuna/data';
import type { Result } from '@kizuna/subgraph';
import { ProfileEntity } from '../profiles/profile.entity';
import { presentProfile } from '../profiles/profile.presenter';
import type { DirectoryFilter, DirectorySort, MemberStatus } from '../search/directory-filter';
import { search, type DirectoryPage } from '../search/directory-queries';
import type { NetworkFields } from '../search/search-index';
import { presentTag } from '../tags/tag.types';
import type { TagService } from '../tags/tag.service';
import { adminScope } from './member-selection';
import type { AdminMemberType } from './admin-member.types';

export interface AdminMemberPage extends Omit<DirectoryPage, 'nodes'> {
  nodes: AdminMemberType[];
}

/**
 * The admin CRM's view of people: every field of the profile, registration answers, behaviour
 * data and tags. Callers hold MANAGE_MEMBERS (checked by the resolver); every read is limited to
 * the viewer's network.
 */
export class AdminMemberService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tags: TagService,
  ) {}

  async list(
    viewer: Viewer,
    input: { filter?: DirectoryFilter | null; sort?: DirectorySort | null; first?: number | null; after?: string | null },
  ): Promise<Result<AdminMemberPage>> {
    const scope = await adminScope(this.dataSource.manager, viewer.networkId);
    const result = await search(scope, input);
    if (!result.ok) return result;
    return { ok: true, value: { ...result.value, nodes: await this.present(viewer.networkId, result.value.nodes, scope.fields) } };
  }

  /** One person of the viewer's network, whatever their status; null for another network's id. */
  async find(viewer: Viewer, id: string): Promise<AdminMemberType | null> {
    if (!isUuid(id)) return null;
    const entity = await this.dataSource.getRepository(ProfileEntity).findOneBy({ membershipId: id, networkId: viewer.networkId });
    if (!entity) return null;
    const scope = await adminScope(this.dataSource.manager, viewer.networkId);
    return (await this.present(viewer.networkId, [entity], scope.fields))[0];
  }

  private async present(networkId: string, entities: ProfileEntity[], fields: NetworkFields): Promise<AdminMemberType[]> {
    const tags = await this.tags.tagsOfMembers(
      networkId,
      entities.map((entity) => entity.membershipId),
    );
    const counts = await this.tags.memberCounts([...new Set([...tags.values()].flat().map((tag) => tag.id))]);
    return entities.map((entity) => ({
      id: entity.membershipId,
      status: entity.status as MemberStatus,
      email: entity.email,
      externalId: entity.externalId,
      profile: presentProfile(entity, 'ADMIN', fields),
      registrationAnswers: entity.registrationAnswers ?? {},
      lastSignInAt: entity.lastSignInAt,
      signInCount: entity.signInCount,
      lineLinked: entity.lineLinked,
      tags: (tags.get(entity.membershipId) ?? []).map((tag) => presentTag(tag, counts.get(tag.id) ?? 0)),
      joinedAt: entity.createdAt,
    }));
  }
}
