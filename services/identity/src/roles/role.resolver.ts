import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionListSize, cost, CurrentViewer } from '@kizuna/subgraph';
import { Permission, type Viewer } from '@kizuna/auth';
import { requestLoader } from '@kizuna/data';
import type { RequestContext } from '@kizuna/subgraph';
import { MemberConnection, MemberRole, MemberType } from '../memberships/member.type';
import type { MembershipService } from '../memberships/membership.service';
import type { RoleService } from './role.service';
import {
  ChangeMemberRoleInput,
  ChangeMemberRolePayload,
  CreateCustomRoleInput,
  CustomRolePayload,
  CustomRoleType,
  DeleteCustomRoleInput,
  DeleteCustomRolePayload,
  RolesType,
  TransferOwnershipInput,
  TransferOwnershipPayload,
  UpdateCustomRoleInput,
} from './role.types';

@Resolver(() => MemberType)
export class RoleResolver {
  constructor(
    private readonly roleService: RoleService,
    private readonly memberships: MembershipService,
  ) {}

  @Authorized(Permission.MANAGE_SETTINGS)
  @Query(() => RolesType, { description: "The network's built-in and custom roles with their permissions and holders." })
  async roles(@CurrentViewer() viewer: Viewer): Promise<RolesType> {
    const roles = await this.roleService.roles(viewer);
    return { builtIn: roles.builtIn.map((r) => ({ ...r, role: r.role as MemberRole })), custom: roles.custom };
  }

  @Authorized(Permission.MANAGE_SETTINGS)
  @Directive(cost(5))
  @Directive(connectionListSize())
  @Query(() => MemberConnection, { description: 'Approved and suspended members with their roles: owners, admins and staff first. Search by name or e-mail.' })
  async memberRoles(
    @CurrentViewer() viewer: Viewer,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<MemberConnection> {
    const page = await this.roleService.members(viewer, search, first, after);
    const members = await this.memberships.membersFor(viewer, page.rows);
    const edges = members.map((node, index) => ({ node, cursor: page.cursorAt(index) }));
    return { edges, totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Authorized(Permission.MANAGE_SETTINGS)
  @Mutation(() => CustomRolePayload, { description: 'Creates a custom role. You can only grant permissions you hold.' })
  async createCustomRole(@Arg('input') input: CreateCustomRoleInput, @CurrentViewer() viewer: Viewer): Promise<CustomRolePayload> {
    const result = await this.roleService.createCustomRole(viewer, input);
    return result.ok ? { role: result.value, errors: [] } : { errors: result.errors };
  }

  @Authorized(Permission.MANAGE_SETTINGS)
  @Mutation(() => CustomRolePayload, { description: 'Renames a custom role or changes its permissions; holders get them at their next token renewal.' })
  async updateCustomRole(@Arg('input') input: UpdateCustomRoleInput, @CurrentViewer() viewer: Viewer): Promise<CustomRolePayload> {
    const result = await this.roleService.updateCustomRole(viewer, input.id, input);
    return result.ok ? { role: result.value, errors: [] } : { errors: result.errors };
  }

  @Authorized(Permission.MANAGE_SETTINGS)
  @Mutation(() => DeleteCustomRolePayload, { description: 'Deletes a custom role nobody holds and no open invitation gives.' })
  async deleteCustomRole(@Arg('input') input: DeleteCustomRoleInput, @CurrentViewer() viewer: Viewer): Promise<DeleteCustomRolePayload> {
    const result = await this.roleService.deleteCustomRole(viewer, input.id);
    return result.ok ? { deletedId: result.value, errors: [] } : { errors: result.errors };
  }

  @Authorized(Permission.MANAGE_SETTINGS)
  @Mutation(() => ChangeMemberRolePayload, {
    description:
      "Gives a member a built-in role and optionally a custom role. Only owners make owners or admins or change theirs; the last owner stays owner. Applies from the member's next token renewal.",
  })
  async changeMemberRole(@Arg('input') input: ChangeMemberRoleInput, @CurrentViewer() viewer: Viewer): Promise<ChangeMemberRolePayload> {
    const result = await this.roleService.changeMemberRole(viewer, { membershipId: input.memberId, role: input.role, customRoleId: input.customRoleId });
    if (!result.ok) return { errors: result.errors };
    return { member: (await this.memberships.membersFor(viewer, [result.value]))[0], errors: [] };
  }

  @Authorized(Permission.MANAGE_SETTINGS)
  @Mutation(() => TransferOwnershipPayload, { description: 'The owner makes another approved member owner and becomes an admin.' })
  async transferOwnership(@Arg('input') input: TransferOwnershipInput, @CurrentViewer() viewer: Viewer): Promise<TransferOwnershipPayload> {
    const result = await this.roleService.transferOwnership(viewer, input.memberId);
    if (!result.ok) return { errors: result.errors };
    const [owner, previousOwner] = await this.memberships.membersFor(viewer, [result.value.owner, result.value.previousOwner]);
    return { owner, previousOwner, errors: [] };
  }

  @FieldResolver(() => CustomRoleType, { nullable: true, description: 'The custom role the member holds besides their built-in role.' })
  async customRole(@Root() member: MemberType, @Ctx() context: RequestContext): Promise<CustomRoleType | null> {
    const held = await this.heldCustomRoles(context).get(member.id);
    if (!held?.customRoleId) return null;
    const roles = requestLoader(context, 'customRolesById', (ids: string[]) => this.roleService.customRolesById(member.networkId, ids));
    return (await roles.get(held.customRoleId)) ?? null;
  }

  @FieldResolver(() => [Permission], { description: "What the member may do in the network: their built-in role's permissions plus their custom role's." })
  async permissions(@Root() member: MemberType, @Ctx() context: RequestContext): Promise<Permission[]> {
    const held = await this.heldCustomRoles(context).get(member.id);
    return held?.permissions ?? [];
  }

  private heldCustomRoles(context: RequestContext) {
    return requestLoader(context, 'heldCustomRoles', (ids: string[]) => this.roleService.heldRoles(context.viewer, ids));
  }
}
